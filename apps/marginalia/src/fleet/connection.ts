import type { ConnectionOptions } from 'bullmq';
import { BatchError } from '../batch/batch-error.js';
import { UsageError } from '../cli/command.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_QUEUE = 'marginalia';

/**
 * BullMQ connection options for a `redis://` (or `rediss://`) URL. `maxRetriesPerRequest: null`
 * is what BullMQ asks of a worker's connection: a command waits through a Redis restart instead
 * of failing, and ioredis reconnects with a backoff capped at 2 s.
 */
export function redisConnection(url: string): ConnectionOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BatchError(`--redis takes a URL such as redis://127.0.0.1:6379; got "${url}".`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new BatchError(`--redis takes a redis:// or rediss:// URL; got "${url}".`);
  }
  return {
    url,
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    retryStrategy: (times: number) => Math.min(200 * times, 2000),
    // Keep the wire protocol BullMQ's replies are written for.
    protocol: 2,
  } as ConnectionOptions;
}

/** A queue name BullMQ accepts (it builds Redis keys `bull:NAME:...`); a bad one is a usage error (exit 2). */
export function checkQueueName(command: string, name: string): string {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) {
    throw new UsageError(`marginalia ${command}: --queue takes a name of letters, digits, '.', '_' and '-' (at most 100); got "${name}".`);
  }
  return name;
}

/** `--redis URL` checked up front: a malformed one is a usage error (exit 2). */
export function checkRedisUrl(command: string, url: string): string {
  if (!/^rediss?:\/\/[^\s]+$/.test(url) || !URL.canParse(url)) {
    throw new UsageError(`marginalia ${command}: --redis takes a URL such as redis://127.0.0.1:6379; got "${url}".`);
  }
  return url;
}

/** One line from a connection error (ioredis and pg put the cause in `code` or an AggregateError). */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  const e = error as { code?: string; message?: string };
  const message = (e?.message ?? String(error)).split('\n')[0];
  return e?.code && !message.includes(e.code) ? `${e.code}: ${message}` : message || String(e?.code ?? error);
}
