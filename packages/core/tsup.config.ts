import { defineConfig } from 'tsup';

/*
 * Unbundled ESM (issue #14): one output module per source module, so a bundler keeps only what
 * an import reaches (`import { tokenize }` pulls the tokenizer alone). No weights here: they are
 * in @marginalia/model-en. No source maps.
 */
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/node.ts'] },
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
  // Keep `with { type: 'json' }` on the schema import (Node needs it; es2022 alone would drop it).
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'import-attributes': true };
  },
});
