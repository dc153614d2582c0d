import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens.js';
import { loadedModels } from '../../../test/models.js';
import { EMBEDDINGS_MODEL } from './index.js';
import { embeddingIndex, EmbeddingTable, type ShippedEmbeddings } from './table.js';
import { readFileSync } from 'node:fs';
import { modelDirectory } from '@marginalia/model-en/node';
import { join } from 'node:path';

// A made-up 3-dimensional table of three words.
const tiny: ShippedEmbeddings = {
  id: 'test',
  source: 'invented',
  dimensions: 3,
  words: 'cat sat mat',
  scales: [0.5, 1, 2],
  vectors: Uint8Array.from([2, 0, 1, 4, 2, 0xff, 0, 0xfe, 3]), // rows (2,0,1) (4,2,-1) (0,-2,3)
};

describe('EmbeddingTable', () => {
  const table = new EmbeddingTable(tiny);

  it('finds words whatever their case, and misses unknown ones', () => {
    expect(table.row('cat')).toBe(0);
    expect(table.row('MAT')).toBe(2);
    expect(table.row('dog')).toBe(-1);
  });

  it('pools the mean of the known tokens and their share', () => {
    const tokens = tokenize('The cat sat down.');
    const out = new Float32Array(table.pooledLength);
    expect(table.pooledLength).toBe(4);
    expect(table.pool(tokens, 0, tokens.length, out)).toBe(2);
    expect(Array.from(out.subarray(0, 3))).toEqual([1.5, 1, 0]);
    expect(out[3]).toBeCloseTo(0.4, 6);
  });

  it('gives zeros when no token is known', () => {
    const tokens = tokenize('Nothing here!');
    const out = new Float32Array(table.pooledLength).fill(9);
    expect(table.pool(tokens, 0, tokens.length, out)).toBe(0);
    expect(Array.from(out)).toEqual(new Array(4).fill(0));
  });

  it('refuses data of the wrong size', () => {
    expect(() => new EmbeddingTable({ ...tiny, words: 'cat sat' })).toThrow(/expected 2 × 3 bytes/);
  });

  it('finds the same rows with a given look-up table as with the one it builds', () => {
    const index = embeddingIndex(tiny.words.split(' '));
    const given = new EmbeddingTable({ ...tiny, slotKeys: new Uint8Array(index.slotKeys.buffer), slotRows: new Uint8Array(index.slotRows.buffer) });
    for (const word of ['cat', 'SAT', 'mat', 'dog']) expect(given.row(word)).toBe(table.row(word));
    expect(() => new EmbeddingTable({ ...tiny, slotKeys: index.slotKeys, slotRows: index.slotRows.subarray(0, 8) })).toThrow(/look-up table/);
  });
});

describe('shipped embedding table', () => {
  it("ships the look-up table that its words give (embeddingIndex)", () => {
    const entry = JSON.parse(readFileSync(join(modelDirectory, 'embeddings.json'), 'utf8')) as { words: string };
    const index = embeddingIndex(entry.words.split(' '));
    expect(new Uint8Array(readFileSync(join(modelDirectory, 'embeddings.slotKeys.bin'))).every((b, i) => b === new Uint8Array(index.slotKeys.buffer)[i])).toBe(true);
    expect(new Uint8Array(readFileSync(join(modelDirectory, 'embeddings.slotRows.bin'))).every((b, i) => b === new Uint8Array(index.slotRows.buffer)[i])).toBe(true);
  });

  it('holds common words, decodes once, and puts related words closer than unrelated ones', () => {
    const table = loadedModels().get(EMBEDDINGS_MODEL);
    expect(table).toBe(loadedModels().get(EMBEDDINGS_MODEL));
    expect(table.size).toBeGreaterThan(10_000);
    const vector = (word: string): Float32Array => {
      const tokens = tokenize(word);
      const out = new Float32Array(table.pooledLength);
      expect(table.pool(tokens, 0, tokens.length, out)).toBe(1);
      return out.subarray(0, table.dimensions);
    };
    const cosine = (a: Float32Array, b: Float32Array): number => {
      let ab = 0, aa = 0, bb = 0;
      for (let i = 0; i < a.length; i++) [ab, aa, bb] = [ab + a[i] * b[i], aa + a[i] * a[i], bb + b[i] * b[i]];
      return ab / Math.sqrt(aa * bb);
    };
    expect(cosine(vector('unemployment'), vector('jobless'))).toBeGreaterThan(cosine(vector('unemployment'), vector('banana')));
  });
});
