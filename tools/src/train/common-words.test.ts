import { describe, expect, it } from 'vitest';
import { commonWords } from './common-words.js';

describe('commonWords', () => {
  it('keeps words written in lower case, not names capitalised inside sentences, and ignores sentence openings', () => {
    const texts = Array.from({ length: 6 }, () => 'Money talks. They spent money on the arsenal, and Arsenal won. Arsenal fans cheered the arsenal.');
    const words = commonWords(texts, 5, 0.9);
    expect(words).toContain('money');
    expect(words).toContain('spent');
    expect(words).not.toContain('arsenal');
  });

  it('is sorted, so every run writes the same list', () => {
    const words = commonWords(Array.from({ length: 5 }, () => 'zebra apple mango'), 5, 0.9);
    expect(words).toEqual(['apple', 'mango', 'zebra']);
  });
});
