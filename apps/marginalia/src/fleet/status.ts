import { Queue } from 'bullmq';
import { redisConnection } from './connection.js';

export interface FleetStatus {
  waiting: number;
  active: number;
  delayed: number;
  done: number;
  failed: number;
  /** Articles finished (done or failed) a second over the sampling window; undefined when not sampled. */
  rate?: number;
  /** Seconds to go at that rate; undefined when nothing is moving. */
  secondsLeft?: number;
  /** The most recent failures: job id, article id, path and reason. */
  failures: Array<{ job: string; id: string; path: string; reason: string; attempts: number }>;
}

async function counts(queue: Queue) {
  const c = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed');
  return { waiting: c.wait + c.prioritized + c['waiting-children'], active: c.active, delayed: c.delayed, done: c.completed, failed: c.failed };
}

/** The queue's counts; with `sampleSeconds` > 0, counted twice that far apart for the rate and the time to go. */
export async function fleetStatus(options: { redis: string; queue: string; sampleSeconds: number; failures: number }): Promise<FleetStatus> {
  const queue = new Queue(options.queue, { connection: { ...(redisConnection(options.redis) as object), maxRetriesPerRequest: 1, retryStrategy: () => null } as never });
  let lastError: unknown;
  queue.on('error', (error) => {
    lastError = error;
  });
  try {
    const first = await counts(queue).catch((error) => {
      throw lastError ?? error;
    });
    let status: FleetStatus = { ...first, failures: [] };
    if (options.sampleSeconds > 0) {
      const t0 = performance.now();
      await new Promise((resolve) => setTimeout(resolve, options.sampleSeconds * 1000));
      const second = await counts(queue);
      const rate = (second.done + second.failed - first.done - first.failed) / ((performance.now() - t0) / 1000);
      const left = second.waiting + second.active + second.delayed;
      status = { ...second, failures: [], rate, secondsLeft: rate > 0 ? left / rate : left === 0 ? 0 : undefined };
    }
    if (options.failures > 0 && status.failed > 0) {
      const jobs = await queue.getFailed(0, options.failures - 1);
      status.failures = jobs.map((job) => {
        const data = job.data as { id?: string; path?: string };
        return { job: String(job.id), id: data.id ?? '', path: data.path ?? '', reason: job.failedReason ?? '', attempts: job.attemptsMade };
      });
    }
    return status;
  } finally {
    await queue.close().catch(() => {});
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}
