/**
 * Scores predicted attributions against PolNeAR gold ones. A prediction matches a
 * gold attribution when their content spans overlap by at least half the longer
 * of the two (in characters); pairs are matched one-to-one, best overlap first.
 * A discontinuous gold span counts only its fragments' characters (its length is
 * their sum), not the tag between them.
 */
import type { Attribution } from '../../../packages/core/src/index.js';
import type { GoldAttribution, GoldSpan } from './polnear-read.js';

export interface PredictedAttribution {
  source: GoldSpan | null;
  cue: GoldSpan | null;
  content: GoldSpan;
}

/** An analysed attribution as the scorer reads it: a content the tag interrupts counts by its pieces, as PolNeAR's discontinuous spans do. */
export function asPredicted(a: Attribution): PredictedAttribution {
  const content: GoldSpan = a.contentParts
    ? { start: a.content.start, end: a.content.end, parts: a.contentParts.map(({ start, end }) => ({ start, end })) }
    : { start: a.content.start, end: a.content.end };
  return { source: a.source, cue: a.cue, content };
}

export interface AttributionScore {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched pairs where gold has a source. */
  withGoldSource: number;
  /** ... and the predicted source overlaps it. */
  sourceOverlap: number;
  withGoldCue: number;
  cueOverlap: number;
}

export function emptyScore(): AttributionScore {
  return { gold: 0, predicted: 0, matched: 0, withGoldSource: 0, sourceOverlap: 0, withGoldCue: 0, cueOverlap: 0 };
}

function pieces(span: GoldSpan): Array<{ start: number; end: number }> {
  return span.parts ?? [span];
}

/** Characters two spans share (fragments of discontinuous spans only). */
function overlap(a: GoldSpan, b: GoldSpan): number {
  let n = 0;
  for (const x of pieces(a)) for (const y of pieces(b)) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

function length(span: GoldSpan): number {
  return pieces(span).reduce((n, p) => n + p.end - p.start, 0);
}

export function contentMatches(a: GoldSpan, b: GoldSpan): boolean {
  return overlap(a, b) * 2 >= Math.max(length(a), length(b));
}

/** Adds one article's figures to `score` and returns the matched pairs. */
export function scoreArticle(
  gold: GoldAttribution[],
  predicted: PredictedAttribution[],
  score: AttributionScore,
): Array<[GoldAttribution, PredictedAttribution]> {
  score.gold += gold.length;
  score.predicted += predicted.length;
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      if (contentMatches(g.content, p.content)) candidates.push([overlap(g.content, p.content), gi, pi]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<[GoldAttribution, PredictedAttribution]> = [];
  for (const [, gi, pi] of candidates) {
    if (usedGold.has(gi) || usedPred.has(pi)) continue;
    usedGold.add(gi);
    usedPred.add(pi);
    const g = gold[gi];
    const p = predicted[pi];
    pairs.push([g, p]);
    score.matched++;
    if (g.source) {
      score.withGoldSource++;
      if (p.source && overlap(g.source, p.source) > 0) score.sourceOverlap++;
    }
    if (g.cue) {
      score.withGoldCue++;
      if (p.cue && overlap(g.cue, p.cue) > 0) score.cueOverlap++;
    }
  }
  return pairs;
}

export interface AttributionFigures {
  precision: number;
  recall: number;
  f1: number;
  sourceAccuracy: number;
  cueAccuracy: number;
}

export function figures(s: AttributionScore): AttributionFigures {
  const precision = s.predicted ? s.matched / s.predicted : 0;
  const recall = s.gold ? s.matched / s.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    sourceAccuracy: s.withGoldSource ? s.sourceOverlap / s.withGoldSource : 0,
    cueAccuracy: s.withGoldCue ? s.cueOverlap / s.withGoldCue : 0,
  };
}
