import type { KindRule } from './rules.js';

/**
 * Lines about the article rather than of it: bylines, contributor notes, datelines and
 * publication dates standing on their own line. They are neither body nor page chrome.
 */
export const BYLINE_RULES: readonly KindRule[] = [
  {
    // "By Jane Doe", "By Jane Doe and John Roe, Reuters".
    id: 'byline/by',
    kind: 'byline',
    pattern: /^[Bb][Yy]:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|al|bin))*(?:\s*(?:,|and|&|\||–|—|-)\s*[\p{L}\p{N}.'’ &-]{1,60})*$/u,
    maxLength: 120,
    cue: (text) => /^[Bb][Yy]/.test(text),
  },
  {
    // "Jane Doe | Reuters".
    id: 'byline/name-outlet',
    kind: 'byline',
    pattern: /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}\s*[|–—]\s*[\p{L}\p{N}.'’ &-]{2,40}$/u,
    maxLength: 100,
    cue: (text) => /[|–—]/.test(text),
  },
  {
    // "Staff writer Jo Roe contributed to this report.", "Jo Roe writes for The Sun.", "Reporting by Jo Roe",
    // "(Reporting by Jo Roe in London; Editing by Ann Poe)" (a wire story's sign-off).
    id: 'byline/contributor',
    kind: 'byline',
    pattern:
      /(?:\bcontributed\s+(?:reporting\s+)?(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b|^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}writes\s+(?:for|about)\s+\p{Lu}|^\(?(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\s+\p{Lu}|^\(?(?:[Ww]ritten|[Ee]dited|[Cc]ompiled)\s+by\s+\p{Lu})/u,
    maxLength: 200,
    cue: (text) => /contributed|writes|\sby\s/.test(text),
  },
  {
    // "Jane Doe, John Roe and Ann Poe": three or more full names and nothing else (two could be a title).
    id: 'byline/names',
    kind: 'byline',
    pattern:
      /^(?!.*['’]s\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}(?:,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})+,?\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}$/u,
    maxLength: 120,
    // Whitespace is followed by a capital, more whitespace, "&" or "and " only.
    cue: (text) => text.includes(',') && (text.includes('and') || text.includes('&')) && !/\s(?!and\s)[a-z]/.test(text),
  },
  {
    // "LONDON (Reuters) -" or "WASHINGTON, May 3 (AP) --" alone on its line.
    id: 'byline/dateline',
    kind: 'byline',
    pattern: /^\p{Lu}[\p{Lu} .'-]{1,30}(?:,\s*[\p{L}\p{N} .]{1,30})?\s*\((?:AP|Reuters|AFP|UPI|CNN|Bloomberg|dpa|PA|Xinhua)\)\s*(?:--|—|–|-)?$/u,
    maxLength: 80,
    cue: (text) => text.includes('('),
  },
];

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
const DATE_WORDS =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|published|posted|updated|last|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|edt|est|et|pt|pdt|pst|cet)\b/gi;

/**
 * A line that is only a date, perhaps with a weekday, a time and "Published"/"Updated"
 * ("Wednesday November 17, 2004", "Published Wednesday, December 15, 2004"): once the date
 * words are removed, nothing with letters is left.
 */
export function isDateLine(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  MONTH.lastIndex = 0;
  if (!MONTH.test(text)) return false;
  const rest = text.replace(MONTH, ' ').replace(DATE_WORDS, ' ');
  return !/\p{L}{2}/u.test(rest);
}
