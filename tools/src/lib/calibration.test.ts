import { describe, expect, it } from 'vitest';
import { fitLogistic, reliability, reliabilityLines } from './calibration.js';

describe('reliability', () => {
  it('bins findings by confidence and weighs each bin’s gap by its share', () => {
    const r = reliability(
      [
        { confidence: 0.05, correct: 0 },
        { confidence: 0.15, correct: 0 },
        { confidence: 0.95, correct: 1 },
        { confidence: 1, correct: 0 },
      ],
      10,
      3,
    );
    expect(r.count).toBe(4);
    expect(r.missing).toBe(3);
    const last = r.bins[9];
    expect(last.count).toBe(2);
    expect(last.meanConfidence).toBeCloseTo(0.975);
    expect(last.observed).toBeCloseTo(0.5);
    expect(r.ece).toBeCloseTo((0.05 + 0.15 + 2 * 0.475) / 4);
    expect(reliabilityLines('x', r).at(-1)).toMatch(/^x ECE 0\.2875/);
  });

  it('is 0 for perfectly calibrated bins and reports an empty layer', () => {
    const items = [0, 1, 1, 1].map((correct) => ({ confidence: 0.75, correct }));
    expect(reliability(items).ece).toBeCloseTo(0);
    expect(reliabilityLines('none', reliability([], 10, 5)).join('\n')).toContain('n/a');
  });
});

describe('fitLogistic', () => {
  it('recovers the log-odds of a binary feature, deterministically', () => {
    const rows: number[][] = [];
    const labels: number[] = [];
    // Feature 1 on: 3 right in 4; off: 1 right in 4.
    for (const [x, y] of [[1, 1], [1, 1], [1, 1], [1, 0], [0, 1], [0, 0], [0, 0], [0, 0]]) {
      rows.push([1, x]);
      labels.push(y);
    }
    const w = fitLogistic(rows, labels, 0);
    expect(w[0]).toBeCloseTo(Math.log(1 / 3), 4);
    expect(w[0] + w[1]).toBeCloseTo(Math.log(3), 4);
    expect(fitLogistic(rows, labels, 0)).toEqual(w);
  });
});
