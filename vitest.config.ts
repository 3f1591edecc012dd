import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    // Pages under a loaded CI machine can take seconds to show what a poll waits for (the default is 1 s).
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
