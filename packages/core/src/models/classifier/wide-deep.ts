import type { ModelData, ModelSpec } from '../store.js';
import type { Token } from '../../context.js';
import { denseKernel, type DenseKernel } from './dense-kernel.js';
import type { FeatureConfig } from './features.js';
import { LinearModel, type ShippedLinearModel } from './linear-model.js';

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
    inputs: number;
    hidden: number;
    /**
     * 'neighbours': the network's inputs are the sentence's pooled vector (mean and share,
     * dimensions + 1 values) followed by the mean of the pooled vectors of the sentences
     * just before and after it (zeros where there is none); see `neighbourInput`.
     */
    context?: 'neighbours';
    /**
     * Word detectors: for every word of the embedding table, `count` learned scores (int8,
     * rows × count, base64, one scale per detector). The network's last `count` inputs are
     * each detector's maximum over the sentence's words found in the table (0 when none).
     */
    detectors?: { count: number; scales: number[]; values: Uint8Array };
    /** hidden × inputs float32 (little-endian), row-major. */
    w1: Uint8Array;
    b1: number[];
    w2: number[];
  };
}

function readFloat32(bytes: Uint8Array, expected: number, id: string): Float32Array {
  if (bytes.length !== expected * 4) throw new Error(`WideDeepModel ${id}: expected ${expected} float32 weights, got ${bytes.length} bytes; retrain the model.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Float32Array(expected);
  for (let i = 0; i < expected; i++) out[i] = view.getFloat32(4 * i, true);
  return out;
}

export class WideDeepModel {
  readonly id: string;
  readonly embeddings: string;
  private readonly wide: LinearModel;
  /** How many leading values of the pooled vector the network reads (101: mean and share; 201: max too). */
  readonly inputs: number;
  private readonly hidden: number;
  /** How many word detectors the network reads after its pooled inputs (0: none). */
  readonly detectors: number;
  /** Pooled inputs the network reads before the detectors (inputs − detectors). */
  readonly pooledInputs: number;
  private readonly detectorValues: Int8Array;
  private readonly detectorScales: Float32Array;
  private readonly detectorMax: Int32Array;
  /** Whether the network also reads the neighbouring sentences' pooled vectors (see `neighbourInput`). */
  readonly neighbours: boolean;
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
    this.neighbours = shipped.dense.context === 'neighbours';
    const detectors = shipped.dense.detectors;
    this.detectors = detectors?.count ?? 0;
    this.pooledInputs = inputs - this.detectors;
    this.detectorValues = detectors ? new Int8Array(detectors.values.slice().buffer) : new Int8Array(0);
    this.detectorScales = Float32Array.from(detectors?.scales ?? []);
    this.detectorMax = new Int32Array(this.detectors);
    if (detectors && (this.detectorScales.length !== detectors.count || this.detectorValues.length % detectors.count !== 0)) {
      throw new Error(`WideDeepModel ${shipped.id}: expected ${detectors.count} detector scales and rows × ${detectors.count} detector values; retrain the model.`);
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

  /**
   * Writes the word detectors' maxima over the found words (`bases`: row × `dimensions`
   * offsets, the first `found` of them, as `EmbeddingTable.foundRows`) into
   * out[pooledInputs..inputs).
   */
  writeDetectors(bases: Int32Array, found: number, dimensions: number, out: Float32Array): void {
    const k = this.detectors;
    const values = this.detectorValues;
    const max = this.detectorMax;
    const at = this.pooledInputs;
    if (found === 0) {
      out.fill(0, at, at + k);
      return;
    }
    max.fill(-128);
    for (let r = 0; r < found; r++) {
      const row = ((bases[r] / dimensions) | 0) * k;
      for (let d = 0; d < k; d++) {
        const v = values[row + d];
        if (v > max[d]) max[d] = v;
      }
    }
    for (let d = 0; d < k; d++) out[at + d] = max[d] * this.detectorScales[d];
  }

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

  /** Score in 0..1 for the sentence made of tokens [from, to), whose pooled vector is `pooled`. */
  score(tokens: readonly Token[], from: number, to: number, pooled: Float32Array): number {
    const z = this.bias + this.wide.margin(tokens, from, to) + this.deepMargin(pooled);
    return 1 / (1 + Math.exp(-z));
  }
}

/**
 * The input of a model with neighbour context: the sentence's own `size` pooled values
 * (mean and share of tokens found), then the mean of its neighbours' (the sentences just
 * before and after; zeros when it has none). `pooled` holds `stride` values per sentence.
 */
export function neighbourInput(pooled: Float32Array, stride: number, size: number, index: number, count: number, out: Float32Array): Float32Array {
  const own = index * stride;
  for (let i = 0; i < size; i++) out[i] = pooled[own + i];
  const before = index > 0;
  const after = index + 1 < count;
  const k = (before ? 1 : 0) + (after ? 1 : 0);
  if (k === 0) {
    out.fill(0, size, 2 * size);
    return out;
  }
  const b = (index - 1) * stride;
  const a = (index + 1) * stride;
  for (let i = 0; i < size; i++) out[size + i] = ((before ? pooled[b + i] : 0) + (after ? pooled[a + i] : 0)) / k;
  return out;
}

/** A wide-and-deep sentence model of the model package, by name. */
function wideDeepSpec(name: string): ModelSpec<WideDeepModel> {
  return { name, decode: (data: ModelData) => new WideDeepModel(data as unknown as ShippedWideDeepModel) };
}

/** The check-worthiness model (ClaimBuster-trained): `sentence.checkworthiness`. */
export const CHECKWORTHINESS_MODEL = wideDeepSpec('checkworthiness');
/** The subjectivity model (NewsSD-ENG, PTC): `sentence.subjectivity`. */
export const SUBJECTIVITY_MODEL = wideDeepSpec('subjectivity');
