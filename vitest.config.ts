import { defineConfig } from 'vitest/config';
import JourneysFirstSequencer from './test/journeys-first-sequencer.js';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    // Each worker process runs its files one after another in the same module graph: the server's
    // modules, PGlite's compiled WebAssembly and the template's bytes load once per worker instead of
    // once per file (that load was most of a file's time). test/harness.ts gives every test app a
    // fresh database and retires the in-process caches a previous app left behind.
    isolate: false,
    // Set here for every file: a file that set it itself would change it for the files after it.
    env: { TZ: 'UTC' },
    sequence: { sequencer: JourneysFirstSequencer },
    testTimeout: 60_000,
    // Pages under a loaded CI machine can take seconds to show what a poll waits for (the default is 1 s).
    expect: { poll: { timeout: 20_000, interval: 100 } },
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
