import { defineConfig } from 'vitest/config';
import { SlowFirstSequencer } from './test/support/slow-first-sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most test files wait on child processes (Prism, Chromium, npm, tsx): more files than cores
    // run side by side. Vitest's default on 2 cores is a single worker.
    maxWorkers: 3,
    // One module graph per worker rather than per file: the files import the same src/ modules,
    // and no test stubs a global or a module (one spies on console.log and restores it at once).
    // Measured on 2 cores: 112 s wall (184 s CPU) isolated, 74 to 75 s (115 to 119 s CPU)
    // without, the same 2,381 tests passing.
    isolate: false,
    sequence: { sequencer: SlowFirstSequencer },
  },
});
