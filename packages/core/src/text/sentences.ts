import { trimRange } from '../model/span.js';
import { OTHER_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from './abbreviations.js';

const TERMINATORS = '.!?…';
const CLOSERS = '"”’\')]}»';
const OPENERS = '"“‘\'([{«¿¡';

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word right before position `end` (letters and inner periods), e.g. "St" or "U.S". */
function wordBefore(text: string, end: number, floor: number): string {
  let s = end;
  while (s > floor) {
    const ch = text[s - 1];
    if (ch === '.' || /[\p{L}\p{M}]/u.test(ch)) s--;
    else break;
  }
  return text.slice(s, end);
}

/** The word starting at `start` (letters only). */
function wordAfter(text: string, start: number, ceiling: number): string {
  let e = start;
  while (e < ceiling && /[\p{L}\p{M}]/u.test(text[e])) e++;
  return text.slice(start, e);
}

/**
 * Whether a single period at `dot` ends a sentence, given the next sentence would
 * start at `next`. Titles ("Sen.", "St."), initials ("J.") and initialisms ("U.S.")
 * do not, unless a typical sentence opener follows an initialism or abbreviation.
 */
function periodEndsSentence(text: string, dot: number, next: number, floor: number, ceiling: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (word.length === 0) return true;
  const bare = word.replace(/\./g, '');
  const lower = bare.toLowerCase();
  const following = wordAfter(text, next, ceiling);
  const opensSentence = following.length > 0 && isUpper(following[0]) && SENTENCE_STARTERS.has(following.toLowerCase());
  if (!word.includes('.') && TITLE_ABBREVIATIONS.has(lower)) return false;
  if (bare.length === 1 && isUpper(bare)) return false; // an initial: "Donald J. Trump"
  if (word.includes('.')) return opensSentence; // an initialism: "U.S.", "e.g."
  if (OTHER_ABBREVIATIONS.has(lower)) return opensSentence;
  return true;
}

/**
 * Splits the range [start, end) of `text` into sentence ranges. Handles abbreviations,
 * initials, decimal numbers, closing quotes after the terminator, and attributions
 * that continue a quotation in lower case ("“It’s over!” he said.").
 */
export function sentenceRanges(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (TERMINATORS.indexOf(ch) < 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && TERMINATORS.indexOf(text[j]) >= 0) j++;
    const singlePeriod = j - i === 1 && ch === '.';
    while (j < end && CLOSERS.indexOf(text[j]) >= 0) j++;
    if (j >= end) break;
    if (!isSpaceCode(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
    if (k >= end) break;
    const next = text[k];
    let breaks: boolean;
    if (isLower(next)) breaks = false;
    else if (singlePeriod) {
      let firstLetter = k;
      while (firstLetter < end && OPENERS.indexOf(text[firstLetter]) >= 0) firstLetter++;
      breaks = periodEndsSentence(text, i, firstLetter, start, end);
    } else breaks = true;
    if (breaks) {
      const [s, e] = trimRange(text, sentenceStart, j);
      if (e > s) out.push([s, e]);
      sentenceStart = k;
    }
    i = k;
  }
  const [s, e] = trimRange(text, sentenceStart, end);
  if (e > s) out.push([s, e]);
  return out;
}
