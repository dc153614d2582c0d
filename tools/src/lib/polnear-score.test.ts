import { describe, expect, it } from 'vitest';
import { parseAnn } from './polnear-read.js';
import { emptyScore, figures, scoreArticle } from './polnear-score.js';

// A made-up brat file: one attribution with a discontinuous content, one without a source.
const ANN = [
  'T1\tSource 0 5\tAnnie',
  'T2\tCue 6 10\tsaid',
  'T3\tContent 11 20;30 40\tfirst bitsecond bit',
  'T4\tAttribution 6 10\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tCue 50 60\treportedly',
  'T6\tContent 61 80\tsomething happened',
  'T7\tAttribution-no-source 50 60\treportedly',
  'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
].join('\n');

describe('PolNeAR reading and scoring', () => {
  it('reads attributions with discontinuous parts and missing sources', () => {
    const gold = parseAnn(ANN);
    expect(gold).toHaveLength(2);
    expect(gold[0].content).toEqual({ start: 11, end: 40, parts: [{ start: 11, end: 20 }, { start: 30, end: 40 }] });
    expect(gold[1].source).toBeNull();
  });

  it('matches by overlap of at least half the longer span, counting only gold fragments', () => {
    const gold = parseAnn(ANN);
    const score = emptyScore();
    scoreArticle(
      gold,
      [
        // Covers both fragments (19 gold characters) and the 10-character gap: 19 * 2 >= 29, a match.
        { source: { start: 0, end: 5 }, cue: { start: 6, end: 10 }, content: { start: 11, end: 40 } },
        // Shares 5 of 19 characters with the second gold content: too little.
        { source: null, cue: { start: 90, end: 94 }, content: { start: 75, end: 95 } },
      ],
      score,
    );
    expect(score).toMatchObject({ gold: 2, predicted: 2, matched: 1, withGoldSource: 1, sourceOverlap: 1, cueOverlap: 1 });
    expect(figures(score).f1).toBeCloseTo(0.5);
  });
});
