import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts', 'batch/worker': 'src/batch/worker.ts', 'analysis-worker': 'src/analysis/worker.ts' },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // Dependencies stay external: they are installed beside the app.
  skipNodeModulesBundle: true,
});
