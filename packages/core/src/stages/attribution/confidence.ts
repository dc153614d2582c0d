/**
 * `confidence` of an attribution: how likely its content and its source are both right, a logistic fit
 * on PolNeAR **dev** (1,963 predictions of the shipped stage; right = content matched with overlap ≥ half and,
 * where gold has a source, the predicted source overlapping it). Inputs: the rule family, the learned model's
 * margin (cue score plus content fit over the acceptance threshold), the content's length in words, and whether
 * a source was found (a source the text leaves unresolved with no words — a quote continued after another
 * speaker, words that name nobody — counts as none). Reliability on dev (in sample; `npm run eval --
 * attribution --reliability`) and on the real articles (out of sample) is tabled in docs/attribution-claims.md.
 * PolNeAR's scheme counts every attribution relation (votes, requests, beliefs), and on its held-out fifths
 * dropping low-confidence ones does not pay (least confidence 0.1: F1 66.39 -> 66.08). A reader of real articles
 * wants speech it can repeat, so the default output keeps attributions at or above `MIN_CONFIDENCE` (right or
 * silent): 0.62, chosen on the real-articles development set (P 0.648 -> 0.853, R 0.844 -> 0.781; PolNeAR dev
 * P 73.9 -> 86.1, R 66.3 -> 53.5). `attributionStage({ minConfidence: 0 })` keeps every relation found.
 */
import type { FoundAttribution } from './found.js';

type Family = 'model' | 'quote' | 'continued' | 'according' | 'cue-first' | 'line';

/** Weights of the fit (log-odds; the family's weight is its intercept). */
const FAMILY: Record<Family, number> = { model: -1.019, quote: 2.069, continued: -0.845, according: 1.518, 'cue-first': -0.302, line: 0.855 };
const LOG_MARGIN = 0.769;
const BRIEF_CONTENT = -1.148;
const SHORT_CONTENT = -0.566;
const NO_SOURCE = -3.059;
/** Attributions under this confidence are left out of the default output (`attributionStage({ minConfidence })` changes it; 0 keeps all). */
export const MIN_CONFIDENCE = 0.62;

export function ruleFamily(rule: string): Family {
  const r = rule.slice(rule.indexOf('/') + 1);
  if (r.startsWith('model')) return 'model';
  if (r === 'quote-continued') return 'continued';
  if (r.startsWith('quote') || r === 'signed-quote') return 'quote';
  if (r.startsWith('according')) return 'according';
  if (r === 'reported-inverted') return 'according';
  if (r.startsWith('reported')) return 'cue-first';
  return 'line';
}

/** Words (letters or digits) in text[start, end). */
function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c > 127;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

export function attributionConfidence(text: string, f: FoundAttribution): number {
  const family = ruleFamily(f.rule);
  const words = wordCount(text, f.content[0], Math.min(f.content[1], f.content[0] + 200));
  let z = FAMILY[family];
  if (family === 'model') z += LOG_MARGIN * Math.log1p(Math.max(0, Math.min(f.score ?? 0, 30)));
  if (words <= 2) z += BRIEF_CONTENT;
  else if (words <= 5) z += SHORT_CONTENT;
  if (!f.source || f.sourceNamesNoOne) z += NO_SOURCE;
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(p * 1000) / 1000;
}
