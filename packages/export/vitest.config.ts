import { defineConfig } from 'vitest/config';

export default defineConfig({
  // No test mocks a module or a global: the files share one module graph instead of re-importing core (11 s -> 5 s alone).
  test: { include: ['src/**/*.test.ts'], testTimeout: 20000, isolate: false },
});
