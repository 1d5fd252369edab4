// Shared jest settings: every workspace runs its *.spec.ts files with ts-jest and writes
// a JSON report that scripts/test.mjs totals into the one `N passed, N failed` line.
// No test may depend on the machine's speed: jest's 5 s default fails hooks and tests on a
// loaded machine (load 4-8 on 2 cores), so every hook and test gets TEST_TIMEOUT_MS, and a
// workspace whose tests start apps and databases sets more.
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');

const TEST_TIMEOUT_MS = 30_000;

/** @param {string} dir the workspace folder */
function jestConfig(dir, overrides = {}) {
  mkdirSync(join(dir, 'reports'), { recursive: true });
  return {
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: `${dir}/tsconfig.json` }] },
    moduleFileExtensions: ['ts', 'js', 'json'],
    testTimeout: TEST_TIMEOUT_MS,
    ...overrides,
  };
}
module.exports = { jestConfig };
