// Shared jest settings: every workspace runs its *.spec.ts files with ts-jest and writes
// a JSON report that scripts/test.mjs totals into the one `N passed, N failed` line.
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');

/** @param {string} dir the workspace folder */
function jestConfig(dir, overrides = {}) {
  mkdirSync(join(dir, 'reports'), { recursive: true });
  return {
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: `${dir}/tsconfig.json` }] },
    moduleFileExtensions: ['ts', 'js', 'json'],
    ...overrides,
  };
}
module.exports = { jestConfig };
