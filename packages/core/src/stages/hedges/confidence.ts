/**
 * A hedge's `confidence`: how likely the matched word or phrase hedges (weakens or distances an
 * assertion) in its context. No data set in shared/data annotates hedges, so the figures come from a
 * hand-judged sample of the PolNeAR **dev** articles' matches (up to 8 per entry, 132 in all, judged in
 * context), smoothed towards 0.75 by two pseudo-matches: (right + 1.5) / (judged + 2). Two context
 * rules take out the readings the sample showed are not hedges: `likely voters` (a poll term) and
 * `might` as a noun (`military might`, `with all his might`); `could` before `barely`/`hardly`/`not`
 * reads as past ability more often than possibility. See docs/confidence.md.
 */

/** Entry -> [judged right, judged] on the PolNeAR dev sample. */
const JUDGED: Readonly<Record<string, readonly [number, number]>> = {
  'hedge/could': [6, 8],
  'hedge/may': [8, 8],
  'hedge/might': [4.5, 7],
  'hedge/suggest': [6, 8],
  'hedge/appears-to': [8, 8],
  'hedge/likely': [5, 5],
  'hedge/perhaps': [8, 8],
  'hedge/probably': [8, 8],
  'hedge/maybe': [8, 8],
  'hedge/apparently': [8, 8],
  'hedge/sources-say': [7, 7],
  'hedge/so-called': [2, 6],
  'hedge/unlikely': [5, 5],
  'hedge/speculation': [2, 3],
  'hedge/possibly': [2, 2],
  'hedge/some-say': [2, 2],
  'hedge/seemingly': [2, 2],
  'hedge/presumably': [1, 1],
  'hedge/alleged': [1, 1],
  'hedge/allegedly': [1, 1],
  'hedge/reportedly': [1, 1],
};

/** The figure an entry with no judged match starts from, and the weight (pseudo-matches) it keeps. */
const PRIOR = 0.75;
const PRIOR_WEIGHT = 2;
/** Confidence of a match the context rules read as not hedging. */
const NOT_A_HEDGE = 0.1;

const NOUN_MIGHT = /(?:military|economic|naval|air|full|its|their|our|his|her|all|with|of) $/i;
const ABILITY_COULD = /^ (?:barely|hardly|not|n[’']t|never|only|no longer)\b/i;

export function hedgeConfidence(rule: string, text: string, start: number, end: number): number {
  const [right, judged] = JUDGED[rule] ?? [0, 0];
  let p = (right + PRIOR * PRIOR_WEIGHT) / (judged + PRIOR_WEIGHT);
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 16);
  if (rule === 'hedge/likely' && /^ voters?\b/i.test(after)) p = NOT_A_HEDGE;
  if (rule === 'hedge/might' && NOUN_MIGHT.test(before)) p = NOT_A_HEDGE;
  if (rule === 'hedge/could' && ABILITY_COULD.test(after)) p = Math.min(p, 0.4);
  return Math.round(p * 1000) / 1000;
}
