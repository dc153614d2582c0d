/**
 * Words that end in a period without ending a sentence (lower-cased, without the period).
 * Titles and honorifics come first: they are followed by a capitalised name, so a
 * capital after them is no sign of a new sentence.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj',
  'adm', 'cmdr', 'rev', 'hon', 'pres', 'atty', 'supt', 'st', 'mt', 'ft', 'fr', 'sr', 'jr', 'messrs', 'mme', 'mlle',
  'insp', 'det', 'cpl', 'pvt', 'amb', 'sec', 'treas', 'dep', 'asst', 'assoc', 'supt', 'brig', 'gov', 'lieut',
]);

/** Other abbreviations that rarely end a sentence. */
export const OTHER_ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'dept', 'univ', 'assn', 'bros', 'no', 'nos', 'vs', 'v', 'approx',
  'est', 'fig', 'figs', 'vol', 'vols', 'pp', 'ed', 'eds', 'al', 'cf', 'ca',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Words that often begin a sentence. After an initialism such as "U.S." a capitalised
 * word from this list signals a sentence break ("... in the U.S. The talks ...").
 */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'these', 'those', 'there', 'his', 'her', 'its', 'their', 'our', 'my', 'however', 'meanwhile', 'officials',
  'if', 'when', 'while', 'after', 'before', 'as', 'for', 'so', 'yet', 'still', 'then', 'now', 'some', 'many',
  'most', 'what', 'who', 'why', 'how', 'where', 'one', 'two', 'both', 'last', 'earlier', 'later',
]);

export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(w) || OTHER_ABBREVIATIONS.has(w);
}
