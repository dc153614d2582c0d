import { Piscina } from 'piscina';
import { workerFile } from '../batch/pool.js';
import type { AnalyseOptions, BatchResult, BatchTask } from '../batch/types.js';
import type { WorkerData } from '../batch/worker.js';

/** An article that ran past the time budget: its thread was stopped. */
export class TimeBudgetError extends Error {
  constructor(readonly seconds: number) {
    super(`the analysis took more than the time budget of ${seconds} s (--timeout)`);
    this.name = 'TimeBudgetError';
  }
}

/**
 * The batch's worker threads (the same worker file and analysis), with a time budget per article.
 * Two articles per thread are handed over at once, as batch does (the next one is there when a
 * thread finishes: no idle round trip), so an article's clock starts when it is handed over and may
 * include the end of the one before it on that thread. One over budget has its thread stopped
 * (piscina starts another; an article that shared the thread fails that try and is tried again).
 */
export class FleetAnalyser {
  private readonly pool: Piscina;
  private running = 0;
  private waiting: Array<() => void> = [];

  constructor(
    private readonly threads: number,
    options: AnalyseOptions,
    private readonly timeoutMs: number,
    /** A thread that fails with no task in hand (at start: a broken install) is reported here, not thrown. */
    onError: (error: unknown) => void,
  ) {
    const workerData: WorkerData = { options, done: [] };
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      concurrentTasksPerWorker: 2,
      workerData,
      resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 },
    });
    this.pool.on('error', onError);
  }

  async analyse(task: BatchTask): Promise<BatchResult> {
    if (this.running >= 2 * this.threads) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      return (await this.pool.run(task, { signal: controller.signal })) as BatchResult;
    } catch (error) {
      if (controller.signal.aborted) throw new TimeBudgetError(this.timeoutMs / 1000);
      throw error;
    } finally {
      clearTimeout(timer);
      this.running--;
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
