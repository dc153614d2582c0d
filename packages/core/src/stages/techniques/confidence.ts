import type { ModelData, ModelSpec } from '../../models/store.js';
import type { Mark } from './index.js';
import type { RuleId } from './labels.js';

/*
 * A mark's confidence: the precision marks like it had on PTC data (the share of their
 * characters inside a gold span of the same technique, SemEval-2020 partial credit), by the
 * source that made the mark and, for the tagger and learned phrases, by its score. Cells with
 * few marks are pulled towards their source's figure (`k` pseudo-marks); labels PTC does not
 * annotate (Rhetorical_Question, Appeal_to_Hypocrisy, ...) take their source's figure.
 * The table (the model package's techniques-calibration.json) is fitted by `npm run eval -- techniques-calibration --write` (see docs/techniques-tone.md).
 */

export type MarkSource = 'token' | 'sentence' | 'propagated' | 'curated' | 'learned' | 'pattern' | 'question' | 'repetition';

export interface CalibrationFile {
  about: string;
  /** Score bin edges, ascending, from 0 to just above 1. */
  edges: number[];
  k: number;
  /** Precision over every mark (the last fallback). */
  global: number;
  /** Per source: per bin [credit, marks]. */
  pooled: Record<string, Array<[number, number]>>;
  /** Per `source|label`: per bin [credit, marks]. */
  cells: Record<string, Array<[number, number]>>;
  /**
   * The article's density of technique signal (the sum of its marks' table confidences per
   * 1,000 characters) by bin (`edges`), and per bin the factor a mark's confidence is
   * multiplied by: observed precision over mean table confidence of the marks in articles of
   * that density. Marks in a calm article are less often right than the same marks in a
   * charged one. `bySource`: the same per source of marks (the tagger's marks in calm copy fare
   * worse than the hand-written insult rules), each bin pulled towards `factor` by one
   * pseudo-unit of confidence.
   */
  density?: { edges: number[]; factor: number[]; bySource?: Record<string, number[]> };
}

export function markSource(rule: string): MarkSource {
  if (rule.startsWith('model:')) return rule.includes('-again ') ? 'propagated' : rule.includes('-sentence ') ? 'sentence' : 'token';
  if (rule.startsWith('lexicon:')) return rule.includes('(learned') ? 'learned' : 'curated';
  // The insult-list rules around names are the curated lexicon applied with the entities.
  if (rule.startsWith('rule:name-calling/' satisfies RuleId<'Name_Calling-Labeling'>)) return 'curated';
  if (rule.startsWith('rule:repetition/' satisfies RuleId<'Repetition'>)) return 'repetition';
  if (rule.startsWith('rule:rhetorical-question/' satisfies RuleId<'Rhetorical_Question'>)) return 'question';
  return 'pattern';
}

const PROBABILITY = /p=(0?\.\d+|1(?:\.0+)?|0)/;
const LEARNED = /precision (0?\.\d+|1(?:\.0+)?|0) over (\d+)/;

/**
 * The mark's score in 0..1: the tagger's probability; a learned phrase's train precision
 * shrunk by its count (P·N/(N+3): a phrase seen 3 times is not trusted like one seen 30); 1 for the rest.
 */
export function markScore(rule: string): number {
  const l = LEARNED.exec(rule);
  if (l) return (Number(l[1]) * Number(l[2])) / (Number(l[2]) + 3);
  const m = PROBABILITY.exec(rule);
  return m ? Number(m[1]) : 1;
}

export function binOf(edges: readonly number[], score: number): number {
  for (let i = 1; i < edges.length; i++) if (score < edges[i]) return i - 1;
  return edges.length - 2;
}

export class Calibrator {
  constructor(private readonly file: CalibrationFile) {}

  confidence(m: Mark): number {
    const { edges, k, global, pooled, cells } = this.file;
    const source = markSource(m.rule);
    const bin = binOf(edges, markScore(m.rule));
    const p = pooled[source]?.[bin];
    const prior = p ? (p[0] + k * global) / (p[1] + k) : global;
    const c = cells[`${source}|${m.label}`]?.[bin];
    const value = c ? (c[0] + k * prior) / (c[1] + k) : prior;
    return Math.min(1, Math.max(0, value));
  }

  /** The factor for an article whose marks' table confidences sum to `density` per 1,000 characters. */
  densityFactor(density: number, source?: MarkSource): number {
    const d = this.file.density;
    if (!d) return 1;
    const factor = (source && d.bySource?.[source]) || d.factor;
    // Piecewise linear between the bins' centres (the last bin's centre: its lower edge + 0.2), flat beyond.
    const n = factor.length;
    const centre = (i: number) => (i + 1 < n ? (d.edges[i] + d.edges[i + 1]) / 2 : d.edges[i] + 0.2);
    if (density <= centre(0)) return factor[0];
    for (let i = 1; i < n; i++) {
      const c = centre(i);
      if (density <= c) {
        const c0 = centre(i - 1);
        return factor[i - 1] + ((factor[i] - factor[i - 1]) * (density - c0)) / (c - c0);
      }
    }
    return factor[n - 1];
  }
}

/** Sum of the marks' table confidences per 1,000 characters of the article's text. */
export function signalDensity(confidences: readonly number[], chars: number): number {
  let sum = 0;
  for (const c of confidences) sum += c;
  return (1000 * sum) / Math.max(1000, chars);
}

/** The confidence table of the model package (techniques-calibration.json). */
export const TECHNIQUE_CALIBRATION_MODEL: ModelSpec<Calibrator> = {
  name: 'techniques-calibration',
  decode: (data: ModelData) => new Calibrator(data as unknown as CalibrationFile),
};
