/**
 * `npm run bench -- batch [--articles 20000] [--small 2000] [--dir PATH] [--node-flags=FLAGS] [--keep]`: throughput of
 * `marginalia batch` with --jobs 1 and --jobs 2 (articles and characters a second, and their
 * ratio), and the peak memory (VmHWM of the batch process, worker threads included; the small launcher that starts it is shown apart) at
 * `--small` and at `--articles` articles. The corpus is generated deterministically as JSONL
 * (news-like, ~3 KB an article) unless --dir gives a folder of articles. Runs the built CLI:
 * build it first (npx tsup in packages/core, packages/ingest and apps/marginalia).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, type ToolArgs } from '../lib/cli.js';
import { syntheticArticle } from '../lib/synthetic-news.js';

export const summary = 'marginalia batch: articles/s and chars/s with --jobs 1 and 2 (ratio), peak memory at 2,000 and 20,000 articles';

const BIN = fileURLToPath(new URL('../../../apps/marginalia/bin/marginalia.js', import.meta.url));

/** A ~3 KB news-like article: one generated story followed by the body of another. */
export function benchArticle(seed: number): string {
  const second = syntheticArticle(seed + 1_000_000).split('\n\n').slice(1).join('\n\n');
  return `${syntheticArticle(seed).trimEnd()}\n\n${second}`;
}

/** Streams `count` articles as JSONL into `path`; resolves to the number of characters of text. */
async function writeCorpus(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const text = benchArticle(i + 1);
    chars += text.length;
    const line = `${JSON.stringify({ id: `bench-${i + 1}`, text, source: ['Wire', 'Daily', 'Herald', 'Post'][i % 4] })}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return chars;
}

interface RunFigures {
  seconds: number;
  /** Peak resident memory of the batch process, all threads (VmHWM), in bytes. */
  peakBytes: number;
  /** Peak resident memory of the launcher (bin/marginalia.js starts batch in a process of its own), in bytes. */
  launcherBytes: number;
  /** CPU time (clock ticks) of the batch process's threads: its main thread, the `jobs` busiest (the workers), the rest (V8 and libuv helpers). */
  ticks: { main: number; workers: number; helpers: number };
  exitCode: number | null;
  stderr: string;
}

/** Peak RSS so far of a live process, from /proc (0 when it has gone). */
function vmHwm(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The processes `pid` started (the batch process, under the launcher). */
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** User + system clock ticks of each thread of `pid`, by thread id (threads seen before keep their last reading). */
function threadTicks(pid: number, into: Map<number, number>): void {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        into.set(Number(tid), Number(fields[11]) + Number(fields[12]));
      } catch {
        // the thread has just ended
      }
    }
  } catch {
    // the process has ended
  }
}

function runBatch(args: string[], nodeFlags: string[], jobs: number): Promise<RunFigures> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeFlags, BIN, 'batch', ...args, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peakBytes = 0;
    let launcherBytes = 0;
    let batchPid: number | undefined;
    const ticks = new Map<number, number>();
    // VmHWM only grows, so the last reading before exit is the peak (sampled often enough to catch the end).
    // With MARGINALIA_BATCH_FLAGS=0 there is no launcher: the process started is the batch process.
    const poll = setInterval(() => {
      batchPid ??= childPids(child.pid!)[0];
      const pid = batchPid ?? child.pid!;
      peakBytes = Math.max(peakBytes, vmHwm(pid));
      if (batchPid !== undefined) launcherBytes = Math.max(launcherBytes, vmHwm(child.pid!));
      threadTicks(pid, ticks);
    }, 50);
    child.on('exit', (exitCode) => {
      clearInterval(poll);
      const pid = batchPid ?? child.pid!;
      const main = ticks.get(pid) ?? 0;
      const others = [...ticks].filter(([tid]) => tid !== pid).map(([, t]) => t).sort((a, b) => b - a);
      const workers = others.slice(0, jobs).reduce((a, b) => a + b, 0);
      const helpers = others.slice(jobs).reduce((a, b) => a + b, 0);
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes, launcherBytes, ticks: { main, workers, helpers }, exitCode, stderr });
    });
  });
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function run(args: ToolArgs): Promise<void> {
  if (!existsSync(BIN) || !existsSync(join(BIN, '../../dist/batch/worker.js'))) fail('Build the CLI first: npx tsup in packages/core, packages/ingest and apps/marginalia.', 1);
  const large = Number(args.options.get('articles') ?? 20_000);
  const small = Number(args.options.get('small') ?? 2_000);
  // e.g. --node-flags=--single-threaded-gc: V8 flags cannot be set per worker, only for the process.
  const flags = args.options.get('node-flags');
  const nodeFlags = typeof flags === 'string' ? flags.split(/\s+/).filter(Boolean) : [];
  const work = mkdtempSync(join(tmpdir(), 'marginalia-bench-batch-'));
  try {
    let largeInput: string;
    let smallInput: string;
    let largeChars: number;
    let largeCount: number;
    const dir = args.options.get('dir');
    if (typeof dir === 'string') {
      largeInput = dir;
      smallInput = dir;
      largeCount = Number.NaN;
      largeChars = Number.NaN;
      console.log(`corpus: the articles under ${dir} (articles and characters counted from the output)`);
    } else {
      largeInput = join(work, 'large.jsonl');
      smallInput = join(work, 'small.jsonl');
      largeChars = await writeCorpus(largeInput, large);
      await writeCorpus(smallInput, small);
      largeCount = large;
      console.log(`corpus: ${fmt(large)} generated news-like articles, ${fmt(largeChars)} characters (mean ${fmt(largeChars / large)}), as JSONL; and the first ${fmt(small)} of them`);
    }

    const out = join(work, 'out.jsonl');
    const figures: Record<string, RunFigures> = {};
    for (const [name, input, jobs] of [
      ['jobs1', largeInput, 1],
      ['jobs2', largeInput, 2],
      ['jobs2-small', smallInput, 2],
    ] as const) {
      const f = await runBatch([input, '--out', out, '--jobs', String(jobs)], nodeFlags, jobs);
      if (f.exitCode !== 0) fail(`marginalia batch ${input} --jobs ${jobs} exited ${f.exitCode}:\n${f.stderr}`, 1);
      if (Number.isNaN(largeCount) && name === 'jobs1') {
        // --dir: count what was analysed from the output.
        const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
        largeCount = lines.length;
        largeChars = lines.reduce((n, l) => n + (JSON.parse(l) as { text: string }).text.length, 0);
      }
      figures[name] = f;
      const rate = name === 'jobs2-small' ? '' : `: ${fmt(largeCount / f.seconds)} articles/s, ${fmt(largeChars / f.seconds)} chars/s`;
      const launcher = f.launcherBytes ? ` (+ launcher ${mb(f.launcherBytes)})` : '';
      const cpu = `CPU ticks: main thread ${f.ticks.main}, workers ${f.ticks.workers}, helper threads ${f.ticks.helpers}`;
      console.log(`--jobs ${jobs} over ${name === 'jobs2-small' ? fmt(small) : fmt(largeCount)} articles: ${f.seconds.toFixed(1)} s${rate}, peak memory ${mb(f.peakBytes)}${launcher}; ${cpu}`);
    }
    const ratio = figures.jobs1.seconds / figures.jobs2.seconds;
    const growth = figures.jobs2.peakBytes / figures['jobs2-small'].peakBytes - 1;
    console.log(`speed-up --jobs 2 / --jobs 1: ${ratio.toFixed(2)}x (target >= 1.8)`);
    console.log(`peak memory (--jobs 2): ${mb(figures['jobs2-small'].peakBytes)} at ${fmt(small)} articles, ${mb(figures.jobs2.peakBytes)} at ${fmt(largeCount)} articles (${growth >= 0 ? '+' : ''}${(100 * growth).toFixed(1)}%, target within 10%)`);
  } finally {
    if (!args.options.has('keep')) rmSync(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}
