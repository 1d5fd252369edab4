const { jestConfig } = require('../jest.preset');

module.exports = jestConfig(__dirname, {
  testMatch: ['<rootDir>/{integration,e2e}/**/*.spec.ts'],
  testTimeout: 180_000,
});
