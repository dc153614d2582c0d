import type { CueClasses } from './cue-words.js';
import { FeatureBuffer, sentenceFeatures, type FeatureConfig } from './features.js';
import type { Token } from '../../context.js';
import { int16Values } from '../views.js';

/**
 * A linear sentence classifier as shipped: int8-quantised hashed weights (bytes),
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
  /** Multiply a stored integer weight by this to get the float weight. */
  scale: number;
  /** 1: int8 weights; 2: int16 (little-endian), for small models where int8 rounding costs accuracy. Default 1. */
  bytesPerWeight?: 1 | 2;
  /** 2^bits signed integers (little-endian when 2 bytes wide). */
  weights: Uint8Array;
}

export class LinearModel {
  readonly id: string;
  private readonly weights: Int8Array | Int16Array;
  private readonly buffer = new FeatureBuffer();

  constructor(private readonly shipped: ShippedLinearModel) {
    this.id = shipped.id;
    const bytes = shipped.weights;
    const width = shipped.bytesPerWeight ?? 1;
    const expected = 1 << shipped.features.bits;
    if (bytes.length !== expected * width) {
      throw new Error(
        `LinearModel ${shipped.id}: expected ${expected} weights (2^${shipped.features.bits}) of ${width} byte(s), got ${bytes.length} bytes; retrain the model.`,
      );
    }
    if (width === 1) this.weights = new Int8Array(bytes.buffer, bytes.byteOffset, expected);
    // Little-endian on any platform: a view of the file where it can be, else a decoded copy.
    else this.weights = int16Values(bytes);
  }

  /** The margin (log-odds) for the sentence made of tokens [from, to), bias included; `cues` are the cue classes (`SENTIMENT_WORDS_MODEL`). */
  margin(tokens: readonly Token[], from: number, to: number, cues: CueClasses): number {
    const { buffer, weights } = this;
    sentenceFeatures(tokens, from, to, this.shipped.features, buffer, cues);
    let sum = 0;
    const ids = buffer.ids;
    for (let i = 0; i < buffer.count; i++) sum += weights[ids[i]];
    return this.shipped.bias + (buffer.count > 0 ? (sum * this.shipped.scale) / Math.sqrt(buffer.count) : 0);
  }

  /** The feature configuration the model was trained with. */
  get features(): FeatureConfig {
    return this.shipped.features;
  }

  /**
   * The margin for feature hashes already computed (`sentenceFeatures` with `fullHashes`):
   * each is masked to the model's table size. Equals `margin` over the same sentence.
   */
  marginOf(ids: Int32Array, count: number): number {
    const { weights } = this;
    const mask = (1 << this.shipped.features.bits) - 1;
    let sum = 0;
    for (let i = 0; i < count; i++) sum += weights[ids[i] & mask];
    return this.shipped.bias + (count > 0 ? (sum * this.shipped.scale) / Math.sqrt(count) : 0);
  }

  /** Score in 0..1 for the sentence made of tokens [from, to). */
  score(tokens: readonly Token[], from: number, to: number, cues: CueClasses): number {
    return 1 / (1 + Math.exp(-this.margin(tokens, from, to, cues)));
  }
}
