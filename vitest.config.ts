import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    // End-to-end tests build real PDFs (about a second each on two cores).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Property-based tests: FAST_CHECK_RUNS=200 npm test runs a longer campaign; those tests
    // give themselves the time it needs (test/property/campaign.ts).
    env: { FORCE_COLOR: '0' },
  },
});
