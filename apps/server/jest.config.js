const { availableParallelism } = require('node:os');
const { jestConfig } = require('../../jest.preset');

// Specs here start apps, migrate databases, seed the demo and spawn the regflow command: on a
// loaded machine (load 4-8 on 2 cores) a hook can take over a minute, so hooks and tests get three.
// Jest's default on 2 cores is one worker; most of these specs wait on PostgreSQL, Redis and child
// processes rather than compute, so at least two run side by side.
module.exports = jestConfig(__dirname, {
  testTimeout: 180_000,
  maxWorkers: Math.max(2, availableParallelism() - 1),
  globalSetup: '<rootDir>/src/testing/jest-global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/jest-global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/src/testing/jest-setup.ts'],
});
