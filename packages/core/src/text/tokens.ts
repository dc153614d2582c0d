import type { Token } from '../context.js';
import { isAbbreviation } from './abbreviations.js';

/*
 * One pass of one sticky-free global regex over the text, in order of preference:
 * URLs and e-mail addresses, initialisms with periods (U.S., e.g.), numbers with
 * separators and a percent sign, words with inner hyphens and apostrophes, and any
 * other single character that is not white space (a code point, so emoji stay whole).
 *
 * The URL and e-mail alternatives are bounded (a URL at most 2,048 characters, an e-mail's
 * local part 64 and its domain 255, as RFC 5321 allows), so a failed attempt costs a constant:
 * unbounded, `[\w.+-]+@` scanned a whole run of dots, dashes, underscores or pluses at every
 * character of it, looking for an '@' (100,000 dots took 12.6 s to analyse; now linear).
 */
const TOKEN =
  /https?:\/\/[^\s<>"”]{1,2047}[^\s<>"”.,;:!?)\]]|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{0,190}\w|(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*%?|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Clitics split from the word before them, as Penn Treebank and CoNLL do ("Trump" "’s"). */
const CLITIC = /^(.+?)(n['’]t|['’](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M))$/;

/** The same alternatives, sticky: tried at one position (the next non-space character). */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/** JavaScript's `\s` (white space and line terminators). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Splits `text` into tokens with offsets. Abbreviations keep their period ("St.", "J."). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Every non-space character starts a match (the last alternative is \S), so the next
  // match starts at the next non-space character: find it, then try the sticky regex there.
  let pos = from;
  const length = text.length;
  // A start inside a surrogate pair backs up to the pair, as the global regex does.
  if (pos > 0 && pos < length) {
    const c = text.charCodeAt(pos);
    const before = text.charCodeAt(pos - 1);
    if (c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff) pos--;
  }
  for (;;) {
    while (pos < length && isSpace(text.charCodeAt(pos))) pos++;
    if (pos >= length || pos >= to) break;
    TOKEN_AT.lastIndex = pos;
    if (!TOKEN_AT.test(text)) break;
    const start = pos;
    let end = TOKEN_AT.lastIndex;
    if (end > to) end = to;
    let word = text.slice(start, end);
    pos = TOKEN_AT.lastIndex;
    const first = word.charCodeAt(0);
    const isLetter = first > 64 && (first < 91 || (first > 96 && first < 123) || first > 127);
    // Every clitic holds an apostrophe: words without one skip the regex.
    if (isLetter && word.length > 2 && (word.includes("'") || word.includes('’'))) {
      const clitic = CLITIC.exec(word);
      if (clitic) {
        const stemEnd = start + clitic[1].length;
        tokens.push({ start, end: stemEnd, text: clitic[1] });
        tokens.push({ start: stemEnd, end, text: clitic[2] });
        continue;
      }
    }
    // Keep the period of an abbreviation or an initial with its word.
    if (isLetter && text.charCodeAt(end) === 46 && end < to && (isAbbreviation(word) || (word.length === 1 && first < 91))) {
      end += 1;
      word += '.';
      pos = end;
    }
    tokens.push({ start, end, text: word });
  }
  return tokens;
}
