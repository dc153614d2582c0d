import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BatchError } from './batch-error.js';
import type { AnalyseOptions, BatchResult, BatchTask, FailedResult } from './types.js';
import type { ResultMessage, TaskMessage, WorkerData } from './worker.js';

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

interface Pending {
  task: BatchTask;
  resolve(result: BatchResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Tasks posted and not yet answered, oldest first (a worker answers in order). */
  pending: Map<number, Pending>;
  ready: boolean;
  error?: Error;
}

/**
 * `jobs` worker threads fed with plain `postMessage`: a task is `[number, task]`, a result
 * `[number, result]` with the JSON line's bytes transferred. Each task goes to the worker with
 * the fewest unanswered, so the parent (which bounds the tasks in flight, see ordered-runner.ts)
 * keeps a few queued at every worker and none idles for a round trip through the parent.
 * A worker that dies (out of memory, a crash in native code) fails the article it was on; its
 * other articles go to the worker that replaces it.
 */
export function workerPoolAnalyser(jobs: number, options: AnalyseOptions, done: ReadonlySet<string>): Analyser {
  const filename = workerFile();
  const workerData: WorkerData = { options, done: [...done] };
  const slots: Slot[] = [];
  let nextId = 0;
  let closing = false;

  const post = (slot: Slot, id: number, pending: Pending) => {
    slot.pending.set(id, pending);
    slot.worker.postMessage([id, pending.task] satisfies TaskMessage);
  };

  const start = (index: number): Slot => {
    const worker = new Worker(filename, { workerData, resourceLimits: RESOURCE_LIMITS });
    const slot: Slot = { worker, pending: new Map(), ready: false };
    slots[index] = slot;
    worker.on('message', (message: ResultMessage) => {
      if (message === 'ready') {
        slot.ready = true;
        return;
      }
      const pending = slot.pending.get(message[0]);
      slot.pending.delete(message[0]);
      pending?.resolve(message[1]);
    });
    worker.on('error', (error) => (slot.error = error));
    worker.on('exit', (code) => {
      if (closing) return;
      const reason = slot.error ? slot.error.message.split('\n')[0] : `exit code ${code}`;
      const orphans = [...slot.pending.entries()];
      slot.pending.clear();
      if (!slot.ready) {
        // It never loaded: every worker would fail the same way.
        const error = new BatchError(`The batch worker could not start (${reason}): rebuild the CLI with \`npx tsup\` in apps/marginalia, or run with --jobs 0 to see the error in full.`);
        for (const [, pending] of orphans) pending.reject(error);
        return;
      }
      const replacement = start(index);
      orphans.forEach(([id, pending], i) => {
        if (i === 0) pending.resolve(workerDied(pending.task, reason));
        else post(replacement, id, pending);
      });
    });
    return slot;
  };
  for (let i = 0; i < jobs; i++) start(i);

  return {
    analyse(task) {
      let target = slots[0];
      for (const slot of slots) if (slot.pending.size < target.pending.size) target = slot;
      return new Promise<BatchResult>((resolve, reject) => post(target, nextId++, { task, resolve, reject }));
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
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
