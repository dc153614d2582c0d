/**
 * A one-hidden-layer network (ReLU, one sigmoid output per label) trained by plain SGD
 * with a fixed seed: the same data and seed give the same weights, bit for bit.
 */

import { seededRandom, shuffle } from './random.js';

export interface Network {
  inputs: number;
  hidden: number;
  outputs: number;
  /** hidden × inputs */
  w1: Float32Array;
  b1: Float32Array;
  /** outputs × hidden */
  w2: Float32Array;
  b2: Float32Array;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** Weight of a positive target in the loss (rare labels). */
  positiveWeight?: number;
}

export function newNetwork(inputs: number, hidden: number, outputs: number, seed: number): Network {
  const random = seededRandom(seed);
  const w1 = new Float32Array(hidden * inputs);
  const scale1 = Math.sqrt(2 / inputs);
  for (let i = 0; i < w1.length; i++) w1[i] = (random() * 2 - 1) * scale1;
  const w2 = new Float32Array(outputs * hidden);
  const scale2 = Math.sqrt(1 / hidden);
  for (let i = 0; i < w2.length; i++) w2[i] = (random() * 2 - 1) * scale2;
  const b2 = new Float32Array(outputs).fill(-3); // most tokens carry no technique
  return { inputs, hidden, outputs, w1, b1: new Float32Array(hidden), w2, b2 };
}

/**
 * Trains on `count` examples: `fill(i, x)` writes example i's inputs, `targets(i, y)` its
 * 0/1 targets. Examples are visited in a seeded shuffled order each epoch.
 */
export function trainNetwork(net: Network, count: number, fill: (i: number, x: Float32Array) => void, targets: (i: number, y: Float32Array) => void, options: TrainOptions): void {
  const { inputs: I, hidden: H, outputs: O, w1, b1, w2, b2 } = net;
  const x = new Float32Array(I);
  const y = new Float32Array(O);
  const z = new Float32Array(H);
  const ga = new Float32Array(H);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  const random = seededRandom(options.seed + 1);
  const pw = options.positiveWeight ?? 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const rate = options.rate / (1 + epoch);
    const decay = 1 - rate * options.l2;
    for (let n = 0; n < count; n++) {
      const e = order[n];
      fill(e, x);
      targets(e, y);
      for (let h = 0; h < H; h++) {
        let s = b1[h];
        const base = h * I;
        for (let k = 0; k < I; k++) s += w1[base + k] * x[k];
        z[h] = s > 0 ? s : 0;
      }
      ga.fill(0);
      for (let o = 0; o < O; o++) {
        let logit = b2[o];
        for (let h = 0; h < H; h++) logit += w2[o * H + h] * z[h];
        const p = 1 / (1 + Math.exp(-logit));
        const g = (p - y[o]) * (y[o] > 0 ? pw : 1);
        if (g === 0) continue;
        for (let h = 0; h < H; h++) {
          ga[h] += g * w2[o * H + h];
          w2[o * H + h] = w2[o * H + h] * decay - rate * g * z[h];
        }
        b2[o] -= rate * g;
      }
      for (let h = 0; h < H; h++) {
        if (z[h] <= 0) continue;
        const g = ga[h] * rate;
        const base = h * I;
        for (let k = 0; k < I; k++) w1[base + k] = w1[base + k] * decay - g * x[k];
        b1[h] -= g;
      }
    }
  }
}

/** Rounds to 5 significant digits for the shipped file. */
export const round5 = (v: number): number => Number(v.toPrecision(5));
