#!/usr/bin/env node
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'cli.js');
if (!existsSync(entry)) {
  console.error('regflow is not built yet: run `npm install` (or `npm run build`) at the repository root');
  process.exit(1);
}
require(entry);
