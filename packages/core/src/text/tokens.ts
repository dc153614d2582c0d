import type { Token } from '../context.js';
import { isAbbreviation } from './abbreviations.js';

/*
 * One pass of one sticky-free global regex over the text, in order of preference:
 * URLs and e-mail addresses, initialisms with periods (U.S., e.g.), numbers with
 * separators and a percent sign, words with inner hyphens and apostrophes, and any
 * other single character that is not white space (a code point, so emoji stay whole).
 */
const TOKEN =
  /https?:\/\/[^\s<>"”]+[^\s<>"”.,;:!?)\]]|[\w.+-]+@[\w-]+\.[\w.-]*\w|(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*%?|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Clitics split from the word before them, as Penn Treebank and CoNLL do ("Trump" "’s"). */
const CLITIC = /^(.+?)(n['’]t|['’](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M))$/;

/** Splits `text` into tokens with offsets. Abbreviations keep their period ("St.", "J."). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const start = m.index;
    let word = m[0];
    let end = start + word.length;
    if (end > to) {
      end = to;
      word = text.slice(start, end);
    }
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
      TOKEN.lastIndex = end;
    }
    tokens.push({ start, end, text: word });
  }
  return tokens;
}
