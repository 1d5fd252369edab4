const { jestConfig } = require('../../jest.preset');

module.exports = jestConfig(__dirname, { globalSetup: '<rootDir>/scripts/jest-global-setup.cjs' });
