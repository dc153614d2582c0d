import { describe, expect, it } from 'vitest';
import { parseCsv } from './classifier-data.js';
import { bestThreshold, countAt, f1, macroF1 } from './classifier-metrics.js';

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes and line breaks inside quotes', () => {
    const rows = parseCsv('Sentence,Label\n"A, b ""c""\nd",SUBJ\r\nplain,OBJ\n');
    expect(rows).toEqual([
      ['Sentence', 'Label'],
      ['A, b "c"\nd', 'SUBJ'],
      ['plain', 'OBJ'],
    ]);
  });
});

describe('metrics', () => {
  const scores = [0.9, 0.8, 0.3, 0.2];
  const labels = [1, 0, 1, 0];
  it('counts and scores at a threshold', () => {
    const c = countAt(scores, labels, 0.5);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(f1(c)).toBeCloseTo(0.5);
    expect(macroF1(c)).toBeCloseTo(0.5);
  });
  it('finds the threshold that maximises the objective', () => {
    const best = bestThreshold([0.9, 0.7, 0.4, 0.1], [1, 1, 0, 0], f1);
    expect(best.value).toBe(1);
    expect(best.threshold).toBeGreaterThan(0.4);
    expect(best.threshold).toBeLessThan(0.7);
  });
});
