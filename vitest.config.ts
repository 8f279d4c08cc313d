import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    // End-to-end tests build real PDFs (about a second each on two cores).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Property-based tests: FAST_CHECK_RUNS=1000 npm test runs a longer campaign.
    env: { FORCE_COLOR: '0' },
  },
});
