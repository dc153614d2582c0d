import { describe, expect, it } from 'vitest';
import { loadedModels } from '../../../test/models.js';
import { decodeWeights, encodeWeights } from './codec.js';
import { NER_MODEL, tagWords } from './model.js';
import { weightAt } from './table.js';
import { chunks, NER_TAGS, TAG_COUNT } from './tags.js';
import { wordShape } from './word-info.js';

describe('weight codec', () => {
  it('round-trips quantised sparse rows', () => {
    const weights = new Float64Array(4 * TAG_COUNT);
    weights[0] = 1.5;
    weights[TAG_COUNT * 2 + 3] = -2;
    weights[TAG_COUNT * 3 + 8] = 0.25;
    const decoded = decodeWeights(encodeWeights(weights, 100), 2);
    expect(weightAt(decoded, 0, 0)).toBe(150);
    expect(weightAt(decoded, 2, 3)).toBe(-200);
    expect(weightAt(decoded, 3, 8)).toBe(25);
    // Only the three non-empty rows are kept, after the row of zeros the empty bucket 1 points at.
    expect(decoded.weights).toHaveLength(4 * TAG_COUNT);
    expect(decoded.weights.filter((w) => w !== 0)).toHaveLength(3);
    expect(decoded.rows[1]).toBe(0);
  });
});

describe('tags', () => {
  it('reads chunks from BIO tags, an I- without B- starting a chunk', () => {
    const t = (names: string[]) => names.map((n) => NER_TAGS.indexOf(n as (typeof NER_TAGS)[number]));
    expect(chunks(t(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG']))).toEqual([
      [0, 2, 'PER'],
      [3, 4, 'LOC'],
      [4, 5, 'ORG'],
      [5, 6, 'ORG'],
    ]);
  });

  it('shapes words with runs collapsed', () => {
    expect(wordShape('Putin')).toBe('Xx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996-08-30')).toBe('d-d-d');
  });
});

describe('shipped tagger', () => {
  // Load time is a figure of `npm run bench` (cold first analysis), not a test: no wall clock here.
  it('loads and tags names in a new sentence', () => {
    const ner = loadedModels().get(NER_MODEL);
    const words = ['On', 'Monday', ',', 'Maria', 'Lindqvist', 'flew', 'from', 'Stockholm', 'to', 'Berlin', 'for', 'talks', 'with', 'Siemens', '.'];
    const found = chunks(tagWords(words, undefined, ner.table)).map(([a, b, c]) => `${c}:${words.slice(a, b).join(' ')}`);
    expect(found).toEqual(expect.arrayContaining(['PER:Maria Lindqvist', 'LOC:Stockholm', 'LOC:Berlin']));
    expect(found.some((f) => f.endsWith(':Yesterday') || f.endsWith(':talks'))).toBe(false);
  });
});
