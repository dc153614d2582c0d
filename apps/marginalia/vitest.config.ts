import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 30000,
    // Most of these files wait on child processes, tmux, Redis or PostgreSQL rather than compute, and each
    // uses resources of its own (queue names, schemas, ports, tmux sessions), so at least two run at once
    // even on two cores, where vitest's default (cores - 1) would run them one by one.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
