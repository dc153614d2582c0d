/*
 * Trains the wide-and-deep sentence classifier (packages/core/src/models/classifier/
 * wide-deep.ts): hashed sparse features by AdaGrad SGD with lazy L2 (as
 * classifier-train.ts), and a one-hidden-layer ReLU network over the pooled word
 * vectors by Adam on mini-batches, jointly, in a fixed seeded order.
 */
import type { ShippedWideDeepModel } from '../../../packages/core/src/models/classifier/wide-deep.js';
import type { EmbeddingTable } from '../../../packages/core/src/models/embeddings/table.js';
import { tokenize } from '../../../packages/core/src/text/tokens.js';
import type { LabelledSentence } from './classifier-data.js';
import { featurise, sigmoid, type Featurised, type FloatModel } from './classifier-train.js';
import { seededRandom, shuffle } from './random.js';
import { quantise } from './classifier-write.js';
import type { FeatureConfig } from '../../../packages/core/src/models/classifier/features.js';

export interface WideDeepExample extends Featurised {
  /** The pooled sentence vector (raw, as the runtime computes it). */
  dense: Float32Array;
}

export interface WideDeepOptions {
  epochs: number;
  /** AdaGrad rate of the sparse part (0 turns the wide part off). */
  rate: number;
  l2: number;
  /** Adam learning rate of the dense part. */
  denseRate: number;
  hidden: number;
  /** L2 on the dense weights (decoupled weight decay per step). */
  decay: number;
  /** Drop-out rate on the hidden units while training. */
  dropout: number;
  batch: number;
  positiveWeight: number;
  seed: number;
  /**
   * Naive-Bayes scaling of the sparse features (NB-SVM, Wang & Manning 2012): each
   * feature's value is multiplied by |log-count ratio| between the classes (smoothed by
   * this alpha; 0 = off). Folded into the weights, so it costs nothing at run time.
   */
  nbAlpha?: number;
}

export interface FloatWideDeep {
  wide: FloatModel;
  /** Pooled inputs (standardised): the mean word vector and the share of tokens found. */
  inputs: number;
  hidden: number;
  /** Standardisation of the inputs (folded into w1/b1 when shipped). */
  mean: Float32Array;
  std: Float32Array;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
}

/** The network reads the mean word vector and the share of known tokens (as the runtime pools them). */
export function featuriseWideDeep(sentences: readonly LabelledSentence[], config: FeatureConfig, table: EmbeddingTable, weight = 1): WideDeepExample[] {
  const sparse = featurise(sentences, config, weight);
  const pooled = new Float32Array(table.pooledLength);
  return sentences.map((s, i) => {
    const tokens = tokenize(s.text);
    table.pool(tokens, 0, tokens.length, pooled, 0);
    return { ...sparse[i], dense: pooled.slice() };
  });
}

function standardisation(data: readonly WideDeepExample[], inputs: number): { mean: Float32Array; std: Float32Array } {
  const mean = new Float32Array(inputs);
  const std = new Float32Array(inputs);
  for (const x of data) for (let i = 0; i < inputs; i++) mean[i] += x.dense[i];
  for (let i = 0; i < inputs; i++) mean[i] /= data.length;
  for (const x of data) for (let i = 0; i < inputs; i++) std[i] += (x.dense[i] - mean[i]) ** 2;
  for (let i = 0; i < inputs; i++) std[i] = Math.sqrt(std[i] / data.length) || 1;
  return { mean, std };
}

/** Margin of the deep part for an example, with scratch for the inputs and the hidden layer. */
function deepForward(m: FloatWideDeep, e: WideDeepExample, x: Float32Array, h: Float32Array): number {
  const { inputs, hidden, w1, b1, w2, mean, std } = m;
  const dense = e.dense;
  for (let i = 0; i < inputs; i++) x[i] = (dense[i] - mean[i]) / std[i];
  const width = inputs;
  let z = 0;
  for (let j = 0; j < hidden; j++) {
    let a = b1[j];
    const base = j * width;
    for (let i = 0; i < width; i++) a += w1[base + i] * x[i];
    h[j] = a > 0 ? a : 0;
    z += w2[j] * h[j];
  }
  return z;
}

function scaledMargin(u: Float32Array, scale: Float32Array, bias: number, x: Featurised): number {
  let sum = 0;
  for (let i = 0; i < x.ids.length; i++) sum += u[x.ids[i]] * scale[x.ids[i]];
  return bias + sum * x.norm;
}

/** |log-count ratio| of each hashed feature between the classes (example weights count), smoothed by `alpha`. */
export function nbScale(data: readonly Featurised[], size: number, alpha: number): Float32Array {
  const p = new Float64Array(size).fill(alpha);
  const q = new Float64Array(size).fill(alpha);
  for (const x of data) {
    const counts = x.label === 1 ? p : q;
    for (let i = 0; i < x.ids.length; i++) counts[x.ids[i]] += x.weight;
  }
  let sp = 0;
  let sq = 0;
  for (let f = 0; f < size; f++) {
    sp += p[f];
    sq += q[f];
  }
  const scale = new Float32Array(size);
  for (let f = 0; f < size; f++) scale[f] = Math.abs(Math.log(p[f] / sp) - Math.log(q[f] / sq));
  return scale;
}

function wideMargin(wide: FloatModel, x: Featurised): number {
  let sum = 0;
  for (let i = 0; i < x.ids.length; i++) sum += wide.weights[x.ids[i]];
  return wide.bias + sum * x.norm;
}

export function wideDeepMargins(m: FloatWideDeep, data: readonly WideDeepExample[]): Float64Array {
  const x = new Float32Array(m.inputs);
  const h = new Float32Array(m.hidden);
  return Float64Array.from(data, (e) => wideMargin(m.wide, e) + deepForward(m, e, x, h));
}

/**
 * Trains on `data`; after each epoch calls `onEpoch` (e.g. to score a tuning split),
 * which may return a copy to keep as the best so far.
 */
export function trainWideDeep(
  data: readonly WideDeepExample[],
  config: FeatureConfig,
  options: WideDeepOptions,
  onEpoch?: (epoch: number, model: FloatWideDeep) => void,
): FloatWideDeep {
  const inputs = data[0].dense.length;
  const hidden = options.hidden;
  const random = seededRandom(options.seed);
  const size = 1 << config.bits;
  const wide: FloatModel = { weights: new Float32Array(size), bias: 0, features: config };
  // Trained weights u; the model's effective weights are u * scale (written after each epoch).
  const scale = options.nbAlpha ? nbScale(data, size, options.nbAlpha) : undefined;
  const u = scale ? new Float32Array(size) : wide.weights;
  const gradSq = new Float32Array(size).fill(1e-6);
  let biasGradSq = 1e-6;
  const lastStep = new Int32Array(size);
  const shrink = 1 - options.l2;
  const { mean, std } = standardisation(data, inputs);
  // He initialisation, seeded.
  const gaussian = (): number => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const width = inputs;
  const w1 = Float32Array.from({ length: hidden * width }, () => gaussian() * Math.sqrt(2 / width));
  const b1 = new Float32Array(hidden);
  const w2 = Float32Array.from({ length: hidden }, () => gaussian() * Math.sqrt(1 / hidden));
  const model: FloatWideDeep = { wide, inputs, hidden, mean, std, w1, b1, w2 };
  // Adam state over the dense parameters [w1, b1, w2].
  const params = [w1, b1, w2];
  const grads = params.map((p) => new Float32Array(p.length));
  const m1 = params.map((p) => new Float32Array(p.length));
  const m2 = params.map((p) => new Float32Array(p.length));
  const [gw1, gb1, gw2] = grads;
  let adamStep = 0;
  const beta1 = 0.9;
  const beta2 = 0.999;
  const applyAdam = (count: number): void => {
    adamStep++;
    const c1 = 1 - beta1 ** adamStep;
    const c2 = 1 - beta2 ** adamStep;
    for (let p = 0; p < params.length; p++) {
      const w = params[p];
      const g = grads[p];
      const a = m1[p];
      const b = m2[p];
      for (let i = 0; i < w.length; i++) {
        const gi = g[i] / count;
        a[i] = beta1 * a[i] + (1 - beta1) * gi;
        b[i] = beta2 * b[i] + (1 - beta2) * gi * gi;
        w[i] -= options.denseRate * ((a[i] / c1) / (Math.sqrt(b[i] / c2) + 1e-8) + (p === 1 ? 0 : options.decay * w[i]));
        g[i] = 0;
      }
    }
  };
  const x = new Float32Array(width);
  const h = new Float32Array(hidden);
  const keep = new Uint8Array(hidden);
  const order = data.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    let inBatch = 0;
    for (const index of order) {
      step++;
      const e = data[index];
      for (let k = 0; k < e.ids.length; k++) {
        const f = e.ids[k];
        if (lastStep[f] < step - 1) u[f] *= shrink ** (step - 1 - lastStep[f]);
        lastStep[f] = step - 1;
      }
      // Forward with drop-out on the hidden units.
      for (let i = 0; i < inputs; i++) x[i] = (e.dense[i] - mean[i]) / std[i];
      let z = scale ? scaledMargin(u, scale, wide.bias, e) : wideMargin(wide, e);
      const scaleKept = 1 / (1 - options.dropout);
      for (let j = 0; j < hidden; j++) {
        keep[j] = options.dropout > 0 && random() < options.dropout ? 0 : 1;
        let a = b1[j];
        const base = j * width;
        for (let i = 0; i < width; i++) a += w1[base + i] * x[i];
        h[j] = a > 0 && keep[j] ? a * scaleKept : 0;
        z += w2[j] * h[j];
      }
      const g = (sigmoid(z) - e.label) * e.weight * (e.label === 1 ? options.positiveWeight : 1);
      // Sparse part: AdaGrad, per example.
      if (options.rate > 0) {
        biasGradSq += g * g;
        wide.bias -= (options.rate * g) / Math.sqrt(biasGradSq);
        for (let k = 0; k < e.ids.length; k++) {
          const f = e.ids[k];
          const gf = scale ? g * e.norm * scale[f] : g * e.norm;
          gradSq[f] += gf * gf;
          u[f] -= (options.rate * gf) / Math.sqrt(gradSq[f]);
        }
      } else {
        biasGradSq += g * g;
        wide.bias -= (0.05 * g) / Math.sqrt(biasGradSq);
      }
      // Dense part: accumulate, Adam per mini-batch.
      for (let j = 0; j < hidden; j++) {
        gw2[j] += g * h[j];
        if (h[j] <= 0) continue;
        const gj = g * w2[j] * scaleKept;
        gb1[j] += gj;
        const base = j * width;
        for (let i = 0; i < width; i++) gw1[base + i] += gj * x[i];
      }
      if (++inBatch === options.batch) {
        applyAdam(inBatch);
        inBatch = 0;
      }
    }
    if (inBatch > 0) applyAdam(inBatch);
    for (let f = 0; f < size; f++) if (lastStep[f] < step) u[f] *= shrink ** (step - lastStep[f]);
    lastStep.fill(step);
    if (scale) for (let f = 0; f < size; f++) wide.weights[f] = u[f] * scale[f];
    onEpoch?.(epoch + 1, model);
  }
  return model;
}

/** A deep copy (to keep the best epoch). */
export function cloneWideDeep(m: FloatWideDeep): FloatWideDeep {
  return {
    ...m,
    wide: { ...m.wide, weights: m.wide.weights.slice() },
    w1: m.w1.slice(),
    b1: m.b1.slice(),
    w2: m.w2.slice(),
  };
}

function float32Bytes(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(4 * i, v, true));
  return bytes;
}

/** The shipped form: sparse weights quantised, standardisation folded into w1/b1, threshold into the bias. */
export function shipWideDeep(
  m: FloatWideDeep,
  threshold: number,
  id: string,
  trainedOn: string,
  embeddings: string,
  bytesPerWeight: 1 | 2 = 1,
): ShippedWideDeepModel {
  const linear = quantise(m.wide, threshold, id, trainedOn, bytesPerWeight);
  const width = m.inputs;
  const w1 = new Float32Array(m.w1.length);
  const b1 = new Float32Array(m.hidden);
  for (let j = 0; j < m.hidden; j++) {
    let b = m.b1[j];
    for (let i = 0; i < m.inputs; i++) {
      const w = m.w1[j * width + i] / m.std[i];
      w1[j * width + i] = w;
      b -= w * m.mean[i];
    }
    b1[j] = b;
  }
  return {
    ...linear,
    embeddings,
    dense: {
      inputs: width,
      hidden: m.hidden,
      w1: float32Bytes(w1),
      b1: Array.from(b1),
      w2: Array.from(m.w2),
    },
  };
}

/**
 * The average of several models trained with different seeds, as one model: the sparse
 * weights and biases are averaged, the hidden units are put side by side with the output
 * weights divided by their number (exactly the mean of the members' margins).
 */
export function ensembleWideDeep(members: readonly FloatWideDeep[]): FloatWideDeep {
  const first = members[0];
  const k = members.length;
  const weights = new Float32Array(first.wide.weights.length);
  let bias = 0;
  for (const m of members) {
    for (let i = 0; i < weights.length; i++) weights[i] += m.wide.weights[i] / k;
    bias += m.wide.bias / k;
  }
  // Each member's hidden units read the shared pooled inputs.
  const hidden = first.hidden * k;
  const width = first.inputs;
  const w1 = new Float32Array(hidden * width);
  const b1 = new Float32Array(hidden);
  const w2 = new Float32Array(hidden);
  members.forEach((m, n) => {
    for (let j = 0; j < m.hidden; j++) {
      const row = (n * m.hidden + j) * width;
      for (let i = 0; i < m.inputs; i++) w1[row + i] = m.w1[j * width + i];
    }
    b1.set(m.b1, n * m.hidden);
    for (let j = 0; j < m.hidden; j++) w2[n * m.hidden + j] = m.w2[j] / k;
  });
  return { ...first, wide: { ...first.wide, weights, bias }, hidden, w1, b1, w2 };
}

/**
 * Trains `members` models (seeds seed, seed + 1, ...) for options.epochs epochs and
 * returns the ensemble after each epoch (index 0 = after epoch 1).
 */
export function trainEnsembleByEpoch(data: readonly WideDeepExample[], config: FeatureConfig, options: WideDeepOptions, members: number): FloatWideDeep[] {
  const snapshots: FloatWideDeep[][] = [];
  for (let n = 0; n < members; n++) {
    trainWideDeep(data, config, { ...options, seed: options.seed + n }, (epoch, model) => {
      (snapshots[epoch - 1] ??= []).push(cloneWideDeep(model));
    });
  }
  return snapshots.map(ensembleWideDeep);
}
