/**
 * SemEval-2020 Task 11 scoring with partial credit (Da San Martino et al., 2019, §5):
 *
 *   C(s, t, h) = |s ∩ t| / h · δ(label(s), label(t))
 *   P = 1/|S| Σ_s Σ_t C(s, t, |s|)      R = 1/|T| Σ_t Σ_s C(s, t, |t|)      F1 = 2PR / (P + R)
 *
 * S are the predicted spans, T the gold spans, |x| a length in characters. One
 * deviation, made so nothing is counted twice: a span's credit is its overlap with
 * the *union* of the other side's spans of the same label, so it never exceeds 1
 * (the official pairwise sum can exceed 1 when same-label spans overlap each other).
 * Predicted spans of one label that share characters are merged first (the official
 * SI scorer rejects overlapping predictions; merging is what it asks one to do).
 * On the dev portion no two gold spans of one label overlap and the stage never emits
 * overlapping marks of one label, so both conventions give exactly the official figure.
 */

export interface ScoredSpan {
  label: string;
  start: number;
  end: number;
}

export interface Tally {
  /** Σ precision credit over predicted spans, and how many were predicted. */
  precisionCredit: number;
  predicted: number;
  /** Σ recall credit over gold spans, and how many gold spans there were. */
  recallCredit: number;
  gold: number;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyTally(): Tally {
  return { precisionCredit: 0, predicted: 0, recallCredit: 0, gold: 0 };
}

export function figures(t: Tally): Figures {
  const precision = t.predicted ? t.precisionCredit / t.predicted : 0;
  const recall = t.gold ? t.recallCredit / t.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Sorted, merged [start, end) intervals. */
export function mergeIntervals(spans: ReadonlyArray<{ start: number; end: number }>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Array<[number, number]> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    // Only spans that share a character merge; touching spans stay two, as the official scorer counts them.
    if (last && s.start < last[1]) last[1] = Math.max(last[1], s.end);
    else out.push([s.start, s.end]);
  }
  return out;
}

function overlapWithUnion(start: number, end: number, union: ReadonlyArray<[number, number]>): number {
  let sum = 0;
  for (const [a, b] of union) {
    if (a >= end) break;
    sum += Math.max(0, Math.min(b, end) - Math.max(a, start));
  }
  return sum;
}

/**
 * Adds one article's predictions and gold spans to per-label tallies (keyed by label).
 * Both sides must already use the same label names.
 */
export function scoreArticle(predicted: readonly ScoredSpan[], gold: readonly ScoredSpan[], tallies: Map<string, Tally>): void {
  const labels = new Set([...predicted.map((s) => s.label), ...gold.map((s) => s.label)]);
  for (const label of labels) {
    const tally = tallies.get(label) ?? emptyTally();
    tallies.set(label, tally);
    const mergedPredicted = mergeIntervals(predicted.filter((s) => s.label === label));
    const goldSpans = gold.filter((s) => s.label === label);
    const goldUnion = mergeIntervals(goldSpans);
    for (const [s, e] of mergedPredicted) {
      tally.predicted++;
      tally.precisionCredit += overlapWithUnion(s, e, goldUnion) / (e - s);
    }
    for (const g of goldSpans) {
      tally.gold++;
      tally.recallCredit += overlapWithUnion(g.start, g.end, mergedPredicted) / (g.end - g.start);
    }
  }
}

/** The micro tally: every label's credit and counts summed. */
export function microTally(tallies: Map<string, Tally>): Tally {
  const sum = emptyTally();
  for (const t of tallies.values()) {
    sum.precisionCredit += t.precisionCredit;
    sum.predicted += t.predicted;
    sum.recallCredit += t.recallCredit;
    sum.gold += t.gold;
  }
  return sum;
}
