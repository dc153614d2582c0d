import { Queue, UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import { BatchError } from '../batch/batch-error.js';
import type { BatchTask } from '../batch/types.js';
import { FleetAnalyser, TimeBudgetError } from './analyser.js';
import { reasonOf, redisConnection } from './connection.js';
import type { ArticleJob } from './jobs.js';
import { isUnavailable } from './pg-store.js';
import { openStore, type ResultStore } from './store.js';
import { BatchedWriter } from './writer.js';

export interface WorkerOptions {
  redis: string;
  queue: string;
  db: string;
  /** Analysis threads. */
  threads: number;
  exitWhenIdle: boolean;
  /** Time budget of one article's analysis. */
  timeoutSeconds: number;
  /** How long a job stays this worker's without a sign of life before another worker takes it (BullMQ's lock). */
  lockSeconds: number;
  offsets: 'utf16' | 'codepoint';
  minConfidence?: number;
  maxBytes: number;
  quiet: boolean;
  progressIntervalMs: number;
}

export interface WorkerOutcome {
  analysed: number;
  already: number;
  failed: number;
  seconds: number;
}

/** Problems that are the article's, not the moment's: failing again would give the same answer. */
const FINAL = new Set(['empty', 'binary', 'encoding', 'too-large', 'missing', 'json', 'unreadable', 'duplicate-id', 'analysis']);

/**
 * Takes article jobs from the queue, analyses them on worker threads and writes each result to
 * the database before the job is acknowledged. Runs until `signal` aborts (then finishes the jobs
 * in hand) or, with `exitWhenIdle`, until the queue has nothing waiting, active or delayed.
 */
export async function runWorker(options: WorkerOptions, log: (line: string) => void, signal: AbortSignal, force: AbortSignal): Promise<WorkerOutcome> {
  const startedAt = performance.now();
  const store = await openWithRetry(options, log, signal);
  if (!store) return { analysed: 0, already: 0, failed: 0, seconds: 0 };
  // Analysis threads that cannot start (a broken or half-built install) stop this worker; its jobs go back, unspent.
  const broken = new AbortController();
  let brokenReason = '';
  const threadFailed = (error: unknown) => {
    const reason = reasonOf(error);
    if (/Cannot find module|ERR_MODULE_NOT_FOUND|SyntaxError/.test(reason)) {
      if (!broken.signal.aborted) {
        brokenReason = reason;
        broken.abort();
      }
    } else log(`an analysis thread stopped (${reason}); another takes its place.`);
  };
  const analyser = new FleetAnalyser(options.threads, { maxBytes: options.maxBytes, rows: true, summary: false, minConfidence: options.minConfidence, offsets: options.offsets }, options.timeoutSeconds * 1000, threadFailed);
  const writer = new BatchedWriter(store, log);
  const outcome: WorkerOutcome = { analysed: 0, already: 0, failed: 0, seconds: 0 };

  const processor = async (job: Job<ArticleJob>, token?: string): Promise<string> => {
    const data = job.data;
    if (data.problem !== undefined) throw new UnrecoverableError(`${data.problem}: ${data.message}`);
    const task: BatchTask = { id: data.id, path: data.path, text: data.text ?? '', meta: data.meta ?? {} };
    let result;
    try {
      result = await analyser.analyse(task);
    } catch (error) {
      if (error instanceof TimeBudgetError) throw new Error(`timeout: ${data.path}: ${error.message}; tried ${job.attemptsMade + 1} of ${job.opts.attempts ?? 1} times.`);
      const reason = reasonOf(error);
      if (/Cannot find module|ERR_MODULE_NOT_FOUND|SyntaxError/.test(reason)) {
        threadFailed(error);
        await job.moveToWait(token);
        throw new WaitingError();
      }
      throw new Error(`analysis: the thread analysing ${data.path} stopped (${reason}).`);
    }
    if (result.status === 'failed') {
      const message = `${result.problem}: ${result.message}`;
      throw FINAL.has(result.problem) && !/ stopped \(/.test(result.message) ? new UnrecoverableError(message) : new Error(message);
    }
    if (result.status !== 'analysed' || !result.rows) throw new Error(`analysis: ${data.path} gave no rows (status ${result.status}); this is a bug.`);
    const hash = String(result.rows.articles[0][2]);
    const written = await writer.write({ id: result.id, hash, rows: result.rows });
    if (written === 'conflict') {
      throw new UnrecoverableError(`duplicate-id: another article with the id ${result.id} (other text) is already in ${store.label}, which keys articles by id: give every article a unique id.`);
    }
    if (written === 'written') outcome.analysed++;
    else outcome.already++;
    return written;
  };

  const connection = redisConnection(options.redis);
  const worker = new Worker<ArticleJob, string>(options.queue, processor, {
    connection,
    // Jobs in hand: two analysing per thread, and as many more waiting for their batched write.
    concurrency: options.threads * 4,
    lockDuration: options.lockSeconds * 1000,
    stalledInterval: Math.max(1000, (options.lockSeconds * 1000) / 2),
    // A job whose worker vanished is taken again twice more; a job that kills every worker that takes it then fails.
    maxStalledCount: 2,
    autorun: false,
  });

  let redisDown = false;
  worker.on('error', (error) => {
    if (redisDown) return;
    redisDown = true;
    log(`Redis at ${options.redis} is unavailable (${reasonOf(error)}): reconnecting; jobs in hand are finished and kept.`);
  });
  const back = () => {
    if (!redisDown) return;
    redisDown = false;
    log(`Redis at ${options.redis} is reachable again: going on.`);
  };
  worker.on('active', back);
  worker.on('completed', back);
  worker.on('failed', (job, error) => {
    if (job && (error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1))) outcome.failed++;
  });

  const progress = options.quiet
    ? undefined
    : setInterval(() => {
        const s = (performance.now() - startedAt) / 1000;
        log(`${outcome.analysed} analysed (${(outcome.analysed / s).toFixed(1)}/s), ${outcome.already} already stored, ${outcome.failed} failed.`);
      }, options.progressIntervalMs);
  progress?.unref();

  const running = worker.run();
  const stopWhen = new Promise<void>((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
    broken.signal.addEventListener('abort', () => resolve(), { once: true });
    if (options.exitWhenIdle) void watchIdle(options, worker, signal).then(resolve);
  });
  await Promise.race([stopWhen, running]);
  force.addEventListener('abort', () => {
    writer.stop();
    void worker.close(true);
  }, { once: true });
  // Finishes the jobs in hand (a forced stop leaves them to the stalled-job check: another worker takes them).
  await worker.close(force.aborted);
  await running.catch(() => {});
  clearInterval(progress);
  await writer.close();
  await analyser.close();
  await store.close();
  outcome.seconds = (performance.now() - startedAt) / 1000;
  if (brokenReason) {
    throw new BatchError(`the analysis threads cannot start (${brokenReason}): rebuild the CLI (npx turbo run build --filter=marginalia...). The jobs taken were put back on the queue.`);
  }
  return outcome;
}

/** Resolves once the queue has nothing waiting, active, delayed or prioritised for a few checks in a row. */
async function watchIdle(options: WorkerOptions, worker: Worker, signal: AbortSignal): Promise<void> {
  const queue = new Queue(options.queue, { connection: redisConnection(options.redis) });
  queue.on('error', () => {});
  let quiet = 0;
  try {
    while (!signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      try {
        const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children');
        const busy = Object.values(counts).some((n) => n > 0) || worker.isRunning() === false;
        quiet = busy ? 0 : quiet + 1;
        if (quiet >= 3) return;
      } catch {
        quiet = 0;
      }
    }
  } finally {
    await queue.close().catch(() => {});
  }
}

async function openWithRetry(options: WorkerOptions, log: (line: string) => void, signal: AbortSignal): Promise<ResultStore | undefined> {
  let delay = 500;
  let said = false;
  for (;;) {
    try {
      const store = await openStore(options.db, { offsets: options.offsets });
      if (said) log(`${store.label} is reachable: starting.`);
      return store;
    } catch (error) {
      const cause = error instanceof BatchError ? (error as Error & { cause?: unknown }).cause : error;
      if (!isUnavailable(cause)) throw error instanceof BatchError ? error : new BatchError(`Cannot open --db ${options.db} (${reasonOf(error)}).`);
      if (!said) log(`the database ${options.db} is unavailable (${reasonOf(cause)}): waiting for it, retrying with backoff up to every 15 s.`);
      said = true;
      if (signal.aborted) return undefined;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 15_000);
    }
  }
}
