/**
 * Loads a built CommonJS bundle (dist/analyze-command.cjs) with V8's code cache, which Node 20 gives
 * scripts (`vm.Script`'s `cachedData`) but not ES modules. The cache holds the bytecode of every
 * function the last cached run compiled, so a later start neither parses nor compiles them: about
 * 25 ms of `marginalia analyze` (#14). Written by hand because Node 20 has no module compile cache
 * (`module.enableCompileCache` is Node 22) and v8-compile-cache covers `require` only.
 *
 * The cache sits beside the bundle (`<bundle>.v8cache`). The build writes it by running the command
 * once on the sample; V8 refuses a cache made by another Node version or other V8 flags, and then the
 * script compiles as usual and a plain `node` run writes a fresh one (best effort: a read-only install
 * just runs uncached).
 */
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export interface CachedBundle<T> {
  exports: T;
  /** `used`: compiled from the cache; `rejected`: V8 refused it; `absent`: there was none. */
  cache: 'used' | 'rejected' | 'absent';
  /** Writes the code cache (now holding what has run so far) beside the bundle; false when it could not. */
  writeCache(): boolean;
}

/** The file the code cache of `bundle` lives in. */
export function codeCachePath(bundle: string): string {
  return `${bundle}.v8cache`;
}

/** A dynamic `import()` in the bundle uses Node's own loader (where this Node has the constant; the bundles have none today). */
const mainContextLoader = (vm as unknown as { constants?: { USE_MAIN_CONTEXT_DEFAULT_LOADER?: symbol } }).constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

/** Runs the CommonJS file `bundle` (a path or file URL) as a module of its own and returns its exports. */
export function loadCachedBundle<T>(bundle: string | URL): CachedBundle<T> {
  const file = typeof bundle === 'string' ? bundle : fileURLToPath(bundle);
  const cacheFile = codeCachePath(file);
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The same wrapper as Node's CommonJS loader, so the bundle sees the usual module variables.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    ...(mainContextLoader ? { importModuleDynamically: mainContextLoader as never } : {}),
  });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (exports: T, require: NodeJS.Require, module: { exports: T }, filename: string, dirname: string) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cache: cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used',
    writeCache() {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
        return true;
      } catch {
        try {
          unlinkSync(temporary);
        } catch {
          // nothing was written
        }
        return false;
      }
    },
  };
}
