/**
 * DuckDB (@duckdb/node-api and its native library, about 70 MB) is an optional peer dependency
 * of marginalia: `npm install` and `npm ci` leave it out, and only `batch --db FILE`, `batch --csv
 * DIR` and `worker --db FILE` need it. In the repository `npm run setup -- duckdb` installs it;
 * elsewhere, `npm install @duckdb/node-api` beside marginalia. Without it those commands stop
 * before they start, with one line saying so (MissingDuckDbError).
 *
 * The types come from the package when it is installed (as in CI) and are `any` when it is not,
 * so the typecheck passes either way: hence the three `@ts-ignore`s, on these imports only.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-ignore -- an optional peer (see above): typed when installed, `any` when not.
import type * as DuckDbApi from '@duckdb/node-api';
// @ts-ignore -- an optional peer (see above).
export type { DuckDBAppender, DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import appPackage from '../../package.json' with { type: 'json' };
import { BatchError } from './batch-error.js';

export type DuckDb = typeof DuckDbApi;

const PACKAGE = '@duckdb/node-api';

/** DuckDB is not installed (or its native library is missing): the message says what to run. */
export class MissingDuckDbError extends BatchError {
  constructor(purpose: string, got: string) {
    super(`${purpose} needs DuckDB: expected the package ${PACKAGE} (an optional peer of marginalia, which npm install leaves out), got ${got}. ${installAdvice()}, then this command again.`);
    this.name = 'MissingDuckDbError';
  }
}

let loaded: Promise<DuckDb> | undefined;

/**
 * The DuckDB module, loaded once. `purpose` names what asked for it (`--db corpus.duckdb`) for
 * the MissingDuckDbError thrown when it is not installed; any other failure is rethrown.
 */
export async function loadDuckDb(purpose: string): Promise<DuckDb> {
  loaded ??= (async () => {
    // Resolved first, so that a missing package fails here, as MODULE_NOT_FOUND, and not in a bundler's
    // or test runner's resolver (vitest stands in a module that throws a plain Error for a missing optional peer).
    createRequire(import.meta.url).resolve(PACKAGE);
    return (await import(PACKAGE)) as DuckDb;
  })();
  try {
    return await loaded;
  } catch (error) {
    loaded = undefined;
    const { code, message } = error as NodeJS.ErrnoException;
    if ((code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') || !message.includes('@duckdb/')) throw error;
    const got = message.includes(`'${PACKAGE}'`) ? 'none installed' : `it without its native library (${message.split('\n')[0]})`;
    throw new MissingDuckDbError(purpose, got);
  }
}

/**
 * What installs DuckDB: `npm run setup -- duckdb` in the Marginalia repository (when this copy
 * of marginalia is one of its workspaces), else `npm install @duckdb/node-api@RANGE`.
 */
export function installAdvice(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'scripts', 'optional-packages.json'))) return `Run \`npm run setup -- duckdb\` in ${dir}`;
  }
  return `Run \`npm install ${PACKAGE}@${appPackage.peerDependencies[PACKAGE]}\` where marginalia is installed`;
}
