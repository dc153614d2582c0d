import type { Readable, Writable } from 'node:stream';
import { fileLineSink, type LineSink } from './line-sink.js';
import { runOrdered } from './ordered-runner.js';
import { openOutputs, outputPaths, type OutputOptions } from './outputs.js';
import { inProcessAnalyser, workerPoolAnalyser, type Analyser } from './pool.js';
import { Progress, type ProgressCounts } from './progress.js';
import { countInputItems, inputItems, type InputItem } from './sources.js';
import { CorpusSummary } from './summary.js';
import type { AnalyseOptions, BatchResult, BatchTask, FailedResult } from './types.js';

export interface BatchOptions extends OutputOptions {
  inputs: string[];
  /** Worker threads; 0 analyses on the calling thread (tests, debugging). */
  jobs: number;
  maxBytes: number;
  /** Leave out findings whose confidence is below this (0..1); undefined keeps all. */
  minConfidence?: number;
  /** Each article's time budget on a worker, in ms (--timeout); 0 or absent: none. Not applied with jobs 0. */
  timeoutMs?: number;
  summary: boolean;
  quiet: boolean;
  /** How often a plain progress line is printed when standard error is not a terminal. */
  progressIntervalMs: number;
}

export interface BatchStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

export interface BatchOutcome {
  analysed: number;
  skipped: number;
  failed: number;
  /** True when stopped by the signal (Ctrl-C) before the input ended. */
  interrupted: boolean;
  seconds: number;
  errorsPath: string;
}

/** Tasks started but not yet written, per worker: enough to keep every worker busy while the head is slow. */
const WINDOW_PER_JOB = 4;

/**
 * Analyses every article of the inputs on a pool of workers and writes the results
 * in input order to JSONL, DuckDB and CSV; bad articles go to the errors file and the
 * run goes on. When `signal` aborts, the lines in flight are finished and written.
 */
export async function runBatch(options: BatchOptions, streams: BatchStreams, signal?: AbortSignal): Promise<BatchOutcome> {
  const startedAt = performance.now();
  const outputs = await openOutputs(options, streams.stdout);
  const analyseOptions: AnalyseOptions = { maxBytes: options.maxBytes, rows: outputs.db !== undefined, summary: options.summary, minConfidence: options.minConfidence, offsets: options.offsets };
  const analyser: Analyser = options.jobs > 0 ? workerPoolAnalyser(options.jobs, analyseOptions, outputs.doneEverywhere, options.timeoutMs ?? 0) : inProcessAnalyser(analyseOptions, outputs.doneEverywhere);
  const summary = new CorpusSummary();
  const counts: ProgressCounts = { done: 0, failed: 0, skipped: 0, chars: 0 };
  const progress = options.quiet ? undefined : new Progress(streams.stderr, { terminal: Boolean(streams.stderr.isTTY), intervalMs: options.progressIntervalMs, width: streams.stderr.columns });
  if (progress && !options.inputs.includes('-')) {
    countInputItems(options.inputs, outputPaths(options)).then((total) => progress.setTotal(total), () => {});
  }
  let errors: LineSink | undefined;

  // `--out -` (a pipe for other engines, docs/fleet.md): a failure is a line of its own on standard
  // output, in input order, so every line in gives one line out; no errors file unless --errors.
  const pipe = options.out === '-';
  const recordFailure = async (failure: FailedResult) => {
    if (pipe) await outputs.jsonl!.sink.write(`${JSON.stringify({ id: failure.id, path: failure.path, error: failure.message, problem: failure.problem })}\n`);
    if (!pipe || options.errors) {
      errors ??= await fileLineSink(outputs.errorsPath, { append: false });
      await errors.write(`${JSON.stringify({ id: failure.id, path: failure.path, problem: failure.problem, message: failure.message })}\n`);
    }
    summary.addFailure(failure.problem);
    counts.failed++;
  };

  /** --resume: takes one of the lines an earlier run wrote for this key, if any is left. */
  const takeExisting = (key: string): boolean => {
    const left = outputs.jsonl?.remaining.get(key) ?? 0;
    if (left > 0) outputs.jsonl!.remaining.set(key, left - 1);
    return left > 0;
  };

  const emit = async (result: BatchResult, task?: BatchTask) => {
    counts.done++;
    if (result.status === 'skipped' && outputs.jsonl && !takeExisting(result.key) && task) {
      // A repeat beyond the copies the earlier run wrote (an input holding the same article
      // more than once): analyse it now, so the resumed file equals an uninterrupted run's.
      counts.done--;
      return emit(await analyser.analyse({ ...task, force: true }), undefined);
    }
    if (result.status === 'failed') await recordFailure(result);
    else if (result.status === 'skipped') {
      counts.skipped++;
      summary.skipped++;
    } else {
      const { jsonl, db } = outputs;
      const dbNeedsIt = db !== undefined && !db.has.has(result.key);
      if (dbNeedsIt && db.ids.has(result.id)) {
        await recordFailure({
          status: 'failed',
          id: result.id,
          path: result.path,
          problem: 'duplicate-id',
          message: `Another article with the id ${result.id} is already in the database (which keys articles by id), so ${result.path} was left out: give every article a unique id.`,
        });
      } else {
        if (jsonl && !takeExisting(result.key)) await jsonl.sink.write(result.line);
        if (dbNeedsIt && result.rows) {
          db.ids.add(result.id);
          await db.sink.add(result.rows);
        }
        summary.add(result.stats);
        counts.chars += result.stats.chars;
      }
    }
    progress?.update(counts);
  };

  type Started = { result: BatchResult; task?: BatchTask };
  const start = (item: InputItem): Promise<Started> =>
    item.kind === 'failed' ? Promise.resolve({ result: item.result }) : analyser.analyse(item.task).then((result) => ({ result, task: item.task }));

  let interrupted = false;
  try {
    const items = inputItems(options.inputs, { stdin: streams.stdin, exclude: outputPaths(options) });
    const outcome = await runOrdered(items, start, (started: Started) => emit(started.result, started.task), { window: WINDOW_PER_JOB * Math.max(1, options.jobs), signal });
    interrupted = outcome.stopped;
  } finally {
    await analyser.close();
    await outputs.jsonl?.sink.close();
    await errors?.close();
    if (outputs.db) {
      if (options.csv) {
        await outputs.db.sink.flush();
        const { exportCsv } = await import('./csv-export.js');
        await exportCsv(outputs.db.sink.connectionForExport, options.csv);
      }
      await outputs.db.sink.close();
    }
  }
  const seconds = (performance.now() - startedAt) / 1000;
  progress?.finish(counts);
  if (options.summary) streams.stderr.write(summary.format({ seconds }));
  return { analysed: summary.articles, skipped: counts.skipped, failed: counts.failed, interrupted, seconds, errorsPath: outputs.errorsPath };
}
