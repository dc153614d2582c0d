/**
 * Scores an analysis against a gold file imported from Label Studio or doccano
 * (`marginalia eval-import`): entity mentions exact (same span and label, labels mapped to
 * the gold's scheme), attributions by content (a predicted content matches a gold one when
 * they overlap by half of their union or more; each gold content matched once), and, for
 * matched contents with a gold source, whether the predicted source overlaps it.
 */
import type { Article } from '../../../packages/core/src/index.js';
import { entityLabel, LABEL_SCHEMES, type GoldDocument, type LabelScheme } from '../../../packages/export/src/index.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ImportedTotals {
  entities: Counts;
  attributions: Counts;
  sourcesRight: number;
  sourcesJudged: number;
  /** Whether any document had attributions in its gold (Label Studio exports with the attribution control). */
  attributionGold: boolean;
}

export function emptyTotals(): ImportedTotals {
  return { entities: { tp: 0, fp: 0, fn: 0 }, attributions: { tp: 0, fp: 0, fn: 0 }, sourcesRight: 0, sourcesJudged: 0, attributionGold: false };
}

/** The label scheme whose labels cover most of the gold's entity labels. */
export function guessScheme(documents: GoldDocument[]): LabelScheme {
  const labels = new Set(documents.flatMap((d) => d.entities.map((e) => e.label)));
  const types = ['PERSON', 'ORG', 'PLACE', 'NORP', 'DATE', 'EVENT', 'OTHER'] as const;
  const cover = (s: LabelScheme) => [...labels].filter((l) => types.some((t) => entityLabel(t, s) === l)).length;
  return [...LABEL_SCHEMES].sort((a, b) => cover(b) - cover(a))[0];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? inter / union : 0;
};

export function scoreImported(gold: GoldDocument, article: Article, scheme: LabelScheme, totals: ImportedTotals): void {
  const predicted = new Set<string>();
  for (const e of article.entities) {
    const label = entityLabel(e.type, scheme);
    if (!label) continue;
    for (const m of e.mentions) if (!(m.rule ?? '').startsWith('coref')) predicted.add(`${m.start}:${m.end}:${label}`);
  }
  const expected = new Set(gold.entities.map((e) => `${e.start}:${e.end}:${e.label}`));
  for (const p of predicted) if (expected.has(p)) totals.entities.tp++;
  else totals.entities.fp++;
  for (const g of expected) if (!predicted.has(g)) totals.entities.fn++;

  if (!gold.attributions) return;
  totals.attributionGold = true;
  const unmatched = [...gold.attributions];
  for (const a of article.attributions) {
    const i = unmatched.findIndex((g) => overlap(g.content, a.content) >= 0.5);
    if (i < 0) {
      totals.attributions.fp++;
      continue;
    }
    const [g] = unmatched.splice(i, 1);
    totals.attributions.tp++;
    if (g.source) {
      totals.sourcesJudged++;
      if (a.source && overlap(g.source, a.source) > 0) totals.sourcesRight++;
    }
  }
  totals.attributions.fn += unmatched.length;
}

export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } {
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}
