/**
 * What the fleet tests share: finding Redis and PostgreSQL (a test FAILS in CI without them and
 * is skipped elsewhere, saying how to start them), a small generated corpus, worker processes,
 * and reading a result database's tables in a comparable form.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { syntheticArticle } from '../../../tools/src/lib/synthetic-news.js';
import type { DuckDb } from '../src/batch/duckdb.js';
import { TABLES } from '../src/batch/tables.js';
import { BIN } from './run-cli.js';

export const REDIS_URL = process.env.MARGINALIA_TEST_REDIS ?? 'redis://127.0.0.1:6379';
export const PG_URL = process.env.MARGINALIA_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
export const START_SERVICES =
  'start them with `redis-server --daemonize yes --port 6379 --save "" --appendonly no` and `pg_ctlcluster $(ls /etc/postgresql) main start` (user postgres, trust auth, database test), or set MARGINALIA_TEST_REDIS / MARGINALIA_TEST_PG';

async function reachable(): Promise<string | undefined> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3000 });
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    return `Redis at ${REDIS_URL} is not reachable (${(error as Error).message})`;
  } finally {
    redis.disconnect();
  }
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    return `PostgreSQL at ${PG_URL} is not reachable (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
  return undefined;
}

/** Why the fleet tests cannot run here (undefined: they can). In CI a missing service is a failure, not a skip. */
export const missingServices = await reachable();
export const inCI = process.env.CI === 'true' || process.env.CI === '1';
if (missingServices && !inCI) console.warn(`fleet tests skipped: ${missingServices}; ${START_SERVICES}.`);

/** A name unique to this test run, for its queue and its PostgreSQL schema (tests run in parallel). */
export function uniqueName(what: string): string {
  return `mt_${what}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`.toLowerCase();
}

export function pgUrl(schema: string, base = PG_URL): string {
  return `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
}

/** A small (~500 characters) news-like article: the first paragraphs of a generated one. */
export function smallArticle(seed: number): string {
  return syntheticArticle(seed).split('\n\n').slice(0, 2).join('\n\n').slice(0, 600);
}

/** `count` small articles as JSONL, ids n0, n1, ... */
export async function writeCorpus(path: string, count: number, firstSeed = 1): Promise<string[]> {
  const out = createWriteStream(path);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(`n${i}`);
    out.write(`${JSON.stringify({ id: `n${i}`, text: smallArticle(firstSeed + i), source: ['Wire', 'Daily', 'Herald'][i % 3] })}\n`);
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return ids;
}

export function writeJsonl(path: string, lines: unknown[]): void {
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
}

export function cli(args: string[], options: { cwd?: string; input?: string; timeout?: number } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: options.timeout ?? 300_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `marginalia worker` in a process of its own. */
export function startWorker(args: string[], cwd?: string): WorkerProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--progress-every', '2', ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => err, exited };
}

export async function until(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export function openQueue(name: string, redis = REDIS_URL): Queue {
  const queue = new Queue(name, { connection: { url: redis, maxRetriesPerRequest: null, protocol: 2 } as never });
  queue.on('error', () => {});
  return queue;
}

export async function queueCounts(queue: Queue) {
  return queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'completed', 'failed');
}

/** Every table's rows, sorted, as JSON lines: two databases hold the same rows when these are equal. */
export type Dump = Record<string, string[]>;

function sortedLines(rows: unknown[][]): string[] {
  return rows.map((r) => JSON.stringify(r)).sort();
}

export async function dumpPostgres(schema: string, base = PG_URL): Promise<Dump> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    const dump: Dump = {};
    for (const table of TABLES) {
      const { rows } = await client.query({ text: `SELECT ${table.columns.map((c) => `"${c.name}"`).join(', ')} FROM "${schema}".${table.name}`, rowMode: 'array' });
      dump[table.name] = sortedLines(rows as unknown[][]);
    }
    return dump;
  } finally {
    await client.end();
  }
}

/** The tables of a DuckDB file; `duckdb` from itWithDuckDb (test/duckdb.ts). */
export async function dumpDuckDb(duckdb: DuckDb, path: string): Promise<Dump> {
  const instance = await duckdb.DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    const dump: Dump = {};
    for (const table of TABLES) {
      const reader = await connection.runAndReadAll(`SELECT ${table.columns.map((c) => `"${c.name}"`).join(', ')} FROM ${table.name}`);
      dump[table.name] = sortedLines(reader.getRowsJS() as unknown[][]);
    }
    return dump;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
}

export async function pgQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], base = PG_URL): Promise<T[]> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
