/** The fault suite (`npm run test:faults`): large batches under injected faults; writes test/faults/RESULTS.md. */
const base = require('./jest.config');

module.exports = { ...base, testMatch: ['<rootDir>/test/faults/**/*.test.ts'], testTimeout: 300000, maxWorkers: 1 };
