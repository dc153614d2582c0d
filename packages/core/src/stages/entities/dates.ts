import type { Token } from '../../context.js';

const MONTHS = new Set('january february march april may june july august september october november december'.split(' '));
const MONTH_ABBREVIATIONS = new Set('jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'.split(' '));
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** Words before a bare year or "May" that show a date follows ("in 2019", "since May"). */
const DATE_LEAD = new Set('in since by until till from of during before after through to between and early late mid last next this around'.split(' '));
const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

const CAPITALISED = /^\p{Lu}/u;

function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  // ASCII answers without the regex; anything else (accented, other scripts) asks it.
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(text);
}

function isMonth(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const t = tokens[i].text;
  const lower = t.toLowerCase();
  if (!isCapitalised(t)) return false;
  if (MONTH_ABBREVIATIONS.has(lower)) return true;
  if (!MONTHS.has(lower)) return false;
  if (lower !== 'may') return true;
  // "May" is also a modal verb and a surname: only take it with a day, a year or a date word.
  const next = i + 1 < to ? tokens[i + 1].text : '';
  const prev = i > from ? tokens[i - 1].text.toLowerCase() : '';
  return DAY.test(next) || YEAR.test(next) || DATE_LEAD.has(prev);
}

/**
 * Date mentions in tokens [from, to) by rule: month names with their day and year
 * ("March 5, 2025", "5 March"), weekdays, ISO dates and years after a date word
 * ("in 2019"). `taken[i]` marks tokens already inside a name.
 */
export function dateRanges(tokens: readonly Token[], from: number, to: number, taken: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (taken[i]) continue;
    const t = tokens[i].text;
    // Every rule below needs a capitalised word (month, weekday) or a digit (ISO date, year).
    const first = t.charCodeAt(0);
    if (first < 128 && !(first >= 65 && first <= 90) && !(first >= 48 && first <= 57)) continue;
    const lower = t.toLowerCase();
    let start = -1;
    let end = -1;
    if (isMonth(tokens, i, from, to)) {
      start = i;
      end = i + 1;
      if (i > from && DAY.test(tokens[i - 1].text) && !taken[i - 1]) start = i - 1;
      if (end < to && DAY.test(tokens[end].text)) end++;
      if (end + 1 < to && tokens[end].text === ',' && YEAR.test(tokens[end + 1].text)) end += 2;
      else if (end < to && YEAR.test(tokens[end].text)) end++;
    } else if (WEEKDAYS.has(lower) && isCapitalised(t)) {
      start = i;
      end = i + 1;
    } else if (ISO_DATE.test(t) || (YEAR.test(t) && i > from && DATE_LEAD.has(tokens[i - 1].text.toLowerCase()))) {
      start = i;
      end = i + 1;
    }
    if (start < 0) continue;
    // "Friday, March 5": one date.
    const last = out[out.length - 1];
    if (last && last[1] + 1 === start && tokens[last[1]].text === ',') last[1] = end;
    else out.push([start, end]);
    i = end - 1;
  }
  return out;
}
