import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeProgress, formatDuration, Progress, progressBar } from './progress.js';

function capture(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('progress figures', () => {
  it('gives done/total, rates, ETA and failures', () => {
    expect(describeProgress({ done: 500, failed: 3, skipped: 0, chars: 1_500_000 }, 2000, 50, 150_000)).toBe(
      '500/2000 articles · 50.0 articles/s · ETA 30s · 3 failed · 150,000 chars/s',
    );
  });

  it('leaves out the total and ETA when the total is unknown, and shows resumed articles', () => {
    expect(describeProgress({ done: 10, failed: 0, skipped: 4, chars: 0 }, undefined, 2, 0)).toBe('10 articles · 2.0 articles/s · 0 failed · 4 already done · 0 chars/s');
  });

  it('formats durations and bars', () => {
    expect([formatDuration(5), formatDuration(125), formatDuration(7300), formatDuration(Infinity)]).toEqual(['5s', '2m05s', '2h01m', '?']);
    expect(progressBar(0.5, 10)).toBe('[#####-----]');
    expect(progressBar(2, 4)).toBe('[####]');
  });
});

describe('Progress', () => {
  it('redraws one line on a terminal and ends it with a newline', () => {
    const { stream, text } = capture();
    const progress = new Progress(stream, { terminal: true, intervalMs: 10_000, width: 120 });
    progress.setTotal(4);
    progress.update({ done: 1, failed: 0, skipped: 0, chars: 100 });
    progress.finish({ done: 4, failed: 1, skipped: 0, chars: 400 });
    expect(text()).toMatch(/^\r\u001b\[K\[#####-+\] 1\/4 articles/);
    expect(text()).toMatch(/\r\u001b\[K\[#{20}\] 4\/4 articles .*1 failed · [\d,]+ chars\/s\n$/);
  });

  it('prints a plain line at most once an interval when not a terminal', () => {
    vi.useFakeTimers();
    const { stream, text } = capture();
    const progress = new Progress(stream, { terminal: false, intervalMs: 10_000 });
    progress.update({ done: 1, failed: 0, skipped: 0, chars: 100 });
    expect(text()).toBe('');
    vi.advanceTimersByTime(10_000);
    progress.update({ done: 2, failed: 0, skipped: 0, chars: 200 });
    progress.update({ done: 3, failed: 0, skipped: 0, chars: 300 });
    progress.finish({ done: 3, failed: 0, skipped: 0, chars: 300 });
    expect(text().split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^marginalia batch: 2 articles · 0\.2 articles\/s/)]);
    expect(text()).not.toContain('\u001b');
  });
});
