const { mkdirSync } = require('node:fs');
const { join } = require('node:path');

// The router serves dist/assets: build them once so the specs can fetch the stylesheet.
// jest --outputFile does not create its folder.
module.exports = async () => {
  const { buildAssets } = await import('./build-assets.mjs');
  buildAssets();
  mkdirSync(join(__dirname, '..', 'reports'), { recursive: true });
};
