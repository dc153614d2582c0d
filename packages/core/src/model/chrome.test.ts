import { describe, expect, it } from 'vitest';
import { chromeRanges, overlapsChrome } from './chrome.js';
import type { Paragraph } from './types.js';

const para = (start: number, end: number, kind: Paragraph['kind']): Paragraph => ({ id: 'p', start, end, text: ''.padEnd(end - start), kind });

describe('chrome ranges', () => {
  const ranges = chromeRanges({ paragraphs: [para(0, 10, 'heading'), para(11, 20, 'boilerplate'), para(21, 40, 'body'), para(41, 50, 'boilerplate')] });

  it('lists only boilerplate paragraphs, in order', () => {
    expect(ranges).toEqual([
      [11, 20],
      [41, 50],
    ]);
  });

  it('tells spans that touch chrome from spans beside it', () => {
    expect(overlapsChrome(ranges, 12, 14)).toBe(true);
    expect(overlapsChrome(ranges, 18, 25)).toBe(true);
    expect(overlapsChrome(ranges, 49, 60)).toBe(true);
    expect(overlapsChrome(ranges, 0, 11)).toBe(false);
    expect(overlapsChrome(ranges, 20, 41)).toBe(false);
    expect(overlapsChrome(ranges, 50, 60)).toBe(false);
    expect(overlapsChrome([], 0, 5)).toBe(false);
  });
});
