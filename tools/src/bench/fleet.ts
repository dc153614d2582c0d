/**
 * `npm run bench -- fleet [--articles 500] [--redis URL] [--db postgres://...] [--keep]`: throughput of a
 * worker fleet (`marginalia enqueue` + `marginalia worker` on BullMQ/Redis, results in PostgreSQL)
 * with 1 and 2 worker processes of one analysis thread each, against `marginalia batch --db` with
 * --jobs 1 and 2 on the same input, and the queue's overhead per article. The corpus is the batch
 * bench's (~3 KB news-like articles, generated). Needs Redis and PostgreSQL (docs/fleet.md) and the
 * built CLI. A worker's time runs from its start to the last job's completion (the idle check
 * that ends `--exit-when-idle` is left out); batch's from start to exit.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import pg from 'pg';
import { fail, type ToolArgs } from '../lib/cli.js';
import { benchArticle } from './batch.js';

export const summary = 'marginalia worker fleet (BullMQ + PostgreSQL): articles/s with 1 and 2 workers, overhead per article against batch';

const BIN = fileURLToPath(new URL('../../../apps/marginalia/bin/marginalia.js', import.meta.url));

function runCli(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

async function batchSeconds(dir: string, jobs: number): Promise<number> {
  const t0 = performance.now();
  const out = await runCli(['batch', 'corpus.jsonl', '--db', `batch-${jobs}.duckdb`, '--jobs', String(jobs), '--quiet'], dir);
  if (out.code !== 0) fail(`bench fleet: batch --jobs ${jobs} failed (exit ${out.code}): ${out.stderr.trim()}`, 1);
  return (performance.now() - t0) / 1000;
}

async function fleetSeconds(dir: string, workers: number, count: number, redis: string, db: string): Promise<{ seconds: number; enqueueSeconds: number }> {
  const queueName = `bench-fleet-${process.pid}-${workers}`;
  const schema = `bench_fleet_${process.pid}_${workers}`;
  const queue = new Queue(queueName, { connection: { url: redis, maxRetriesPerRequest: null } as never });
  try {
    const e0 = performance.now();
    const enq = await runCli(['enqueue', 'corpus.jsonl', '--queue', queueName, '--redis', redis], dir);
    if (enq.code !== 0) fail(`bench fleet: enqueue failed (exit ${enq.code}): ${enq.stderr.trim()}`, 1);
    const enqueueSeconds = (performance.now() - e0) / 1000;
    const startedAt = Date.now();
    const args = ['worker', '--queue', queueName, '--redis', redis, '--db', `${db}${db.includes('?') ? '&' : '?'}schema=${schema}`, '--concurrency', '1', '--exit-when-idle', '--quiet'];
    const exits = await Promise.all(Array.from({ length: workers }, () => runCli(args, dir)));
    for (const exit of exits) if (exit.code !== 0) fail(`bench fleet: a worker failed (exit ${exit.code}): ${exit.stderr.trim()}`, 1);
    const done = await queue.getCompleted(0, -1);
    if (done.length !== count) fail(`bench fleet: expected ${count} jobs done, got ${done.length}.`, 1);
    const last = Math.max(...done.map((j) => j.finishedOn ?? 0));
    return { seconds: (last - startedAt) / 1000, enqueueSeconds };
  } finally {
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    const client = new pg.Client({ connectionString: db.replace(/\?.*$/, '') });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
  }
}

export async function run(args: ToolArgs): Promise<void> {
  const count = Number(args.options.get('articles') ?? 500);
  if (!Number.isInteger(count) || count < 10) fail(`bench fleet: --articles takes a whole number of at least 10; got "${args.options.get('articles')}".`);
  const redis = String(args.options.get('redis') ?? 'redis://127.0.0.1:6379');
  const db = String(args.options.get('db') ?? 'postgres://postgres@127.0.0.1:5432/test');
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-bench-fleet-'));
  try {
    let chars = 0;
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
      const text = benchArticle(i + 1);
      chars += text.length;
      lines.push(JSON.stringify({ id: `bench-${i + 1}`, text, source: ['Wire', 'Daily', 'Herald', 'Post'][i % 4] }));
    }
    writeFileSync(join(dir, 'corpus.jsonl'), `${lines.join('\n')}\n`);
    process.stdout.write(`fleet bench: ${count} articles, ${(chars / count / 1000).toFixed(1)} K characters each on average\n\n`);
    process.stdout.write('| runners | batch --db (articles/s) | fleet → PostgreSQL (articles/s) | overhead per article | overhead |\n|---|---|---|---|---|\n');
    for (const n of [1, 2]) {
      const b = await batchSeconds(dir, n);
      const f = await fleetSeconds(dir, n, count, redis, db);
      const perArticleMs = ((f.seconds - b) * 1000) / count;
      process.stdout.write(
        `| ${n} | ${(count / b).toFixed(1)} | ${(count / f.seconds).toFixed(1)} (enqueue ${(count / f.enqueueSeconds).toFixed(0)}/s) | ${perArticleMs.toFixed(2)} ms | ${((100 * (f.seconds - b)) / b).toFixed(1)}% |\n`,
      );
    }
  } finally {
    if (!args.options.has('keep')) rmSync(dir, { recursive: true, force: true });
  }
}
