import { describe, expect, it } from 'vitest';
import { checkworthinessWeights } from '../checkworthiness/weights.js';
import { subjectivityWeights } from '../subjectivity/weights.js';
import { checkworthinessModel } from '../checkworthiness/index.js';
import { subjectivityModel } from '../subjectivity/index.js';

describe('shipped sentence models', () => {
  for (const [name, shipped, load] of [
    ['checkworthiness', checkworthinessWeights, checkworthinessModel],
    ['subjectivity', subjectivityWeights, subjectivityModel],
  ] as const) {
    it(`${name}: names its data, stays under 2 MB, decodes once`, () => {
      expect(shipped.id).toMatch(new RegExp(`^${name}/`));
      expect(shipped.trainedOn.length).toBeGreaterThan(20);
      expect(shipped.weights.length).toBeLessThan(2_000_000);
      expect(load()).toBe(load());
    });
  }
});
