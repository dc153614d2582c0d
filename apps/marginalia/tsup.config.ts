import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/cli.ts', 'src/batch/worker.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // Dependencies stay external: they are installed beside the app.
  skipNodeModulesBundle: true,
});
