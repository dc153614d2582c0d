/**
 * `marginalia batch` as a user runs it: the built CLI in a child process (build first:
 * `npx tsup` in apps/marginalia), over a corpus with good, empty, binary and malformed items.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysisSchema } from '@marginalia/core';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { itWithDuckDb } from '../../test/duckdb.js';

const BIN = fileURLToPath(new URL('../../bin/marginalia.js', import.meta.url));
const SAMPLE = readFileSync(new URL('../../samples/kremlin-signal.txt', import.meta.url), 'utf8');

let root: string;
let corpus: string;

function batch(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, 'batch', ...args], { cwd: options.cwd ?? root, input: options.input ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Compares two JSONL outputs by their ids first (a readable failure), then byte for byte. */
function expectSameOutput(actual: string, expected: string) {
  expect(jsonLines(actual).map((l) => l.id)).toEqual(jsonLines(expected).map((l) => l.id));
  expect(actual === expected, 'the outputs hold the same ids but differ in content').toBe(true);
}

function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

/** `count` distinct news-like articles as JSONL (the sample with a numbered closing paragraph). */
function syntheticJsonl(count: number): string {
  return Array.from({ length: count }, (_, i) => JSON.stringify({ id: `n${i}`, text: `${SAMPLE}\n\nUpdate ${i}: officials said on Monday that ${i % 7} more talks were planned.\n`, source: i % 2 ? 'Wire' : 'Daily' })).join('\n') + '\n';
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'marginalia-batch-'));
  corpus = join(root, 'corpus');
  mkdirSync(join(corpus, 'sub'), { recursive: true });
  writeFileSync(join(corpus, 'a.txt'), SAMPLE);
  writeFileSync(join(corpus, 'sub', 'b.md'), '# Talks stall\n\nThe minister **said** on Monday that talks had [stalled](https://example.org). Critics reportedly called it a disaster.\n');
  writeFileSync(join(corpus, 'c-empty.txt'), '');
  writeFileSync(join(corpus, 'd-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
  writeFileSync(
    join(corpus, 'e-feed.jsonl'),
    [
      '{"id":"j1","text":"Officials said on Tuesday that grain exports fell by 12 percent.","title":"Grain","source":"Wire","url":"https://wire.example/j1"}',
      '{"id":"j2","text":',
      '{"text":"no id here"}',
      '{"id":"j4","text":"The president reportedly warned that the deal may collapse. \\"We will not accept it,\\" he said.","source":"Daily"}',
    ].join('\n') + '\n',
  );
  if (!existsSync(BIN)) throw new Error(`Build the CLI first (npx tsup in apps/marginalia): ${BIN} is missing.`);
});

describe('marginalia batch over good, empty, binary and malformed items', () => {
  it('writes JSONL in input order to standard output, records every failure and exits 1', () => {
    const { status, stdout, stderr } = batch(['corpus', '--jobs', '2']);
    expectNoStackTrace(stderr);
    expect(status).toBe(1);
    const lines = jsonLines(stdout);
    expect(lines.map((l) => l.id)).toEqual(['corpus/a.txt', 'j1', 'j4', 'corpus/sub/b.md']);
    const validate = new Ajv({ strict: false }).compile(analysisSchema);
    for (const line of lines) {
      const { id, path, hash, ...article } = line;
      expect(typeof path).toBe('string');
      expect(hash).toMatch(/^[0-9a-f]{16}$/);
      expect(validate(article), `${String(id)}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(lines[1]).toMatchObject({ path: 'corpus/e-feed.jsonl:1', meta: { title: 'Grain', source: 'Wire', url: 'https://wire.example/j1' } });
    const errors = jsonLines(readFileSync(join(root, 'marginalia-errors.jsonl'), 'utf8'));
    expect(errors.map((e) => [e.id, e.path, e.problem])).toEqual([
      ['corpus/c-empty.txt', 'corpus/c-empty.txt', 'empty'],
      ['corpus/d-binary.txt', 'corpus/d-binary.txt', 'binary'],
      ['corpus/e-feed.jsonl:2', 'corpus/e-feed.jsonl:2', 'json'],
      ['corpus/e-feed.jsonl:3', 'corpus/e-feed.jsonl:3', 'json'],
    ]);
    for (const e of errors) expect(e.message).toMatch(/\S/);
    expect(stderr).toMatch(/4 analysed .*4 failed: see marginalia-errors\.jsonl/);
  });

  it('records an article over its --timeout as failed with the reason, and goes on', () => {
    // A budget of 1 ms that no analysis on a worker thread can meet (no wall-clock assertion: the
    // outcome is the failure record, whatever the machine's speed).
    const { status, stderr } = batch(['corpus/a.txt', 'corpus/sub/b.md', '--jobs', '1', '--timeout', '0.001', '--out', 'timeout.jsonl', '--quiet']);
    expectNoStackTrace(stderr);
    expect(status).toBe(1);
    const errors = jsonLines(readFileSync(join(root, 'timeout.errors.jsonl'), 'utf8'));
    expect(errors.map((e) => [e.id, e.problem])).toEqual([
      ['corpus/a.txt', 'timeout'],
      ['corpus/sub/b.md', 'timeout'],
    ]);
    expect(errors[0].message).toMatch(/took longer than 0\.001 s \(--timeout\) and was stopped; the article was skipped/);
    expect(batch(['corpus/a.txt', '--timeout', 'soon']).stderr).toMatch(/--timeout takes a number of seconds \(0 for no limit\); got "soon"/);
  });

  it('gives byte-identical output with one worker and with two', () => {
    const one = batch(['corpus', '--jobs', '1', '--out', 'one.jsonl', '--quiet']);
    const two = batch(['corpus', '--jobs', '2', '--out', 'two.jsonl', '--quiet']);
    expect([one.status, two.status]).toEqual([1, 1]);
    expect(one.stdout + two.stdout).toBe('');
    const [oneText, twoText] = ['one.jsonl', 'two.jsonl'].map((f) => readFileSync(join(root, f), 'utf8'));
    expect(jsonLines(twoText).map((l) => l.id)).toEqual(jsonLines(oneText).map((l) => l.id));
    expect(twoText === oneText).toBe(true);
    expect(jsonLines(readFileSync(join(root, 'one.errors.jsonl'), 'utf8'))).toHaveLength(4);
  });

  it('reads JSONL from standard input, with a glob beside it', () => {
    const { status, stdout } = batch(['-', 'corpus/sub/*.md', '--quiet'], { input: '{"id":"s1","text":"The mayor said the bridge will reopen."}\n' });
    expect(status).toBe(0);
    expect(jsonLines(stdout).map((l) => l.id)).toEqual(['s1', 'corpus/sub/b.md']);
  });

  itWithDuckDb('fills the DuckDB tables, keyed so that one query answers a corpus question', async ({ DuckDBInstance }) => {
    const { status, stderr } = batch(['corpus', '--db', 'corpus.duckdb', '--summary', '--quiet']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/Corpus summary[\s\S]*articles\s+4[\s\S]*failures\s+4 \(empty 1, binary 1, json 2\)[\s\S]*top quoted sources/);
    expect(jsonLines(readFileSync(join(root, 'corpus.errors.jsonl'), 'utf8'))).toHaveLength(4);
    const connection = await (await DuckDBInstance.create(join(root, 'corpus.duckdb'))).connect();
    const rows = async (sql: string): Promise<Array<Record<string, unknown>>> => (await connection.runAndReadAll(sql)).getRowObjectsJson();
    expect(await rows('SELECT article_id, outlet FROM articles ORDER BY article_id')).toEqual([
      { article_id: 'corpus/a.txt', outlet: null },
      { article_id: 'corpus/sub/b.md', outlet: null },
      { article_id: 'j1', outlet: 'Wire' },
      { article_id: 'j4', outlet: 'Daily' },
    ]);
    for (const table of ['paragraphs', 'sentences', 'entities', 'mentions', 'attributions', 'claims', 'techniques']) {
      const [{ n }] = await rows(`SELECT count(*)::INTEGER AS n FROM ${table}`);
      expect(n, table).toBeGreaterThan(0);
      const [{ orphans }] = await rows(`SELECT count(*)::INTEGER AS orphans FROM ${table} t ANTI JOIN articles a USING (article_id)`);
      expect(orphans, table).toBe(0);
    }
    const quoted = await rows(`
      SELECT coalesce(e.name, a.source_text) AS source, count(*)::INTEGER AS quotes
      FROM attributions a LEFT JOIN entities e ON e.article_id = a.article_id AND e.entity_id = a.source_entity_id
      WHERE a.source_text IS NOT NULL GROUP BY ALL ORDER BY quotes DESC, source LIMIT 3`);
    expect(quoted.length).toBeGreaterThan(0);
    const hedged = await rows(`
      SELECT ar.outlet, count(*) FILTER (WHERE c.hedges > 0)::INTEGER AS hedged, count(*)::INTEGER AS claims
      FROM claims c JOIN articles ar USING (article_id) WHERE ar.outlet IS NOT NULL GROUP BY ar.outlet ORDER BY ar.outlet`);
    expect(hedged.map((r) => r.outlet)).toEqual(['Daily', 'Wire']);
    connection.closeSync();
  });

  itWithDuckDb('records a second article with the same id as a failure rather than breaking the database key', async ({ DuckDBInstance }) => {
    writeFileSync(join(root, 'dupes.jsonl'), '{"id":"x","text":"The mayor said the bridge will reopen."}\n{"id":"x","text":"Another story entirely, officials said."}\n');
    const { status, stderr } = batch(['dupes.jsonl', '--db', 'dupes.duckdb', '--quiet']);
    expectNoStackTrace(stderr);
    expect(status).toBe(1);
    const [failure] = jsonLines(readFileSync(join(root, 'dupes.errors.jsonl'), 'utf8'));
    expect(failure).toMatchObject({ id: 'x', path: 'dupes.jsonl:2', problem: 'duplicate-id' });
    const connection = await (await DuckDBInstance.create(join(root, 'dupes.duckdb'))).connect();
    expect((await connection.runAndReadAll('SELECT path FROM articles')).getRowObjectsJson()).toEqual([{ path: 'dupes.jsonl:1' }]);
    connection.closeSync();
  });

  itWithDuckDb('writes the same tables as CSV files with a header row', () => {
    const { status } = batch(['corpus', '--csv', 'csv', '--quiet']);
    expect(status).toBe(1);
    const articles = readFileSync(join(root, 'csv', 'articles.csv'), 'utf8').trim().split('\n');
    expect(articles[0]).toBe('article_id,path,hash,title,url,date,outlet,chars,paragraphs,sentences,entities,attributions,claims,techniques');
    expect(articles.slice(1).map((l) => l.split(',')[0])).toEqual(['corpus/a.txt', 'j1', 'j4', 'corpus/sub/b.md']);
    for (const table of ['paragraphs', 'sentences', 'entities', 'mentions', 'attributions', 'claims', 'techniques']) {
      expect(readFileSync(join(root, 'csv', `${table}.csv`), 'utf8'), table).toMatch(/^article_id,/);
    }
    expect(jsonLines(readFileSync(join(root, 'csv', 'errors.jsonl'), 'utf8'))).toHaveLength(4);
  });

  it('refuses bad usage with one line and exit 2', () => {
    for (const args of [[], ['corpus', '--jobs', 'many'], ['corpus', '--resume']]) {
      const { status, stderr } = batch(args);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

// Real runs of 240 articles, killed and resumed: allow minutes on a busy shared machine.
describe('interrupted runs', { timeout: 150_000 }, () => {
  const ARTICLES = 240;
  let reference: string;

  beforeAll(() => {
    writeFileSync(join(root, 'many.jsonl'), syntheticJsonl(ARTICLES));
    const full = batch(['many.jsonl', '--out', 'reference.jsonl', '--jobs', '2', '--quiet']);
    expect(full.status, full.stderr).toBe(0);
    reference = readFileSync(join(root, 'reference.jsonl'), 'utf8');
    expect(jsonLines(reference)).toHaveLength(ARTICLES);
    // A real batch run of 240 articles: minutes on a busy shared machine, not the default 10 s.
  }, 180_000);

  /**
   * Starts a run and sends `signal` once its output holds some lines; resolves to the exit code.
   * `group`: to the whole process group, as a terminal's Ctrl-C does (else to the process started).
   */
  function runAndStop(args: string[], output: string, signal: NodeJS.Signals, options: { group?: boolean } = {}): Promise<{ code: number | null; stderr: string; batchPids: number[] }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, 'batch', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], detached: options.group });
      let stderr = '';
      let batchPids: number[] = [];
      child.stderr.on('data', (d) => (stderr += d));
      const poll = setInterval(() => {
        if (existsSync(output) && statSync(output).size > 20 * 2000) {
          clearInterval(poll);
          batchPids = childPids(child.pid!);
          if (options.group) process.kill(-child.pid!, signal);
          else child.kill(signal);
        }
      }, 5);
      child.on('exit', (code) => {
        clearInterval(poll);
        resolve({ code, stderr, batchPids });
      });
    });
  }

  /** The processes `pid` started (Linux: /proc); empty where that cannot be read. */
  function childPids(pid: number): number[] {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  }

  /** Whether `pid` still runs (a zombie, dead but not yet reaped by its new parent, does not). */
  const alive = (pid: number) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
    } catch {
      return false;
    }
  };

  it.runIf(existsSync('/proc/self/task'))('runs the batch in a process of its own with --single-threaded-gc, which stops when the launcher is killed', async () => {
    const out = join(root, 'launcher.jsonl');
    const killed = await runAndStop(['many.jsonl', '--out', 'launcher.jsonl', '--jobs', '1', '--quiet'], out, 'SIGKILL');
    expect(killed.code).toBe(null);
    expect(killed.batchPids).toHaveLength(1);
    const [pid] = killed.batchPids;
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 10));
    expect(alive(pid), 'the batch process outlived its launcher').toBe(false);
    const size = statSync(out).size;
    await new Promise((r) => setTimeout(r, 300));
    expect(statSync(out).size).toBe(size);
  });

  it.runIf(existsSync('/proc/self/task'))('the batch process is started with --single-threaded-gc', async () => {
    const child = spawn(process.execPath, [BIN, 'batch', '-', '--quiet'], { cwd: root, stdio: ['pipe', 'ignore', 'ignore'] });
    try {
      // Between fork and exec the child still shows the launcher's command line, so read it until
      // it carries the flag, or judge what it shows after 5 s.
      await vi.waitFor(() => {
        const [pid] = childPids(child.pid!);
        expect(pid, 'the launcher started the batch process').toBeDefined();
        expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain('--single-threaded-gc');
      }, { timeout: 5000, interval: 5 });
    } finally {
      child.stdin!.end();
    }
  });

  it('a Ctrl-C on a terminal, which reaches the launcher and the batch process both, counts once', async () => {
    const out = join(root, 'ctrl-c.jsonl');
    const stopped = await runAndStop(['many.jsonl', '--out', 'ctrl-c.jsonl', '--jobs', '2', '--quiet'], out, 'SIGINT', { group: true });
    expectNoStackTrace(stopped.stderr);
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).not.toMatch(/stopped at once/);
    const partial = readFileSync(out, 'utf8');
    expect(partial.endsWith('\n')).toBe(true);
    expect(reference.startsWith(partial)).toBe(true);
  });

  it('a killed run resumes to the complete output, with no line duplicated or torn', async () => {
    const out = join(root, 'killed.jsonl');
    const killed = await runAndStop(['many.jsonl', '--out', 'killed.jsonl', '--jobs', '2', '--quiet'], out, 'SIGKILL');
    expect(killed.code).toBe(null);
    expect(readFileSync(out, 'utf8').length).toBeLessThan(reference.length);
    const resumed = batch(['many.jsonl', '--out', 'killed.jsonl', '--jobs', '2', '--resume', '--summary', '--quiet']);
    expectNoStackTrace(resumed.stderr);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/articles +\d+ \(\+\d+ already done, skipped\)/);
    expectSameOutput(readFileSync(out, 'utf8'), reference);
  });

  itWithDuckDb('a killed run writing JSONL and DuckDB resumes both to complete, duplicate-free outputs', async ({ DuckDBInstance }) => {
    const out = join(root, 'killed-db.jsonl');
    const killed = await runAndStop(['many.jsonl', '--out', 'killed-db.jsonl', '--db', 'killed.duckdb', '--jobs', '2', '--quiet'], out, 'SIGKILL');
    expect(killed.code).toBe(null);
    const resumed = batch(['many.jsonl', '--out', 'killed-db.jsonl', '--db', 'killed.duckdb', '--jobs', '2', '--resume', '--quiet']);
    expectNoStackTrace(resumed.stderr);
    expect(resumed.status).toBe(0);
    expectSameOutput(readFileSync(out, 'utf8'), reference);
    const connection = await (await DuckDBInstance.create(join(root, 'killed.duckdb'))).connect();
    const [{ n, ids }] = (await connection.runAndReadAll('SELECT count(*)::INTEGER AS n, count(DISTINCT article_id)::INTEGER AS ids FROM articles')).getRowObjectsJson();
    expect([n, ids]).toEqual([ARTICLES, ARTICLES]);
    const [{ sentences }] = (await connection.runAndReadAll('SELECT count(*)::INTEGER AS sentences FROM sentences')).getRowObjectsJson();
    const expectedSentences = jsonLines(reference).reduce((sum, line) => sum + (line.sentences as unknown[]).length, 0);
    expect(sentences).toBe(expectedSentences);
    connection.closeSync();
  });

  it('Ctrl-C finishes the lines in flight, exits 130, and --resume completes the run', async () => {
    const out = join(root, 'interrupted.jsonl');
    const stopped = await runAndStop(['many.jsonl', '--out', 'interrupted.jsonl', '--jobs', '2', '--quiet'], out, 'SIGINT');
    expectNoStackTrace(stopped.stderr);
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/--resume/);
    const partial = readFileSync(out, 'utf8');
    expect(partial.endsWith('\n')).toBe(true);
    expect(reference.startsWith(partial), 'the interrupted output is a prefix of the full one').toBe(true);
    const resumed = batch(['many.jsonl', '--out', 'interrupted.jsonl', '--jobs', '2', '--resume', '--quiet']);
    expect(resumed.status).toBe(0);
    expectSameOutput(readFileSync(out, 'utf8'), reference);
  });

  it('a resume of a finished run analyses nothing and changes nothing', () => {
    const again = batch(['many.jsonl', '--out', 'reference.jsonl', '--resume']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`0 analysed .*${ARTICLES} already done`));
    expectSameOutput(readFileSync(join(root, 'reference.jsonl'), 'utf8'), reference);
  });
});

describe('a run never reads what it writes; resume keeps repeated articles', () => {
  it('batch DIR --out DIR/out.jsonl ends, with one line per article (its output and errors file are not inputs)', () => {
    const dir = join(root, 'self');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'one.txt'), 'Officials said on Monday that talks had stalled.\n');
    writeFileSync(join(dir, 'two.txt'), 'The minister reportedly warned that the deal may collapse.\n');
    writeFileSync(join(dir, 'three-empty.txt'), '');
    for (let run = 0; run < 2; run++) {
      // The second run finds the first run's out.jsonl and out.errors.jsonl in the folder: still not inputs.
      const result = batch([dir, '--out', join(dir, 'out.jsonl'), '--jobs', '1', '--quiet']);
      expectNoStackTrace(result.stderr);
      expect(result.status, result.stderr).toBe(1);
      expect(jsonLines(readFileSync(join(dir, 'out.jsonl'), 'utf8')).map((l) => l.id)).toEqual([join(dir, 'one.txt'), join(dir, 'two.txt')]);
      expect(jsonLines(readFileSync(join(dir, 'out.errors.jsonl'), 'utf8')).map((l) => l.problem)).toEqual(['empty']);
    }
  });

  it('--resume reproduces an uninterrupted run exactly, repeated identical lines included', () => {
    const line = (id: string, text: string) => JSON.stringify({ id, text });
    const repeated = [line('r', 'Officials said on Monday that talks had stalled.'), line('s', 'Critics reportedly called it a disaster.')];
    const input = [repeated[0], repeated[0], repeated[1], repeated[0], repeated[0], repeated[1]].join('\n') + '\n';
    writeFileSync(join(root, 'repeats.jsonl'), input);
    const full = batch(['repeats.jsonl', '--out', 'repeats-full.jsonl', '--jobs', '1', '--quiet']);
    expect(full.status, full.stderr).toBe(0);
    const expected = readFileSync(join(root, 'repeats-full.jsonl'), 'utf8');
    expect(jsonLines(expected).map((l) => l.id)).toEqual(['r', 'r', 's', 'r', 'r', 's']);
    // A run killed after two lines (the second torn), then resumed.
    const lines = expected.split('\n');
    writeFileSync(join(root, 'repeats-resumed.jsonl'), `${lines[0]}\n${lines[1].slice(0, 40)}`);
    const resumed = batch(['repeats.jsonl', '--out', 'repeats-resumed.jsonl', '--jobs', '1', '--resume', '--quiet']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expectSameOutput(readFileSync(join(root, 'repeats-resumed.jsonl'), 'utf8'), expected);
  });
});
