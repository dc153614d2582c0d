/**
 * A worker fleet as the issue describes it (#16), on a real Redis and PostgreSQL: 2,000 articles
 * enqueued, three worker processes, one SIGKILLed mid-run; every article ends in PostgreSQL exactly
 * once, with the same rows `marginalia batch --db` writes for the same input. Needs Redis and
 * PostgreSQL (see fleet-services.ts); slow on a loaded machine, hence the long timeouts.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itWithDuckDb } from './duckdb.js';
import { SAMPLE } from './run-cli.js';
import { cli, dropSchema, dumpDuckDb, dumpPostgres, inCI, missingServices, openQueue, pgQuery, pgUrl, queueCounts, START_SERVICES, startWorker, uniqueName, until, writeCorpus, type WorkerProcess } from './fleet-services.js';

const ARTICLES = 2000;

if (missingServices && inCI) {
  it('the fleet tests need Redis and PostgreSQL', () => {
    throw new Error(`${missingServices}; CI must start them (.ci/run does): ${START_SERVICES}.`);
  });
}

describe.skipIf(Boolean(missingServices))('a fleet of three workers, one killed mid-run', () => {
  const queueName = uniqueName('kill');
  const schema = queueName;
  let dir: string;
  let ids: string[];
  let workers: WorkerProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-fleet-'));
    ids = await writeCorpus(join(dir, 'corpus.jsonl'), ARTICLES);
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    const queue = openQueue(queueName);
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('enqueues one job per article, and nothing more the second time', () => {
    const first = cli(['enqueue', 'corpus.jsonl', '--queue', queueName], { cwd: dir });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`enqueued ${ARTICLES} articles (${ARTICLES} new, 0 already in the queue) on ${queueName}\n`);
    const again = cli(['enqueue', 'corpus.jsonl', '--queue', queueName], { cwd: dir });
    expect(again.stdout).toBe(`enqueued ${ARTICLES} articles (0 new, ${ARTICLES} already in the queue) on ${queueName}\n`);
  }, 120_000);

  it('stores every article exactly once although a worker is SIGKILLed mid-job', async () => {
    const queue = openQueue(queueName);
    try {
      const args = ['--queue', queueName, '--db', pgUrl(schema), '--concurrency', '1', '--exit-when-idle', '--lock-seconds', '10'];
      workers = [0, 1, 2].map(() => startWorker(args, dir));
      // Kill the first worker while it holds jobs, once the fleet is well under way.
      let last = 0;
      await until(
        '300 articles done',
        async () => {
          const counts = await queueCounts(queue);
          if (Date.now() - last > 30_000) {
            last = Date.now();
            console.log(`fleet test: ${JSON.stringify(counts)}`);
          }
          return counts.completed >= 300;
        },
        600_000,
        200,
      );
      const victim = workers[0];
      const held = (await queue.getActive()).length;
      expect(held).toBeGreaterThan(0);
      victim.child.kill('SIGKILL');
      expect((await victim.exited).signal).toBe('SIGKILL');
      const survivors = await Promise.all(workers.slice(1).map((w) => w.exited));
      console.log(`fleet test: the survivors said:\n${workers[1].stderr()}\n${workers[2].stderr()}`);
      for (const [i, exit] of survivors.entries()) expect(exit.code, workers[i + 1].stderr()).toBe(0);

      const counts = await queueCounts(queue);
      expect(counts).toMatchObject({ wait: 0, active: 0, delayed: 0, completed: ARTICLES, failed: 0 });
      // The killed worker's jobs came back through the stalled-job check and were done by the others.
      const recovered = (await queue.getCompleted(0, -1)).filter((job) => (job.stalledCounter ?? 0) > 0);
      expect(recovered.length).toBeGreaterThan(0);
      const stored = await pgQuery<{ article_id: string; n: string }>(`SELECT article_id, count(*) AS n FROM "${schema}".articles GROUP BY article_id`);
      expect(stored.length).toBe(ARTICLES);
      expect(stored.map((r) => r.article_id).sort()).toEqual([...ids].sort());
      const version = await pgQuery<{ version: number; offsets: string }>(`SELECT version, offsets FROM "${schema}".marginalia_schema`);
      expect(version).toEqual([{ version: 1, offsets: 'utf16' }]);
    } finally {
      await queue.close();
    }
  }, 900_000);

  itWithDuckDb('holds the same rows in every table as `marginalia batch --db` on the same input', async (duckdb) => {
    const batch = cli(['batch', 'corpus.jsonl', '--db', 'batch.duckdb', '--quiet', '--jobs', '2'], { cwd: dir, timeout: 600_000 });
    expect(batch.stderr).toBe('');
    expect(batch.status).toBe(0);
    const [fromBatch, fromFleet] = await Promise.all([dumpDuckDb(duckdb, join(dir, 'batch.duckdb')), dumpPostgres(schema)]);
    for (const table of Object.keys(fromBatch)) {
      expect(fromFleet[table].length, table).toBe(fromBatch[table].length);
      expect(fromFleet[table].length, table).toBeGreaterThan(0);
      expect(fromFleet[table] === fromBatch[table] || JSON.stringify(fromFleet[table]) === JSON.stringify(fromBatch[table]), `${table}: the rows differ`).toBe(true);
    }
  }, 900_000);
});

describe.skipIf(Boolean(missingServices))('files (text, Markdown, HTML) through a worker into a DuckDB file', () => {
  const queueName = uniqueName('files');
  let dir: string;

  afterAll(async () => {
    const queue = openQueue(queueName);
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  itWithDuckDb('holds the same rows as `marginalia batch --db` on the same folder', async (duckdb) => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-fleet-files-'));
    mkdirSync(join(dir, 'arts', 'sub'), { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'arts', 'a.txt'));
    writeFileSync(join(dir, 'arts', 'sub', 'b.md'), '# Talks stall\n\nThe minister **said** on Monday that talks had [stalled](https://example.org). Critics reportedly called it a disaster.\n');
    writeFileSync(
      join(dir, 'arts', 'c.html'),
      '<html><head><title>Grain</title></head><body><article><p>Officials said on Tuesday that grain exports fell by 12 percent, the ministry reportedly confirmed.</p><p>"We will not accept it," Maria Novak said.</p></article></body></html>',
    );
    expect(cli(['batch', 'arts', '--db', 'batch.duckdb', '--quiet'], { cwd: dir }).status).toBe(0);
    expect(cli(['enqueue', 'arts', '--queue', queueName], { cwd: dir }).stdout).toMatch(/^enqueued 3 articles/);
    const worker = startWorker(['--queue', queueName, '--db', 'fleet.duckdb', '--concurrency', '1', '--exit-when-idle'], dir);
    expect((await worker.exited).code, worker.stderr()).toBe(0);
    const [fromBatch, fromFleet] = [await dumpDuckDb(duckdb, join(dir, 'batch.duckdb')), await dumpDuckDb(duckdb, join(dir, 'fleet.duckdb'))];
    expect(fromFleet.articles.length).toBe(3);
    expect(fromFleet).toEqual(fromBatch);
  }, 300_000);
});
