/**
 * `marginalia batch - --out -`, the pipe other engines drive (GNU parallel --pipe, Hadoop Streaming,
 * Spark's RDD.pipe; docs/fleet.md): JSONL in, one JSONL line out per line in, in order, failures as
 * lines with an "error" field, nothing else on standard output. And the README's three corpus
 * questions on a fleet's PostgreSQL tables.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from './run-cli.js';
import { cli, dropSchema, inCI, missingServices, openQueue, PG_URL, pgUrl, smallArticle, START_SERVICES, startWorker, uniqueName, writeJsonl } from './fleet-services.js';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-fleet-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch - --out - (a pipe)', () => {
  it('gives one line out per line in, in order, failures with an "error" field, and nothing else on standard output', () => {
    const lines = [
      JSON.stringify({ id: 'p1', text: smallArticle(1), source: 'Wire' }),
      JSON.stringify({ id: 'p2', text: '' }),
      '{"id": "p3", "text": ',
      JSON.stringify({ id: 'p4', text: smallArticle(4) }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'p6', text: smallArticle(6), source: 'Daily' }),
    ];
    const run = cli(['batch', '-', '--out', '-', '--quiet', '--jobs', '2'], { cwd: dir, input: `${lines.join('\n')}\n` });
    expect(run.status).toBe(1);
    const out = run.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out.length).toBe(lines.length);
    const parsed = out.map((l) => JSON.parse(l) as { id: string; error?: string; problem?: string; schema?: string });
    expect(parsed.map((p) => p.id)).toEqual(['p1', 'p2', 'stdin:3', 'p4', 'stdin:5', 'p6']);
    expect(parsed.map((p) => p.error === undefined)).toEqual([true, false, false, true, false, true]);
    expect(parsed[1]).toMatchObject({ problem: 'empty', error: expect.stringMatching(/empty "text"/) });
    expect(parsed[2]).toMatchObject({ problem: 'json' });
    expect(parsed[0].schema).toBe('marginalia/analysis@2');
    expect(run.stderr).toMatch(/3 failed: see the lines with an "error" field/);
    expect(existsSync(join(dir, 'marginalia-errors.jsonl'))).toBe(false);
  }, 120_000);
});

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
const ciRun = process.env.CI === 'true';
if (!hasParallel && !ciRun) console.warn('fleet-pipe: the GNU parallel test is skipped: install it with `apt-get install -y parallel` (in CI it is required).');

// Required in CI (.ci/run installs GNU parallel); elsewhere skipped with the message above when it is missing.
describe.skipIf(!hasParallel && !ciRun)('the pipe under GNU parallel, as docs/fleet.md shows it', () => {
  it('splits the input among processes and keeps input order, one line out per line in', () => {
    if (!hasParallel) throw new Error('CI=true but GNU parallel is missing: .ci/run installs Debian\'s parallel package; install it with `apt-get install -y parallel`.');
    const lines = Array.from({ length: 24 }, (_, i) => JSON.stringify({ id: `g${i}`, text: i === 7 ? '' : smallArticle(100 + i) }));
    writeFileSync(join(dir, 'par.jsonl'), `${lines.join('\n')}\n`);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} batch - --out - --quiet --jobs 1 || [ $? -eq 1 ]`;
    const run = spawnSync('parallel', ['--will-cite', '--pipe', '-N', '8', '--keep-order', '-j', '2', command], { input: readFileSync(join(dir, 'par.jsonl')), encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string });
    expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => `g${i}`));
    expect(out.filter((o) => o.error !== undefined).map((o) => o.id)).toEqual(['g7']);
  }, 300_000);
});

if (missingServices && inCI) {
  it('the fleet query test needs Redis and PostgreSQL', () => {
    throw new Error(`${missingServices}; CI must start them (.ci/run does): ${START_SERVICES}.`);
  });
}

describe.skipIf(Boolean(missingServices))('the README’s corpus questions on a fleet’s PostgreSQL tables', () => {
  const name = uniqueName('sql');
  afterAll(async () => {
    const queue = openQueue(name);
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    await dropSchema(name);
  }, 60_000);

  it('each run as written there and answer with rows', async () => {
    const sample = readFileSync(new URL('../samples/kremlin-signal.txt', import.meta.url), 'utf8');
    writeJsonl(join(dir, 'sql.jsonl'), [
      { id: 'a1', text: sample, source: 'Daily Wire' },
      { id: 'a2', text: '“We will not accept this deal,” Foreign Minister Maria Novak said on Monday. Officials reportedly expect talks to resume.', source: 'Courier' },
      { id: 'a3', text: 'The ministry said exports fell by 12 percent in March. Critics allegedly called it a disaster.', source: 'Courier' },
    ]);
    expect(cli(['enqueue', 'sql.jsonl', '--queue', name], { cwd: dir }).status).toBe(0);
    const worker = startWorker(['--queue', name, '--db', pgUrl(name), '--concurrency', '1', '--exit-when-idle'], dir);
    expect((await worker.exited).code, worker.stderr()).toBe(0);
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const queries = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].flatMap((m) => m[1].split(/;\s*\n/).map((s) => s.trim()).filter((s) => s.length > 0));
    expect(queries.length).toBe(3);
    for (const sql of queries) {
      const rows = await pgQueryIn(name, sql);
      expect(rows.length, sql).toBeGreaterThan(0);
    }
    const outlets = (await pgQueryIn(name, queries[1])).map((r) => r.outlet).sort();
    expect(outlets).toEqual(['Courier', 'Daily Wire']);
  }, 300_000);
});

async function pgQueryIn(schema: string, sql: string): Promise<Array<Record<string, unknown>>> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
