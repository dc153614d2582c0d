import { defineConfig } from 'tsup';

/*
 * `marginalia analyze` as one CommonJS script (dist/analyze-command.cjs), core, ingest and export
 * bundled in. cli.ts compiles it with node:vm and V8's code cache (src/code-cache.ts), which Node 20
 * offers for scripts but not for ES modules: start-up then skips parsing and compiling the ~330 KB
 * of analysis code, and resolving a dozen ES module chunks (#14). Built after tsup.config.ts (whose
 * `clean` would remove it); dependencies stay external, as there.
 */
export default defineConfig({
  entry: { 'analyze-command': 'src/cli/analyze.ts' },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  sourcemap: false,
  clean: false,
  // import.meta.url (off-thread's worker file, ingest's require) becomes this script's own URL.
  shims: true,
  target: 'node20',
  platform: 'node',
  skipNodeModulesBundle: true,
  noExternal: [/^@marginalia\/(core|ingest|export)(\/|$)/],
  esbuildOptions(options) {
    options.charset = 'ascii';
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
});
