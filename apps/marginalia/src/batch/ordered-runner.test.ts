import { describe, expect, it } from 'vitest';
import { runOrdered } from './ordered-runner.js';

async function* numbers(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runOrdered', () => {
  it('emits results in input order whatever order the tasks finish in', async () => {
    const emitted: number[] = [];
    // Later items finish first: a pool would hand them back out of order.
    await runOrdered(numbers(40), async (i) => {
      await sleep((40 - i) % 7);
      return i * 10;
    }, (r) => {
      emitted.push(r);
    }, { window: 8 });
    expect(emitted).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
  });

  it('never has more than `window` tasks started and not yet emitted', async () => {
    let open = 0;
    let most = 0;
    await runOrdered(numbers(50), async (i) => {
      open++;
      most = Math.max(most, open);
      await sleep(i % 3);
      return i;
    }, async () => {
      open--;
      await sleep(1); // a slow writer: backpressure must hold the input back
    }, { window: 5 });
    expect(most).toBeLessThanOrEqual(5);
    expect(open).toBe(0);
  });

  it('when aborted, takes no new item but finishes and emits those in flight', async () => {
    const controller = new AbortController();
    const emitted: number[] = [];
    const outcome = await runOrdered(numbers(1000), async (i) => {
      if (i === 10) controller.abort();
      await sleep(2);
      return i;
    }, (r) => {
      emitted.push(r);
    }, { window: 4, signal: controller.signal });
    expect(outcome.stopped).toBe(true);
    expect(emitted.length).toBe(outcome.taken);
    expect(emitted).toEqual(Array.from({ length: emitted.length }, (_, i) => i));
    expect(emitted.length).toBeLessThan(20);
  });

  it('stops waiting on an input that never ends (standard input) when aborted', async () => {
    const controller = new AbortController();
    async function* stalls(): AsyncGenerator<number> {
      yield 1;
      await new Promise(() => {});
    }
    setTimeout(() => controller.abort(), 20);
    const emitted: number[] = [];
    const outcome = await runOrdered(stalls(), async (i) => i, (r) => {
      emitted.push(r);
    }, { window: 4, signal: controller.signal });
    expect(outcome).toEqual({ taken: 1, stopped: true });
    expect(emitted).toEqual([1]);
  });
});
