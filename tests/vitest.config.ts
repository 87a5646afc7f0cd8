import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Browser and end-to-end tests start servers and Chromium; two cores do not gain from more workers.
    maxWorkers: 2,
  },
});
