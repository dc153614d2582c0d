import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { BatchError } from './batch-error.js';
import type { AnalyseOptions, BatchResult, BatchTask, FailedResult } from './types.js';
import type { WorkerData } from './worker.js';

/** Something that turns tasks into results: a pool of worker threads, or (in tests) the calling thread. */
export interface Analyser {
  analyse(task: BatchTask): Promise<BatchResult>;
  close(): Promise<void>;
}

/**
 * The built worker file. The batch code is bundled into a chunk in dist/, the worker
 * into dist/batch/worker.js; when this module runs unbundled the worker sits beside it.
 */
export function workerFile(): string {
  const candidates = [new URL('./batch/worker.js', import.meta.url), new URL('./worker.js', import.meta.url)].map((u) => fileURLToPath(u));
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new BatchError(`The batch worker is missing (looked for ${candidates.join(' and ')}): build the CLI with \`npx tsup\` in apps/marginalia.`);
  }
  return found;
}

/**
 * Explicit heap limits keep each worker's memory flat over a long run: with V8's defaults the
 * heap kept growing for thousands of articles. The young generation: 8 MB scavenged often and
 * promoted much of an article's garbage to the old generation; 32 MB took ~7% less worker CPU
 * (2,000 articles, --jobs 1) but its peak memory grew 10% from 2,000 to 20,000 articles (3% at
 * 8 MB); 16 MB sits between. An article that needs more than 1 GB fails alone (recorded) and
 * the worker is replaced.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 };

/**
 * A piscina pool of `jobs` worker threads. Two tasks per worker: the next article is already
 * waiting when one finishes, so a worker never idles for the round trip through the parent
 * (which bounds the tasks in flight itself, see ordered-runner.ts). A worker that dies (out of
 * memory, a crash in native code) fails the article it was on, not the run; piscina replaces it.
 * `timeoutMs` (--timeout; 0: none) bounds each article's analysis: one over it is recorded as
 * failed (problem `timeout`) and its worker replaced. `filename` is the worker (tests give their own).
 */
export function workerPoolAnalyser(jobs: number, options: AnalyseOptions, done: ReadonlySet<string>, timeoutMs = 0, filename = workerFile()): Analyser {
  const workerData: WorkerData = { options, done: [...done] };
  const pool = new Piscina({
    filename,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    concurrentTasksPerWorker: 2,
    workerData,
    resourceLimits: RESOURCE_LIMITS,
  });
  let started = false;
  // With a time limit, at most `jobs` tasks are in the pool, so each starts on a worker at once and
  // its clock measures its own analysis, not a wait in the queue. The analysis is synchronous, so an
  // article over its budget cannot stop itself: the abort makes piscina terminate its worker and start
  // another. piscina runs a task that has an AbortSignal alone on its worker, so no other article is
  // lost with it.
  const slots = timeoutMs > 0 ? new Slots(jobs) : undefined;
  const run = async (task: BatchTask): Promise<BatchResult> => {
    if (!slots) return (await pool.run(task)) as BatchResult;
    await slots.take();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TaskTimeout(timeoutMs)), timeoutMs);
    try {
      return (await pool.run(task, { signal: controller.signal })) as BatchResult;
    } catch (error) {
      if (controller.signal.aborted) return timedOut(task, timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
      slots.give();
    }
  };
  return {
    async analyse(task) {
      try {
        const result = await run(task);
        started = true;
        return result;
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        if (!started && /Cannot find module|ERR_MODULE_NOT_FOUND|SyntaxError/.test(reason)) {
          throw new BatchError(`The batch worker could not start (${reason}): rebuild the CLI with \`npx tsup\` in apps/marginalia, or run with --jobs 0 to see the error in full.`);
        }
        return workerDied(task, reason);
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}

class TaskTimeout extends Error {
  constructor(ms: number) {
    super(`took longer than ${ms / 1000} s`);
  }
}

/** A counting semaphore: at most `free` holders at once, the rest wait in order. */
class Slots {
  private readonly waiting: Array<() => void> = [];
  constructor(private free: number) {}
  take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/** The failure recorded for an article over its time budget (--timeout). */
export function timedOut(task: BatchTask, timeoutMs: number): FailedResult {
  return {
    status: 'failed',
    id: task.id,
    path: task.path,
    message: `The analysis of ${task.path} took longer than ${timeoutMs / 1000} s (--timeout) and was stopped; the article was skipped. Try it alone with \`marginalia analyze\`, or raise --timeout.`,
    problem: 'timeout',
  };
}

function workerDied(task: BatchTask, reason: string): FailedResult {
  return {
    status: 'failed',
    id: task.id,
    path: task.path,
    message: `The worker analysing ${task.path} stopped (${reason}); the article was skipped. Try it alone with \`marginalia analyze\`.`,
    problem: 'analysis',
  };
}

/** Analyses on the calling thread (--jobs 0): for tests and debugging. Loads the analysis only then. */
export function inProcessAnalyser(options: AnalyseOptions, done: ReadonlySet<string>): Analyser {
  const loading = import('./analyse-task.js');
  return {
    analyse: async (task) => (await loading).analyseTask(task, options, done),
    async close() {},
  };
}
