import type { ScoredMention } from './ner-conll-eval.js';

/**
 * Fits the mention-confidence logistic model (L2-regularised, full-batch gradient
 * descent from zero, so deterministic) on held-out mentions: features -> right or not.
 */
export function fitConfidence(mentions: readonly ScoredMention[], steps = 3000, rate = 0.5, l2 = 1e-4): number[] {
  const d = mentions[0].features.length;
  const w = new Array<number>(d).fill(0);
  const n = mentions.length;
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    for (const m of mentions) {
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i] * m.features[i];
      const p = 1 / (1 + Math.exp(-z));
      const err = p - (m.right ? 1 : 0);
      for (let i = 0; i < d; i++) grad[i] += err * m.features[i];
    }
    for (let i = 0; i < d; i++) w[i] -= rate * (grad[i] / n + l2 * w[i]);
  }
  return w.map((x) => Math.round(x * 10000) / 10000);
}

/** Expected calibration error over equal-width bins of 0.1. */
export function calibrationError(mentions: readonly ScoredMention[]): number {
  let sum = 0;
  for (let b = 0; b < 10; b++) {
    const bin = mentions.filter((m) => m.confidence >= b / 10 && (m.confidence < (b + 1) / 10 || (b === 9 && m.confidence <= 1)));
    if (!bin.length) continue;
    const mean = bin.reduce((s, m) => s + m.confidence, 0) / bin.length;
    const obs = bin.filter((m) => m.right).length / bin.length;
    sum += (bin.length / mentions.length) * Math.abs(mean - obs);
  }
  return sum;
}
