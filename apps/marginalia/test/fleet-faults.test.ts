/**
 * Faults a fleet meets (#16), on real services: Redis restarting mid-run (a redis-server of the
 * test's own, on a port of its own, so the shared one is left alone), PostgreSQL unreachable for a
 * while (through a TCP proxy the test closes and opens again, never stopping the shared server),
 * bad articles (empty, binary, too large, over the time budget) and SIGTERM.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, dropSchema, inCI, missingServices, openQueue, PG_URL, pgQuery, pgUrl, queueCounts, START_SERVICES, startWorker, uniqueName, until, writeCorpus, type WorkerProcess } from './fleet-services.js';

if (missingServices && inCI) {
  it('the fleet fault tests need Redis and PostgreSQL', () => {
    throw new Error(`${missingServices}; CI must start them (.ci/run does): ${START_SERVICES}.`);
  });
}

let dir: string;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marginalia-fleet-faults-'));
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** Queue and schema of one test, removed afterwards. */
function scratch(what: string, redis?: string) {
  const name = uniqueName(what);
  cleanups.push(async () => {
    const queue = openQueue(name, redis);
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
  });
  cleanups.push(() => dropSchema(name));
  return name;
}

function killOnCleanup(...workers: WorkerProcess[]) {
  cleanups.push(() => workers.forEach((w) => w.child.exitCode === null && w.child.kill('SIGKILL')));
}

async function storedIds(schema: string): Promise<string[]> {
  const rows = await pgQuery<{ article_id: string }>(`SELECT article_id FROM "${schema}".articles`);
  return rows.map((r) => r.article_id).sort();
}

describe.skipIf(Boolean(missingServices))('fleet faults', () => {
  it('Redis restarting mid-run: workers reconnect and the corpus ends complete, each article once', async () => {
    const port = 6390 + Math.floor(Math.random() * 100);
    const redisDir = join(dir, `redis-${port}`);
    mkdirSync(redisDir);
    // Persistence on (append-only file), as a fleet's Redis should have it: a restart keeps the queue.
    const redisArgs = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', redisDir];
    let server: ChildProcess = spawn('redis-server', redisArgs, { stdio: 'ignore' });
    cleanups.push(() => void server.kill('SIGKILL'));
    const redis = `redis://127.0.0.1:${port}`;
    await until('the test Redis', () => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG', 20_000);
    const name = scratch('redis', redis);
    const ids = await writeCorpus(join(dir, 'redis.jsonl'), 300, 5000);
    expect(cli(['enqueue', 'redis.jsonl', '--queue', name, '--redis', redis], { cwd: dir }).status).toBe(0);
    const queue = openQueue(name, redis);
    try {
      const workers = [0, 1].map(() => startWorker(['--redis', redis, '--queue', name, '--db', pgUrl(name), '--concurrency', '1', '--exit-when-idle', '--lock-seconds', '4'], dir));
      killOnCleanup(...workers);
      await until('50 articles done', async () => (await queueCounts(queue)).completed >= 50, 300_000, 200);
      spawnSync('redis-cli', ['-p', String(port), 'shutdown'], { encoding: 'utf8' });
      await new Promise<void>((resolve) => server.on('exit', () => resolve()));
      await until('the workers to notice', () => workers.every((w) => /Redis at .* is unavailable/.test(w.stderr())), 60_000);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      server = spawn('redis-server', redisArgs, { stdio: 'ignore' });
      const exits = await Promise.all(workers.map((w) => w.exited));
      for (const [i, exit] of exits.entries()) {
        expect(exit.code, workers[i].stderr()).toBe(0);
        expect(workers[i].stderr()).toMatch(/Redis at .* is reachable again/);
      }
      expect(await queueCounts(queue)).toMatchObject({ wait: 0, active: 0, delayed: 0, completed: 300, failed: 0 });
      expect(await storedIds(name)).toEqual([...ids].sort());
    } finally {
      await queue.close();
    }
  }, 600_000);

  it('PostgreSQL unreachable for a while: the worker says so, holds its results, retries, and loses nothing', async () => {
    const target = new URL(PG_URL);
    const sockets = new Set<Socket>();
    const proxy = (): Server =>
      createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const close = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', close).on('close', close);
        upstream.on('error', close).on('close', close);
      });
    let server = proxy();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as { port: number }).port;
    cleanups.push(() => void server.close());
    const viaProxy = `postgres://${target.username}@127.0.0.1:${port}${target.pathname}`;
    const name = scratch('pg');
    const ids = await writeCorpus(join(dir, 'pg.jsonl'), 200, 9000);
    expect(cli(['enqueue', 'pg.jsonl', '--queue', name], { cwd: dir }).status).toBe(0);
    const queue = openQueue(name);
    try {
      const worker = startWorker(['--queue', name, '--db', pgUrl(name, viaProxy), '--concurrency', '1', '--exit-when-idle'], dir);
      killOnCleanup(worker);
      await until('40 articles done', async () => (await queueCounts(queue)).completed >= 40, 300_000, 100);
      // PostgreSQL goes away: connections cut, the port refuses.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        sockets.clear();
      });
      await until('the worker to say PostgreSQL is unavailable', () => /PostgreSQL at .* is unavailable .*Nothing is lost/.test(worker.stderr()), 120_000);
      const whileAway = (await queueCounts(queue)).completed;
      await new Promise((resolve) => setTimeout(resolve, 3000));
      // No job is acknowledged while its result cannot be written.
      expect((await queueCounts(queue)).completed).toBe(whileAway);
      server = proxy();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
      const exit = await worker.exited;
      expect(exit.code, worker.stderr()).toBe(0);
      expect(worker.stderr()).toMatch(/PostgreSQL at .* is reachable again/);
      expect(await queueCounts(queue)).toMatchObject({ wait: 0, active: 0, delayed: 0, completed: 200, failed: 0 });
      expect(await storedIds(name)).toEqual([...ids].sort());
    } finally {
      await queue.close();
    }
  }, 600_000);

  it('bad articles end in the failed set with their reasons after a bounded number of tries', async () => {
    const name = scratch('bad');
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'a-good.txt'), 'The minister said on Monday that talks had stalled. Critics reportedly called it a disaster.\n');
    writeFileSync(join(bad, 'b-empty.txt'), '');
    writeFileSync(join(bad, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
    writeFileSync(join(bad, 'd-large.txt'), `${'Officials said the talks had stalled again. '.repeat(100)}\n`);
    const enqueued = cli(['enqueue', 'bad', '--queue', name, '--max-size', '2kb'], { cwd: dir });
    expect(enqueued.status, enqueued.stderr).toBe(0);
    expect(enqueued.stdout).toMatch(/^enqueued 4 articles \(4 new/);
    expect(enqueued.stderr).toMatch(/3 articles could not be read/);
    const worker = startWorker(['--queue', name, '--db', pgUrl(name), '--concurrency', '1', '--exit-when-idle'], dir);
    killOnCleanup(worker);
    expect((await worker.exited).code, worker.stderr()).toBe(0);

    // Over the time budget: tried 3 times (2 s and 4 s apart), then failed; no retry storm.
    const slow = scratch('slow');
    writeFileSync(join(dir, 'slow.jsonl'), `${JSON.stringify({ id: 'slow', text: 'The minister said on Monday that talks had stalled.' })}\n`);
    expect(cli(['enqueue', 'slow.jsonl', '--queue', slow], { cwd: dir }).status).toBe(0);
    const timed = startWorker(['--queue', slow, '--db', pgUrl(slow), '--concurrency', '1', '--exit-when-idle', '--timeout', '0.001'], dir);
    killOnCleanup(timed);
    expect((await timed.exited).code, timed.stderr()).toBe(0);

    const status = cli(['fleet', 'status', '--queue', name, '--failed', '--json', '--sample', '0']);
    expect(status.status, status.stderr).toBe(0);
    const parsed = JSON.parse(status.stdout) as { done: number; failed: number; failures: Array<{ path: string; reason: string; attempts: number }> };
    expect(parsed).toMatchObject({ done: 1, failed: 3 });
    const byPath = new Map(parsed.failures.map((f) => [f.path.replace(/^bad\//, ''), f]));
    expect(byPath.get('b-empty.txt')).toMatchObject({ attempts: 1, reason: expect.stringMatching(/^empty: /) });
    expect(byPath.get('c-binary.txt')).toMatchObject({ attempts: 1, reason: expect.stringMatching(/^binary: /) });
    expect(byPath.get('d-large.txt')).toMatchObject({ attempts: 1, reason: expect.stringMatching(/^too-large: /) });
    expect(await storedIds(name)).toEqual(['bad/a-good.txt']);

    const slowStatus = JSON.parse(cli(['fleet', 'status', '--queue', slow, '--failed', '--json', '--sample', '0']).stdout) as typeof parsed;
    expect(slowStatus).toMatchObject({ done: 0, failed: 1 });
    expect(slowStatus.failures[0]).toMatchObject({ attempts: 3, reason: expect.stringMatching(/^timeout: .*time budget/) });
  }, 300_000);

  it('SIGTERM: the worker finishes the jobs in hand and exits 0; another finishes the queue', async () => {
    const name = scratch('term');
    const ids = await writeCorpus(join(dir, 'term.jsonl'), 150, 12000);
    expect(cli(['enqueue', 'term.jsonl', '--queue', name], { cwd: dir }).status).toBe(0);
    const queue = openQueue(name);
    try {
      const first = startWorker(['--queue', name, '--db', pgUrl(name), '--concurrency', '1'], dir);
      killOnCleanup(first);
      await until('20 articles done', async () => (await queueCounts(queue)).completed >= 20, 300_000, 100);
      first.child.kill('SIGTERM');
      const exit = await first.exited;
      expect(exit.code, first.stderr()).toBe(0);
      expect(first.stderr()).toMatch(/stopping: finishing the jobs in hand/);
      const after = await queueCounts(queue);
      expect(after.active).toBe(0);
      expect(after.completed + after.wait).toBe(150);
      expect((await storedIds(name)).length).toBe(after.completed);
      const second = startWorker(['--queue', name, '--db', pgUrl(name), '--concurrency', '1', '--exit-when-idle'], dir);
      killOnCleanup(second);
      expect((await second.exited).code, second.stderr()).toBe(0);
      expect(await storedIds(name)).toEqual([...ids].sort());
    } finally {
      await queue.close();
    }
  }, 300_000);
});
