import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { withProgress } from './off-thread.js';

function stream(isTTY: boolean) {
  const out = new PassThrough() as PassThrough & { isTTY?: boolean };
  out.isTTY = isTTY;
  let text = '';
  out.on('data', (d) => (text += d));
  return { out, text: () => text };
}
const slow = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('progress on long work', () => {
  it('on a terminal: a line updated in place while the work runs, cleared at the end', async () => {
    const { out, text } = stream(true);
    expect(await withProgress(slow(42, 200), out, { prefix: 'marginalia analyze', label: 'story.txt', chars: 52110, tickMs: 20 })).toBe(42);
    expect(text()).toMatch(/\r\u001b\[2Kmarginalia analyze: analysing story\.txt \(52,110 characters\)… \d+\.\d s/);
    expect(text().endsWith('\r\u001b[2K')).toBe(true);
  });
  it('not a terminal: nothing for short work, a plain line for long work', async () => {
    const quick = stream(false);
    await withProgress(Promise.resolve(1), quick.out, { prefix: 'p', label: 'a', chars: 1 });
    expect(quick.text()).toBe('');
    const long = stream(false);
    await withProgress(slow(1, 200), long.out, { prefix: 'p', label: 'a', chars: 1, plainEveryMs: 50 });
    expect(long.text()).toMatch(/^p: analysing a \(1 characters\)… [\d.]+ s\n/);
  });
});
