import { dirname, join } from 'node:path';

// Views sit beside this file in both src/ (ts-jest) and dist/ (copied by scripts/build-assets.mjs);
// compiled assets exist only in dist/assets, which both resolve from the package root.
export const VIEWS_DIR = join(__dirname, 'views');
export const ASSETS_DIR = join(__dirname, '..', 'dist', 'assets');
export const GOVUK_FRONTEND_DIR = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');
