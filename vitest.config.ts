import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/.fixtures-out/**', 'test/fixtures/**', '**/node_modules/**'],
    // Fixture builds run Astro for real; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/setup/chromium.ts'],
  },
});
