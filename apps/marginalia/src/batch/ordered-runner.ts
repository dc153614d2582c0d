/**
 * Runs tasks concurrently while handing their results on in input order: at most
 * `window` tasks are started and not yet emitted, so memory stays flat however long
 * the input, and a slow article only holds back the (bounded) results behind it.
 */
export interface OrderedRunOptions {
  /** The most tasks started but not yet emitted. */
  window: number;
  /** When aborted, no new item is taken; the tasks in flight still finish and are emitted. */
  signal?: AbortSignal;
}

export interface OrderedRunOutcome {
  /** Items taken from the input. */
  taken: number;
  /** True when the signal stopped the run before the input ended. */
  stopped: boolean;
}

export async function runOrdered<I, R>(
  items: AsyncIterable<I>,
  start: (item: I) => Promise<R>,
  emit: (result: R) => Promise<void> | void,
  options: OrderedRunOptions,
): Promise<OrderedRunOutcome> {
  const window = Math.max(1, Math.floor(options.window));
  const inFlight: Promise<R>[] = [];
  const iterator = items[Symbol.asyncIterator]();
  let taken = 0;
  let stopped = false;
  try {
    for (;;) {
      if (options.signal?.aborted) {
        stopped = true;
        break;
      }
      const next = await nextUnlessAborted(iterator, options.signal);
      if (next === ABORTED) {
        stopped = true;
        break;
      }
      if (next.done) break;
      taken++;
      inFlight.push(start(next.value));
      while (inFlight.length >= window) await emit(await inFlight.shift()!);
    }
    while (inFlight.length > 0) await emit(await inFlight.shift()!);
  } finally {
    // Close the input (files, readline) whether we finished, stopped or failed.
    if (stopped) void iterator.return?.();
    else await iterator.return?.();
  }
  return { taken, stopped };
}

const ABORTED = Symbol('aborted');

/**
 * The iterator's next item, or ABORTED as soon as the signal aborts (an input such as
 * standard input may never yield again). The abort listener lives for one call only: racing
 * every item against one long-lived promise would keep every item reachable from it.
 */
function nextUnlessAborted<I>(iterator: AsyncIterator<I>, signal: AbortSignal | undefined): Promise<IteratorResult<I> | typeof ABORTED> {
  if (!signal) return iterator.next();
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
