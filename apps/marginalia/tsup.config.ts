import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts', 'batch/worker': 'src/batch/worker.ts', 'analysis-worker': 'src/analysis/worker.ts' },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  // Dependencies stay external (installed beside the app), except @marginalia/core: bundled into the
  // app's chunks, so start-up resolves and reads a few files instead of core's ~150 modules (#14).
  // The model package stays external: it finds its files beside itself.
  skipNodeModulesBundle: true,
  noExternal: [/^@marginalia\/(core|ingest|export)(\/|$)/],
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'import-attributes': true };
  },
});
