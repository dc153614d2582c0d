/**
 * Calibration figures: reliability tables (confidence bins against the observed rate of being
 * right), expected calibration error, and a small L2-regularised logistic regression (Newton's
 * method, deterministic) for fitting confidence maps.
 */

/** One scored finding: its confidence and how right it was (1 right, 0 wrong, or partial credit). */
export interface Scored {
  confidence: number;
  correct: number;
}

export interface ReliabilityBin {
  lo: number;
  hi: number;
  count: number;
  /** Mean confidence of the findings in the bin. */
  meanConfidence: number;
  /** Share of them that were right (precision in the bin). */
  observed: number;
}

export interface Reliability {
  count: number;
  bins: ReliabilityBin[];
  /** Expected calibration error: the bins' |observed − mean confidence|, weighted by their counts. */
  ece: number;
  /** Mean squared error of the confidences against the outcomes. */
  brier: number;
  meanConfidence: number;
  /** Share right over all findings (precision). */
  observed: number;
  /** Findings scored without a confidence of their own (counted as missing, left out of the figures). */
  missing: number;
}

/** Reliability over `binCount` equal-width bins of 0..1 (a confidence of exactly 1 falls in the last). */
export function reliability(items: readonly Scored[], binCount = 10, missing = 0): Reliability {
  const bins: ReliabilityBin[] = Array.from({ length: binCount }, (_, i) => ({ lo: i / binCount, hi: (i + 1) / binCount, count: 0, meanConfidence: 0, observed: 0 }));
  let brier = 0;
  let sumConf = 0;
  let sumRight = 0;
  for (const { confidence, correct } of items) {
    const bin = bins[Math.min(binCount - 1, Math.max(0, Math.floor(confidence * binCount)))];
    bin.count++;
    bin.meanConfidence += confidence;
    bin.observed += correct;
    brier += (confidence - correct) ** 2;
    sumConf += confidence;
    sumRight += correct;
  }
  let ece = 0;
  for (const bin of bins) {
    if (bin.count === 0) continue;
    bin.meanConfidence /= bin.count;
    bin.observed /= bin.count;
    ece += (bin.count / items.length) * Math.abs(bin.observed - bin.meanConfidence);
  }
  const n = Math.max(1, items.length);
  return { count: items.length, bins, ece, brier: brier / n, meanConfidence: sumConf / n, observed: sumRight / n, missing };
}

/** The table as Markdown lines: one row per non-empty bin, then ECE and the totals. */
export function reliabilityLines(layer: string, r: Reliability): string[] {
  const lines = [`${layer}: ${r.count} findings${r.missing ? ` (${r.missing} more without a confidence, left out)` : ''}`];
  if (r.count === 0) return [...lines, `${layer} ECE n/a (no finding carries a confidence)`];
  lines.push('| confidence | findings | mean confidence | observed precision | gap |', '|---|---|---|---|---|');
  for (const b of r.bins) {
    if (b.count === 0) continue;
    lines.push(`| ${b.lo.toFixed(1)}–${b.hi.toFixed(1)} | ${b.count} | ${b.meanConfidence.toFixed(3)} | ${b.observed.toFixed(3)} | ${(b.observed - b.meanConfidence >= 0 ? '+' : '')}${(b.observed - b.meanConfidence).toFixed(3)} |`);
  }
  lines.push(`| all | ${r.count} | ${r.meanConfidence.toFixed(3)} | ${r.observed.toFixed(3)} | ${(r.observed - r.meanConfidence >= 0 ? '+' : '')}${(r.observed - r.meanConfidence).toFixed(3)} |`);
  lines.push(`${layer} ECE ${r.ece.toFixed(4)}, Brier ${r.brier.toFixed(4)}`);
  return lines;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Logistic regression by Newton's method with an L2 penalty on every weight but the first
 * (the bias, when column 0 is a constant 1). Deterministic; meant for a handful of features.
 */
export function fitLogistic(rows: readonly number[][], labels: readonly number[], l2 = 1, iterations = 50): number[] {
  const d = rows[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((x, n) => {
      const p = sigmoid(x.reduce((s, v, k) => s + v * w[k], 0));
      const r = p - labels[n];
      const q = p * (1 - p);
      for (let i = 0; i < d; i++) {
        grad[i] += r * x[i];
        for (let j = 0; j < d; j++) hess[i][j] += q * x[i] * x[j];
      }
    });
    for (let i = 1; i < d; i++) {
      grad[i] += l2 * w[i];
      hess[i][i] += l2;
    }
    hess[0][0] += 1e-6;
    const step = solve(hess, grad);
    let change = 0;
    for (let i = 0; i < d; i++) {
      w[i] -= step[i];
      change = Math.max(change, Math.abs(step[i]));
    }
    if (change < 1e-9) break;
  }
  return w;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    const pivot = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / pivot;
      if (f !== 0) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}
