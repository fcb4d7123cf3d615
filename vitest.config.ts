import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Vitest's default is one worker fewer than the cores: on a 2-core runner that is one, and the suite
    // ran its files one after another (16 min on the 2-core AMD EPYC of 30 Nov 2026). At least two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The JSON report gives .ci/run its "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
});
