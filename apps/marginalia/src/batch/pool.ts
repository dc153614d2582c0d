import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { BatchError } from './batch-error.js';
import { analyseTask } from './analyse-task.js';
import type { BatchResult, BatchTask } from './types.js';
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

/** A piscina pool of `jobs` worker threads; `done` (resume keys) is given to each worker once, at start. */
export function workerPoolAnalyser(jobs: number, done: ReadonlySet<string>): Analyser {
  const workerData: WorkerData = { done: [...done] };
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    // No maxQueue: the parent bounds the tasks in flight itself (see ordered-runner.ts).
    idleTimeout: 60_000,
    // Two tasks per worker: the next article is already waiting when one finishes, so a worker
    // never idles for the round trip through the parent (and a file read overlaps an analysis).
    concurrentTasksPerWorker: 2,
    workerData,
    // Explicit heap limits keep each worker's memory flat over a long run: with V8's defaults the
    // heap kept growing for thousands of articles (peak +20% from 2,000 to 6,000 articles; flat with
    // these). An article that needs more than 1 GB fails alone (recorded) and the worker is replaced.
    resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 },
  });
  return {
    async analyse(task) {
      try {
        return (await pool.run(task)) as BatchResult;
      } catch (error) {
        // A worker that died (out of memory, a crash in native code) fails its article, not the run.
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        return { status: 'failed', id: task.id, path: task.path, message: `The worker analysing ${task.id} stopped (${reason}); the article was skipped. Try it alone with \`marginalia analyze\`.`, problem: 'analysis' };
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}

/** Analyses on the calling thread: for tests, and to compare against the pool. */
export function inProcessAnalyser(done: ReadonlySet<string>): Analyser {
  return {
    analyse: (task) => analyseTask(task, done),
    async close() {},
  };
}
