/** Benchmarks (`npm run bench`): not part of `npm test`; they write bench/RESULTS.md. */
const base = require('./jest.config');

module.exports = { ...base, testMatch: ['<rootDir>/bench/**/*.bench.ts'], testTimeout: 1800000, maxWorkers: 1 };
