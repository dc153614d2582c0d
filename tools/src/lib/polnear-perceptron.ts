/**
 * An averaged perceptron over a fixed-size table of hashed features, for the attribution
 * model's training. Averaging uses the usual trick: keep w and u = Σ c·Δ; the average is
 * w − u/c. Weights ship as int16 with one scale per table.
 */
import { lcgNext } from './random.js';
export class AveragedPerceptron {
  readonly weights: Float64Array;
  private readonly sums: Float64Array;
  /** Update counter; starts at 1 so the average is well defined. */
  private clock = 1;

  constructor(size: number) {
    this.weights = new Float64Array(size);
    this.sums = new Float64Array(size);
  }

  score(features: readonly number[]): number {
    let total = 0;
    for (const f of features) total += this.weights[f];
    return total;
  }

  update(features: readonly number[], delta: number): void {
    for (const f of features) {
      this.weights[f] += delta;
      this.sums[f] += this.clock * delta;
    }
  }

  tick(): void {
    this.clock++;
  }

  averaged(): Float64Array {
    return this.weights.map((w, i) => w - this.sums[i] / this.clock);
  }
}

/** Weights as little-endian int16 and the scale that maps them back (weight = int * scale). */
export function quantize(weights: Float64Array): { bytes: Uint8Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const bytes = new Uint8Array(weights.length * 2);
  weights.forEach((w, i) => {
    const q = Math.round(w / scale) & 0xffff;
    bytes[2 * i] = q & 0xff;
    bytes[2 * i + 1] = q >>> 8;
  });
  return { bytes, scale };
}

/** A seeded shuffle (LCG), so training runs are reproducible. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = lcgNext(state);
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
