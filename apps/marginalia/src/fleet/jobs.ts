import { contentHash } from '@marginalia/core';
import { isHttpUrl, isInputError, loadArticle, loadFile } from '@marginalia/ingest';
import { Queue } from 'bullmq';
import type { Readable } from 'node:stream';
import { parseJsonlLine } from '../batch/jsonl-input.js';
import { resumeKey } from '../batch/resume-key.js';
import { inputItems, type InputItem } from '../batch/sources.js';
import { redisConnection } from './connection.js';

/**
 * One job: one article, with its text (a worker may run on another machine, so it never reads
 * the enqueuer's files), or an article already known to be bad (`problem`): that one goes
 * straight to the failed set with its reason when a worker takes it.
 */
export interface ArticleJob {
  id: string;
  path: string;
  text?: string;
  meta?: Record<string, unknown>;
  problem?: string;
  message?: string;
}

/** Tries per job before it stays in the failed set; a bad article (empty, binary, ...) fails on its first. */
export const JOB_ATTEMPTS = 3;
/** First retry after this long, doubling: 2 s, 4 s. */
export const JOB_BACKOFF_MS = 2000;
/** Jobs added per round trip to Redis. */
const BULK = 500;

/**
 * The job id of an article: its resume key (the content hash of its id and text, as `batch
 * --resume` keys articles), so enqueuing the same article twice adds it once. BullMQ ids
 * may not be plain integers nor hold ':'; the hash is hex, prefixed.
 */
export function jobIdOf(job: ArticleJob): string {
  if (job.problem !== undefined) return `x${contentHash(`${job.id}\u0000${job.path}\u0000${job.problem}`)}`;
  return `a${resumeKey(job.id, contentHash(job.text ?? ''))}`;
}

/** Turns an input item into a job: reads a file or URL (with the size cap), parses a JSONL line. */
export async function jobOf(item: InputItem, maxBytes: number): Promise<ArticleJob> {
  if (item.kind === 'failed') return { id: item.result.id, path: item.result.path, problem: item.result.problem, message: item.result.message };
  let task = item.task;
  if (task.line !== undefined) {
    const parsed = parseJsonlLine(task.line, task.path, maxBytes);
    if (parsed.kind === 'failed') return { id: parsed.result.id, path: parsed.result.path, problem: parsed.result.problem, message: parsed.result.message };
    task = parsed.task;
  }
  if (task.text !== undefined) return { id: task.id, path: task.path, text: task.text, meta: task.meta ?? {} };
  try {
    const loaded = await (isHttpUrl(task.path) ? loadArticle(task.path, { maxBytes }) : loadFile(task.path, { maxBytes }));
    // A file's metadata never names the outlet by `source` (only a JSONL line does): dropped, so
    // the worker's rows equal those `batch` writes for the same file.
    const { source: _source, ...meta } = loaded.meta as Record<string, unknown>;
    return { id: task.id, path: task.path, text: loaded.text, meta };
  } catch (error) {
    if (isInputError(error)) return { id: task.id, path: task.path, problem: error.problem, message: error.message };
    return { id: task.id, path: task.path, problem: 'unreadable', message: `Cannot read ${task.path}: ${(error as Error).message.split('\n')[0]}.` };
  }
}

export interface EnqueueOutcome {
  /** Jobs offered (one per article of the inputs). */
  articles: number;
  /** Of those, added now (the rest were in the queue already: same id and text). */
  added: number;
  /** Of those, already known to be bad (they go to the failed set with their reason). */
  bad: number;
}

/** Adds one job per article of the inputs, in bulk; an article already in the queue (same job id) is not added again. */
export async function enqueue(inputs: string[], options: { redis: string; queue: string; maxBytes: number; stdin: Readable }): Promise<EnqueueOutcome> {
  const queue = new Queue<ArticleJob>(options.queue, { connection: redisConnection(options.redis) });
  queue.on('error', () => {});
  const outcome: EnqueueOutcome = { articles: 0, added: 0, bad: 0 };
  try {
    await queue.waitUntilReady();
    let pending: ArticleJob[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      const ids = batch.map(jobIdOf);
      // BullMQ's add ignores a job whose id is taken: the jobs held before and after tell how many were new.
      const before = await totalJobs(queue);
      await queue.addBulk(
        batch.map((data, i) => ({
          name: 'article',
          data,
          opts: { jobId: ids[i], attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: JOB_BACKOFF_MS }, removeOnFail: false, removeOnComplete: false },
        })),
      );
      outcome.added += (await totalJobs(queue)) - before;
    };
    for await (const item of inputItems(inputs, { stdin: options.stdin })) {
      const job = await jobOf(item, options.maxBytes);
      outcome.articles++;
      if (job.problem !== undefined) outcome.bad++;
      pending.push(job);
      if (pending.length >= BULK) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return outcome;
}

/** Jobs in the queue in any state (completed and failed jobs are kept, so this only grows). */
export async function totalJobs(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed');
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
