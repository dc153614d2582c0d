import { describe, expect, it } from 'vitest';
import { checkworthinessWeights } from '../checkworthiness/weights.js';
import { subjectivityWeights } from '../subjectivity/weights.js';
import { checkworthinessModel } from '../checkworthiness/index.js';
import { subjectivityModel } from '../subjectivity/index.js';
import { embeddingsData } from '../embeddings/data.js';
import { embeddingTable } from '../embeddings/index.js';

describe('shipped sentence models', () => {
  for (const [name, shipped, load] of [
    ['checkworthiness', checkworthinessWeights, checkworthinessModel],
    ['subjectivity', subjectivityWeights, subjectivityModel],
  ] as const) {
    it(`${name}: names its data, stays under 2 MB, decodes once, reads the shipped word vectors`, () => {
      expect(shipped.id).toMatch(new RegExp(`^${name}/`));
      expect(shipped.trainedOn.length).toBeGreaterThan(20);
      expect(shipped.weights.length + shipped.dense.w1.length + (shipped.dense.detectors?.values.length ?? 0)).toBeLessThan(2_000_000);
      expect(load()).toBe(load());
      expect(shipped.embeddings).toBe(embeddingsData.id);
      const pooled = shipped.dense.inputs - (shipped.dense.detectors?.count ?? 0);
      const own = embeddingTable().dimensions + 1;
      expect(shipped.dense.context === 'neighbours' ? [2 * own] : [own, embeddingTable().pooledLength]).toContain(pooled);
      if (shipped.dense.detectors) expect(shipped.dense.detectors.values.length).toBe(Math.ceil((embeddingTable().size * shipped.dense.detectors.count) / 3) * 4);
    });
  }

  it('the word-vector table stays under 4 MB', () => {
    expect(embeddingsData.vectors.length + embeddingsData.words.length).toBeLessThan(3_950_000);
  });
});
