import { reasonOf } from './connection.js';
import { isUnavailable } from './pg-store.js';
import type { ResultStore, StoredArticle, WriteOutcome } from './store.js';

/** Articles per statement: fewer round trips, and still a small loss of work on a kill. */
const MAX_BATCH = 64;
/** ...or what has come within this long. */
const MAX_WAIT_MS = 25;
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 15_000;

interface Pending {
  article: StoredArticle;
  resolve: (outcome: WriteOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the results of concurrent jobs into one write (one transaction) each few milliseconds.
 * A job is acknowledged only after its write commits. When the database is unreachable, the
 * results are held and the write tried again with a growing pause (0.5 s doubling to 15 s),
 * saying so once, and once more when it is back: nothing is lost, and the worker takes no
 * new jobs meanwhile (its slots are all waiting here).
 */
export class BatchedWriter {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly store: ResultStore,
    private readonly log: (line: string) => void,
  ) {}

  write(article: StoredArticle): Promise<WriteOutcome> {
    return new Promise<WriteOutcome>((resolve, reject) => {
      this.pending.push({ article, resolve, reject });
      if (this.pending.length >= MAX_BATCH) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), MAX_WAIT_MS);
    });
  }

  /** Stops retrying (a forced stop): held results are given up, their jobs go back to the queue. */
  stop(): void {
    this.stopped = true;
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    this.chain = this.chain.then(() => this.writeWithRetry(batch));
  }

  private async writeWithRetry(batch: Pending[]): Promise<void> {
    let delay = FIRST_RETRY_MS;
    let said = false;
    for (;;) {
      try {
        const outcomes = await this.store.write(batch.map((p) => p.article));
        if (said) this.log(`${this.store.label} is reachable again: ${batch.length} held results written.`);
        batch.forEach((p, i) => p.resolve(outcomes[i]));
        return;
      } catch (error) {
        if (!isUnavailable(error) || this.stopped) {
          batch.forEach((p) => p.reject(error));
          return;
        }
        if (!said) {
          this.log(`${this.store.label} is unavailable (${reasonOf(error)}): holding ${batch.length} results and taking no new jobs; retrying with backoff up to every ${MAX_RETRY_MS / 1000} s. Nothing is lost.`);
          said = true;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      }
    }
  }

  async close(): Promise<void> {
    this.flush();
    await this.chain;
  }
}
