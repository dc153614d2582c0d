import { describe, expect, it } from 'vitest';
import { figures, microTally, scoreArticle, type Tally } from './ptc-score.js';

describe('ptc-score (SemEval-2020 partial credit)', () => {
  it('gives a predicted span the share of it that overlaps gold of the same label, and gold the share covered', () => {
    const tallies = new Map<string, Tally>();
    // predicted [0,10) over gold [5,25): precision credit 5/10, recall credit 5/20
    scoreArticle([{ label: 'A', start: 0, end: 10 }], [{ label: 'A', start: 5, end: 25 }], tallies);
    const f = figures(tallies.get('A')!);
    expect(f.precision).toBeCloseTo(0.5);
    expect(f.recall).toBeCloseTo(0.25);
    expect(f.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
  });

  it('gives no credit across labels and merges overlapping predictions of one label', () => {
    const tallies = new Map<string, Tally>();
    scoreArticle(
      [
        { label: 'A', start: 0, end: 4 },
        { label: 'A', start: 2, end: 8 },
        { label: 'B', start: 0, end: 8 },
      ],
      [{ label: 'A', start: 0, end: 8 }],
      tallies,
    );
    expect(tallies.get('A')).toEqual({ precisionCredit: 1, predicted: 1, recallCredit: 1, gold: 1 });
    expect(tallies.get('B')).toEqual({ precisionCredit: 0, predicted: 1, recallCredit: 0, gold: 0 });
    const micro = figures(microTally(tallies));
    expect(micro.precision).toBeCloseTo(0.5);
    expect(micro.recall).toBeCloseTo(1);
  });
});
