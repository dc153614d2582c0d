/**
 * Analysis off the main thread, with progress: `analyseOffThread` runs `analyze()` in a
 * worker thread (the built `dist/analysis-worker.js`; in-process when that file is absent,
 * as when tests run the sources), so the main thread can draw, read keys and tick a
 * progress line while a long article is analysed.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type Article } from '@marginalia/core';
import { loadedShippedAnalyzer, shippedAnalyzer } from './shipped-analyzer.js';

const WORKER = new URL('./analysis-worker.js', import.meta.url);

export interface OffThread {
  result: Promise<Article>;
  /** Stops the analysis (the worker is terminated). */
  cancel(): void;
}

export function analyseOffThread(text: string, meta: Record<string, unknown>): OffThread {
  const path = WORKER.protocol === 'file:' ? fileURLToPath(WORKER) : '';
  if (!path || !existsSync(path)) return { result: shippedAnalyzer().analyze(text, { meta: meta as never }), cancel: () => undefined };
  // worker_threads loads here, when a long article needs it, not at every `marginalia analyze`.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const worker = new Worker(WORKER, { workerData: { text, meta } });
  const result = new Promise<Article>((resolve, reject) => {
    worker.once('message', (m: { article?: Article; error?: string }) => (m.article ? resolve(m.article) : reject(new Error(m.error ?? 'the analysis failed'))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the analysis worker stopped (exit ${code})`)));
  });
  result.finally(() => void worker.terminate()).catch(() => undefined);
  return { result, cancel: () => void worker.terminate() };
}

/**
 * Analyses with progress on standard error when the work may be long: off the main thread
 * (so the progress line can tick) for a long text, or any text over 20,000 characters on a
 * terminal; in-process otherwise (a worker costs its start-up).
 */
export function analyseWithProgress(text: string, meta: Record<string, unknown>, stderr: NodeJS.WritableStream & { isTTY?: boolean }, prefix: string, label: string): Promise<Article> {
  const worth = text.length > 200_000 || (Boolean(stderr.isTTY) && text.length > 20_000);
  const work = worth ? analyseOffThread(text, meta).result : analyseInProcess(text, meta);
  return withProgress(work, stderr, { prefix, label, chars: text.length });
}

/**
 * `analyze` in this thread, the models read synchronously first: a command analysing one article
 * has nothing else to do meanwhile, and reading them all at once spares the stages' waits on the
 * disk and fs/promises' chunked reads (about 25 ms of `marginalia analyze` on the sample).
 */
export async function analyseInProcess(text: string, meta: Record<string, unknown>): Promise<Article> {
  return loadedShippedAnalyzer().analyze(text, { meta: meta as never });
}

export interface ProgressOptions {
  /** Shown before "analysing": `marginalia analyze`. */
  prefix: string;
  /** What is analysed: a file name or URL. */
  label: string;
  chars: number;
  /** On a terminal a line updated in place from `tickMs`; else a plain line every `plainEveryMs` (only when long). */
  tickMs?: number;
  plainEveryMs?: number;
}

/**
 * Shows progress on standard error while `work` runs: on a terminal, after a moment, a line
 * updated in place ("analysing story.txt (52,110 characters)… 2.4 s") and cleared at the
 * end; elsewhere only when it is long, a plain line every 10 s. Returns `work`'s result.
 */
export async function withProgress<T>(work: Promise<T>, stderr: NodeJS.WritableStream & { isTTY?: boolean }, options: ProgressOptions): Promise<T> {
  const started = Date.now();
  const terminal = Boolean(stderr.isTTY);
  const every = terminal ? (options.tickMs ?? 250) : (options.plainEveryMs ?? 10_000);
  let shown = false;
  const line = () => `${options.prefix}: analysing ${options.label} (${options.chars.toLocaleString('en')} characters)… ${((Date.now() - started) / 1000).toFixed(1)} s`;
  const timer = setInterval(() => {
    if (terminal) stderr.write(`\r\u001b[2K${line()}`);
    else stderr.write(`${line()}\n`);
    shown = true;
  }, every);
  try {
    return await work;
  } finally {
    clearInterval(timer);
    if (shown && terminal) stderr.write('\r\u001b[2K');
  }
}
