/** End-to-end tests in a real n8n (`npm run test:e2e`); the n8n install is done before jest starts. */
const base = require('./jest.config');

module.exports = { ...base, testMatch: ['<rootDir>/test/e2e/**/*.test.ts'], testTimeout: 600000, maxWorkers: 1 };
