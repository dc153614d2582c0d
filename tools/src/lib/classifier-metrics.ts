/** Binary classification figures for the sentence classifiers. */

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function countAt(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): BinaryCounts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < scores.length; i++) {
    const predicted = scores[i] >= threshold;
    if (predicted && labels[i] === 1) c.tp++;
    else if (predicted) c.fp++;
    else if (labels[i] === 1) c.fn++;
    else c.tn++;
  }
  return c;
}

export function precision(c: BinaryCounts): number {
  return c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
}
export function recall(c: BinaryCounts): number {
  return c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
}
/** F1 of the positive class. */
export function f1(c: BinaryCounts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
/** F1 of the negative class (the positive F1 with the roles swapped). */
export function f1Negative(c: BinaryCounts): number {
  return f1({ tp: c.tn, fp: c.fn, fn: c.fp, tn: c.tp });
}
export function macroF1(c: BinaryCounts): number {
  return (f1(c) + f1Negative(c)) / 2;
}
export function accuracy(c: BinaryCounts): number {
  return (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn);
}

/** The threshold (among the scores themselves) that maximises `objective`, and its value. */
export function bestThreshold(
  scores: ArrayLike<number>,
  labels: ArrayLike<number>,
  objective: (c: BinaryCounts) => number,
): { threshold: number; value: number } {
  const sorted = Array.from(scores).sort((a, b) => a - b);
  let best = { threshold: 0.5, value: objective(countAt(scores, labels, 0.5)) };
  // Candidate thresholds halfway between neighbouring distinct scores.
  const step = Math.max(1, Math.floor(sorted.length / 2000));
  for (let i = 1; i < sorted.length; i += step) {
    if (sorted[i] === sorted[i - 1]) continue;
    const t = (sorted[i] + sorted[i - 1]) / 2;
    const value = objective(countAt(scores, labels, t));
    if (value > best.value) best = { threshold: t, value };
  }
  return best;
}
