/**
 * DuckDB for the tests that need it (batch --db and --csv, the worker's DuckDB store, the README's
 * queries). DuckDB is an optional peer of marginalia that `npm install` leaves out; as with the
 * format validators, such a test FAILS in CI (`CI=true`: .ci/run installs DuckDB with
 * `npm run setup -- duckdb`) and is skipped elsewhere with a message saying how to install it.
 */
import { it } from 'vitest';
import { installAdvice, loadDuckDb, MissingDuckDbError, type DuckDb } from '../src/batch/duckdb.js';

/** The DuckDB module, or undefined when it is not installed. */
export const duckdb: DuckDb | undefined = await loadDuckDb('this test').catch((error: unknown) => {
  if (error instanceof MissingDuckDbError) return undefined;
  throw error;
});

const inCI = process.env.CI === 'true' || process.env.CI === '1';
const NOT_INSTALLED = 'DuckDB (@duckdb/node-api, an optional peer of marginalia) is not installed';
if (!duckdb && !inCI) console.warn(`DuckDB tests skipped: ${NOT_INSTALLED}. ${installAdvice()} to run them.`);

/** `it` when DuckDB is installed; in CI a failing test when not; elsewhere a skipped one (see above). */
export function itWithDuckDb(name: string, test: (duckdb: DuckDb) => Promise<void> | void, timeout?: number): void {
  if (duckdb) it(name, () => test(duckdb), timeout);
  else if (inCI) {
    it(`${name} (needs DuckDB, required in CI)`, () => {
      throw new Error(`${NOT_INSTALLED}; CI must install it after npm ci, as .ci/run does. ${installAdvice()}.`);
    });
  } else it.skip(name, () => {});
}
