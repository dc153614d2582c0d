import { describe, expect, it } from 'vitest';
import { readManifest, readModelData } from '@marginalia/model-en/node';
import { loadedModels } from '../../../test/models.js';
import { CHECKWORTHINESS_MODEL, SUBJECTIVITY_MODEL } from './wide-deep.js';
import { EMBEDDINGS_MODEL } from '../embeddings/index.js';


describe('shipped sentence models', () => {
  const manifest = readManifest();
  for (const spec of [CHECKWORTHINESS_MODEL, SUBJECTIVITY_MODEL]) {
    it(`${spec.name}: names its data, stays under 2 MB, decodes once per analyzer, reads the shipped word vectors`, () => {
      const entry = manifest.models[spec.name];
      expect(entry.version).toMatch(new RegExp(`^${spec.name}/`));
      expect(entry.trainedOn.length).toBeGreaterThan(20);
      expect(entry.files.reduce((n, f) => n + manifest.files[f].bytes, 0)).toBeLessThan(2_000_000);
      const models = loadedModels();
      expect(models.get(spec)).toBe(models.get(spec));
      const model = models.get(spec);
      // The GloVe-derived table ships once: both models read the one `embeddings` model.
      expect(model.embeddings).toBe(manifest.models.embeddings.version);
      expect(model.inputs).toBe(models.get(EMBEDDINGS_MODEL).dimensions + 1);
      expect((readModelData(spec.name).dense as Record<string, unknown>).detectors).toBeUndefined();
    });
  }

  it('the word-vector table stays under 3 MB (its look-up table under 0.6 MB more), and no other model carries one', () => {
    const files = manifest.models.embeddings.files;
    const lookUp = (f: string) => f.startsWith('embeddings.slot');
    expect(files.filter((f) => !lookUp(f)).reduce((n, f) => n + manifest.files[f].bytes, 0)).toBeLessThan(3_000_000);
    expect(files.filter(lookUp).reduce((n, f) => n + manifest.files[f].bytes, 0)).toBeLessThan(600_000);
    expect(Object.keys(manifest.models).filter((m) => /embedding|glove/i.test(m))).toEqual(['embeddings']);
  });
});
