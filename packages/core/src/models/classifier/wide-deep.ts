import type { ModelData, ModelSpec } from '../store.js';
import type { Token } from '../../context.js';
import { denseKernel, type DenseKernel } from './dense-kernel.js';
import { float32Values } from '../views.js';
import type { FeatureConfig } from './features.js';
import { LinearModel, type ShippedLinearModel } from './linear-model.js';
import type { CueClasses } from './cue-words.js';

/*
 * A "wide and deep" sentence classifier: the hashed sparse features of `LinearModel`
 * (the wide part) plus a one-hidden-layer network over the pooled word vectors of the
 * sentence (the deep part, see `EmbeddingTable.pool`), summed before the sigmoid:
 *
 *   score = sigmoid(bias + sparse(sentence) + w2 · relu(W1 · pooled + b1))
 *
 * The inputs' standardisation is folded into W1 and b1 at training time, and the tuned
 * decision threshold into the bias, so 0.5 is the decision point.
 */
export interface ShippedWideDeepModel extends ShippedLinearModel {
  /** Which embedding table the pooled vector comes from (its id). */
  embeddings: string;
  dense: {
    /** The pooled vector's length: the mean word vector and the share of tokens found (dimensions + 1). */
    inputs: number;
    hidden: number;
    /** hidden × inputs float32 (little-endian), row-major. */
    w1: Uint8Array;
    b1: number[];
    w2: number[];
  };
}

function readFloat32(bytes: Uint8Array, expected: number, id: string): Float32Array {
  if (bytes.length !== expected * 4) throw new Error(`WideDeepModel ${id}: expected ${expected} float32 weights, got ${bytes.length} bytes; retrain the model.`);
  return float32Values(bytes);
}

export class WideDeepModel {
  readonly id: string;
  readonly embeddings: string;
  private readonly wide: LinearModel;
  /** How many values of the pooled vector the network reads (101: the mean and the share of tokens found). */
  readonly inputs: number;
  private readonly hidden: number;
  /** float32 weights held as float64 (the same values; no conversion per multiply). */
  private readonly w1: Float64Array;
  /** The pooled vector's first `inputs` values as float64, for the same reason. */
  private readonly x: Float64Array;
  /** The same computation in WebAssembly SIMD (bit-identical), where it can run. */
  private readonly kernel: DenseKernel | null;
  private readonly b1: Float32Array;
  private readonly w2: Float32Array;

  constructor(shipped: ShippedWideDeepModel) {
    this.id = shipped.id;
    this.embeddings = shipped.embeddings;
    this.wide = new LinearModel({ ...shipped, bias: 0 });
    const { inputs, hidden } = shipped.dense;
    this.inputs = inputs;
    this.hidden = hidden;
    // Word detectors, neighbour context and max-pooled inputs were tried and never shipped; their code is gone.
    const dense = shipped.dense as Record<string, unknown>;
    if (dense.detectors !== undefined || dense.context !== undefined) {
      throw new Error(`WideDeepModel ${shipped.id}: the model uses word detectors or neighbour context, which this version does not read; retrain it without them.`);
    }
    this.w1 = Float64Array.from(readFloat32(shipped.dense.w1, inputs * hidden, shipped.id));
    this.x = new Float64Array(inputs);
    if (shipped.dense.b1.length !== hidden || shipped.dense.w2.length !== hidden) {
      throw new Error(`WideDeepModel ${shipped.id}: expected ${hidden} hidden biases and output weights; retrain the model.`);
    }
    this.b1 = Float32Array.from(shipped.dense.b1);
    this.w2 = Float32Array.from(shipped.dense.w2);
    this.kernel = denseKernel(this.w1, this.b1, this.w2, inputs, hidden);
    this.bias = shipped.bias;
  }

  private readonly bias: number;

  /** The deep part's contribution to the margin, for a pooled sentence vector. */
  deepMargin(input: Float32Array): number {
    return this.kernel ? this.kernel.margin(input) : this.deepMarginJs(input);
  }

  /** `deepMargin` in JavaScript (the reference; used where WebAssembly cannot run). */
  deepMarginJs(input: Float32Array): number {
    const { inputs, hidden, w1, b1, w2 } = this;
    const pooled = this.x;
    for (let i = 0; i < inputs; i++) pooled[i] = input[i];
    const end4 = inputs - (inputs % 4);
    let z = 0;
    let j = 0;
    // Two hidden units at a time (independent sums side by side); each unit adds its inputs
    // in the same order as one at a time: four interleaved partial sums, then the tail.
    for (; j + 2 <= hidden; j += 2) {
      const base = j * inputs;
      const baseB = base + inputs;
      let a0 = b1[j];
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let c0 = b1[j + 1];
      let c1 = 0;
      let c2 = 0;
      let c3 = 0;
      let i = 0;
      for (; i < end4; i += 4) {
        const p0 = pooled[i];
        const p1 = pooled[i + 1];
        const p2 = pooled[i + 2];
        const p3 = pooled[i + 3];
        a0 += w1[base + i] * p0;
        a1 += w1[base + i + 1] * p1;
        a2 += w1[base + i + 2] * p2;
        a3 += w1[base + i + 3] * p3;
        c0 += w1[baseB + i] * p0;
        c1 += w1[baseB + i + 1] * p1;
        c2 += w1[baseB + i + 2] * p2;
        c3 += w1[baseB + i + 3] * p3;
      }
      for (; i < inputs; i++) {
        a0 += w1[base + i] * pooled[i];
        c0 += w1[baseB + i] * pooled[i];
      }
      const a = a0 + a1 + a2 + a3;
      if (a > 0) z += w2[j] * a;
      const c = c0 + c1 + c2 + c3;
      if (c > 0) z += w2[j + 1] * c;
    }
    for (; j < hidden; j++) {
      const base = j * inputs;
      let a0 = b1[j];
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let i = 0;
      for (; i < end4; i += 4) {
        a0 += w1[base + i] * pooled[i];
        a1 += w1[base + i + 1] * pooled[i + 1];
        a2 += w1[base + i + 2] * pooled[i + 2];
        a3 += w1[base + i + 3] * pooled[i + 3];
      }
      for (; i < inputs; i++) a0 += w1[base + i] * pooled[i];
      const a = a0 + a1 + a2 + a3;
      if (a > 0) z += w2[j] * a;
    }
    return z;
  }

  /** The wide part's feature configuration. */
  get features(): FeatureConfig {
    return this.wide.features;
  }

  /** `score` from the sentence's full feature hashes (see `LinearModel.marginOf`) and pooled vector. */
  scoreFeatures(ids: Int32Array, count: number, pooled: Float32Array): number {
    const z = this.bias + this.wide.marginOf(ids, count) + this.deepMargin(pooled);
    return 1 / (1 + Math.exp(-z));
  }

  /** Score in 0..1 for the sentence made of tokens [from, to), whose pooled vector is `pooled`; `cues` are the cue classes (`SENTIMENT_WORDS_MODEL`). */
  score(tokens: readonly Token[], from: number, to: number, pooled: Float32Array, cues: CueClasses): number {
    const z = this.bias + this.wide.margin(tokens, from, to, cues) + this.deepMargin(pooled);
    return 1 / (1 + Math.exp(-z));
  }
}

/** A wide-and-deep sentence model of the model package, by name. */
function wideDeepSpec(name: string): ModelSpec<WideDeepModel> {
  return { name, decode: (data: ModelData) => new WideDeepModel(data as unknown as ShippedWideDeepModel) };
}

/** The check-worthiness model (ClaimBuster-trained): `sentence.checkworthiness`. */
export const CHECKWORTHINESS_MODEL = wideDeepSpec('checkworthiness');
/** The subjectivity model (NewsSD-ENG, PTC): `sentence.subjectivity`. */
export const SUBJECTIVITY_MODEL = wideDeepSpec('subjectivity');
