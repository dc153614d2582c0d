/**
 * Without DuckDB (an optional peer that `npm install` leaves out), `batch --db`, `batch --csv` and
 * `worker --db FILE` stop before they start, with one line saying what to run. DuckDB is hidden
 * from the CLI by a module hook, so this runs whether or not it is installed.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLE } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-no-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Resolving any @duckdb/ package fails as it does when the package is not installed.
const hook = join(dir, 'hide-duckdb.mjs');
const resolveHook = `export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@duckdb/')) {
    const error = new Error("Cannot find package '" + specifier + "' imported from " + context.parentURL);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`;
writeFileSync(hook, `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(resolveHook)}));\n`);
const withoutDuckDb = (args: string[]) => runCli(args, { env: { NODE_OPTIONS: `--import=${hook}` } });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One line: what needs DuckDB, what was expected and found, and the command that installs it. */
function expectOneLineAsk(stderr: string, command: string, option: string) {
  expect(stderr.split('\n')).toHaveLength(2);
  expect(stderr).toMatch(new RegExp(`^marginalia ${command}: ${escape(option)} needs DuckDB: expected the package @duckdb/node-api \\(an optional peer of marginalia, which npm install leaves out\\), got none installed\\. Run \`npm run setup -- duckdb\` in \\S+, then this command again\\.\\n$`));
}

describe('without DuckDB installed', () => {
  it('batch --db stops before reading or writing anything, saying what to run (exit 1)', () => {
    const out = join(dir, 'out.jsonl');
    const db = join(dir, 'corpus.duckdb');
    const run = withoutDuckDb(['batch', SAMPLE, '--out', out, '--db', db, '--quiet']);
    expect(run.status).toBe(1);
    expectOneLineAsk(run.stderr, 'batch', `--db ${db}`);
    expect([existsSync(out), existsSync(db), existsSync(join(dir, 'out.errors.jsonl'))]).toEqual([false, false, false]);
  });

  it('batch --csv, which stages its tables in DuckDB, stops the same way', () => {
    const csv = join(dir, 'csv');
    const run = withoutDuckDb(['batch', SAMPLE, '--csv', csv, '--quiet']);
    expect(run.status).toBe(1);
    expectOneLineAsk(run.stderr, 'batch', `--csv ${csv}`);
    expect(existsSync(csv)).toBe(false);
  });

  it('worker --db FILE stops before it connects to Redis', () => {
    const db = join(dir, 'fleet.duckdb');
    const run = withoutDuckDb(['worker', '--db', db, '--redis', 'redis://127.0.0.1:9', '--quiet']);
    expect(run.status).toBe(1);
    expectOneLineAsk(run.stderr, 'worker', `--db ${db}`);
    expect(existsSync(db)).toBe(false);
  });

  it('batch without --db or --csv needs no DuckDB', () => {
    const run = withoutDuckDb(['batch', SAMPLE, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).schema).toBe('marginalia/analysis@2');
  });
});
