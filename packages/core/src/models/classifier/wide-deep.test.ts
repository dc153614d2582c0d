import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens.js';
import { readModelData } from '@marginalia/model-en/node';
import { denseKernel } from './dense-kernel.js';
import { WideDeepModel, type ShippedWideDeepModel } from './wide-deep.js';
import { SENTIMENT_WORDS_MODEL } from './cue-words.js';
import { loadedModels } from '../../../test/models.js';

const cues = loadedModels().get(SENTIMENT_WORDS_MODEL);

const bits = 8;
function float32(values: number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(4 * i, v, true));
  return bytes;
}
// Zero sparse weights; two inputs, two hidden units: h1 = relu(x0 - x1), h2 = relu(x1); z = 2 h1 - h2.
const model: ShippedWideDeepModel = {
  id: 'test',
  trainedOn: 'nothing',
  features: { bits, trigrams: false, suffixes: false },
  bias: 0,
  scale: 1,
  weights: new Uint8Array(1 << bits),
  embeddings: 'test',
  dense: { inputs: 2, hidden: 2, w1: float32([1, -1, 0, 1]), b1: [0, 0], w2: [2, -1] },
};

describe('WideDeepModel', () => {
  const tokens = tokenize('Anything.');
  it('adds the hidden layer to the margin', () => {
    const m = new WideDeepModel(model);
    expect(m.deepMargin(Float32Array.from([3, 1]))).toBeCloseTo(2 * 2 - 1, 6);
    expect(m.deepMargin(Float32Array.from([0, 2]))).toBeCloseTo(-2, 6);
    expect(m.score(tokens, 0, tokens.length, Float32Array.from([0, 0]), cues)).toBeCloseTo(0.5, 6);
    expect(m.score(tokens, 0, tokens.length, Float32Array.from([3, 1]), cues)).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
  });

  it('refuses a hidden layer of the wrong size', () => {
    expect(() => new WideDeepModel({ ...model, dense: { ...model.dense, hidden: 3 } })).toThrow(/expected 6 float32 weights/);
  });

  it('gives the same margin in WebAssembly as in JavaScript, bit for bit', () => {
    let seed = 12345;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32 - 0.5) * (seed % 17 === 0 ? 1e4 : 2);
    const shippedModels = ['checkworthiness', 'subjectivity'].map((name) => readModelData(name) as unknown as ShippedWideDeepModel);
    for (const shipped of [...shippedModels, model]) {
      const m = new WideDeepModel(shipped);
      for (let t = 0; t < 200; t++) {
        const pooled = Float32Array.from({ length: 2 * shipped.dense.inputs + 1 }, random);
        expect(Object.is(m.deepMargin(pooled), m.deepMarginJs(pooled))).toBe(true);
      }
    }
  });

  it('runs the WebAssembly kernel where WebAssembly is available', () => {
    const kernel = denseKernel([1, -1, 0, 1], [0, 0], [2, -1], 2, 2);
    expect(kernel).not.toBeNull();
    expect(kernel!.margin(Float32Array.from([3, 1]))).toBe(3);
    expect(kernel!.margin(Float32Array.from([0, 2]))).toBe(-2);
  });

  it('refuses a model with word detectors or neighbour context (paths no shipped model used, removed)', () => {
    const dense = { ...model.dense, detectors: { count: 1, scales: [1], values: new Uint8Array(3) } };
    expect(() => new WideDeepModel({ ...model, dense } as unknown as ShippedWideDeepModel)).toThrow(/word detectors or neighbour context.*retrain/);
    expect(() => new WideDeepModel({ ...model, dense: { ...model.dense, context: 'neighbours' } } as unknown as ShippedWideDeepModel)).toThrow(/neighbour context/);
  });
});
