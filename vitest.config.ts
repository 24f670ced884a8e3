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
    sequence: { sequencer: SlowFirstSequencer },
  },
});
