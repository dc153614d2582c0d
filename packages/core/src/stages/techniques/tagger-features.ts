import type { Token } from '../../context.js';
import { hashWord } from '../../models/classifier/hash.js';
import { STOPWORDS } from './stopwords.js';

/*
 * Per-token features of the technique tagger, shared by training (tools) and the stage so
 * both see exactly the same numbers. One pass over the tokens, written into a caller's
 * Float32Array (tokens × SHAPE_FEATURES row-major); nothing is allocated per token.
 */

/** Names of the shape features, in column order (the `rule` of a mark quotes them). */
export const SHAPE_FEATURE_NAMES = [
  'capitalised',
  'all-caps',
  'sentence-initial',
  'not-a-word',
  'function-word',
  'adjective-suffix',
  'ly-suffix',
  'repeated-in-article',
  'echoes-title',
  'in-quotes',
  'position',
  'sentence-length',
  'exclamation',
  'question',
  'word-length',
  'digit',
  'hyphenated',
  'next-to-quote',
] as const;
export const SHAPE_FEATURES = SHAPE_FEATURE_NAMES.length;

const ADJECTIVE_SUFFIX = /(?:ous|ful|ive|less|ic|al|able|ible|ish|ant|ent|ist|ism)$/;

/** A quotation mark token (no regex: this runs three times per token). */
function isQuote(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
}

function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isWordToken(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Reused between articles: word hash -> occurrences in the article; title word hashes. */
const articleCounts = new Map<number, number>();
const titleWords = new Set<number>();

/**
 * Fills `out` (tokens.length × SHAPE_FEATURES) for the tokens of `ranges` (sentence token
 * ranges; tokens outside them keep zeros). `hashes` receives each token's case-folded hash.
 * The first range is taken as the title (PTC and most pages start with the headline).
 */
export function shapeFeatures(tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>, sentenceText: (r: number) => string, hashes: Uint32Array, out: Float32Array): void {
  articleCounts.clear();
  titleWords.clear();
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r];
    for (let i = a; i < b; i++) {
      const h = hashWord(tokens[i].text);
      hashes[i] = h;
      articleCounts.set(h, (articleCounts.get(h) ?? 0) + 1);
      if (r === 0) titleWords.add(h);
    }
  }
  const K = SHAPE_FEATURE_NAMES.length;
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r];
    const sentence = sentenceText(r);
    const last = sentence.charCodeAt(sentence.length - 1);
    const n = b - a;
    let quotes = 0;
    for (let i = a; i < b; i++) {
      const text = tokens[i].text;
      const o = i * K;
      const word = isWordToken(text);
      // Function words are short; only short words need a lower-case copy to look them up.
      const lower = word && text.length <= 10 ? text.toLowerCase() : '';
      const stop = lower !== '' && STOPWORDS.has(lower);
      const first = text.charCodeAt(0);
      if (isQuote(text)) quotes++;
      out[o] = word && i > a && isUpper(first) ? 1 : 0;
      let caps = text.length >= 2 && word;
      for (let k = 0; caps && k < text.length; k++) if (!isUpper(text.charCodeAt(k)) && text[k] !== '-') caps = false;
      out[o + 1] = caps ? 1 : 0;
      out[o + 2] = i === a ? 1 : 0;
      out[o + 3] = word ? 0 : 1;
      out[o + 4] = stop ? 1 : 0;
      out[o + 5] = word && !stop && text.length > 4 && ADJECTIVE_SUFFIX.test(text) ? 1 : 0;
      out[o + 6] = word && text.length > 3 && (text.endsWith('ly') || text.endsWith('LY')) ? 1 : 0;
      const content = word && !stop;
      out[o + 7] = content ? Math.log1p((articleCounts.get(hashes[i]) ?? 1) - 1) / 3 : 0;
      out[o + 8] = content && r > 0 && titleWords.has(hashes[i]) ? 1 : 0;
      out[o + 9] = quotes % 2 === 1 ? 1 : 0;
      out[o + 10] = n > 1 ? (i - a) / (n - 1) : 0;
      out[o + 11] = Math.min(1, n / 60);
      out[o + 12] = last === 33 ? 1 : 0;
      out[o + 13] = last === 63 ? 1 : 0;
      out[o + 14] = Math.min(1, text.length / 12);
      out[o + 15] = hasDigit(text) ? 1 : 0;
      out[o + 16] = word && text.includes('-') ? 1 : 0;
      out[o + 17] = (i > a && isQuote(tokens[i - 1].text)) || (i + 1 < b && isQuote(tokens[i + 1].text)) ? 1 : 0;
    }
  }
}
