import { decodeBase64 } from './base64.js';
import { FeatureBuffer, sentenceFeatures, type FeatureConfig } from './features.js';
import type { Token } from '../../context.js';

/**
 * A linear sentence classifier as shipped: int8-quantised hashed weights in base64,
 * plus the scale that turns them back into floats. `score` is
 * sigmoid(bias + (sum of the sentence's feature weights) / sqrt(feature count)); the
 * bias already holds the tuned decision threshold, so 0.5 is the decision point.
 */
export interface ShippedLinearModel {
  /** Model id, written into findings that rest on it (e.g. `checkworthiness/linear@1`). */
  id: string;
  /** Which data trained it, for the README and for anyone reading the file. */
  trainedOn: string;
  features: FeatureConfig;
  bias: number;
  /** Multiply a stored int8 weight by this to get the float weight. */
  scale: number;
  /** 2^bits signed bytes, base64. */
  weights: string;
}

export class LinearModel {
  readonly id: string;
  private readonly weights: Int8Array;
  private readonly buffer = new FeatureBuffer();

  constructor(private readonly shipped: ShippedLinearModel) {
    this.id = shipped.id;
    const bytes = decodeBase64(shipped.weights);
    const expected = 1 << shipped.features.bits;
    if (bytes.length !== expected) {
      throw new Error(`LinearModel ${shipped.id}: expected ${expected} weights (2^${shipped.features.bits}), got ${bytes.length}; retrain the model.`);
    }
    this.weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  /** Score in 0..1 for the sentence made of tokens [from, to). */
  score(tokens: readonly Token[], from: number, to: number): number {
    const { buffer, weights } = this;
    sentenceFeatures(tokens, from, to, this.shipped.features, buffer);
    let sum = 0;
    const ids = buffer.ids;
    for (let i = 0; i < buffer.count; i++) sum += weights[ids[i]];
    const z = this.shipped.bias + (buffer.count > 0 ? (sum * this.shipped.scale) / Math.sqrt(buffer.count) : 0);
    return 1 / (1 + Math.exp(-z));
  }
}
