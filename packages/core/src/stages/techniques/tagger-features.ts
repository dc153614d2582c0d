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

// What `shapeFeatures` reads of a token's text alone, as bits of `WordFacts.flags`.
const F_WORD = 1;
const F_STOP = 2;
const F_UPPER_FIRST = 4;
const F_CAPS = 8;
const F_ADJECTIVE = 16;
const F_LY = 32;
const F_QUOTE = 64;
const F_DIGIT = 128;
const F_HYPHEN = 256;

/** Per case-folded word hash: its occurrences in the current article, and whether the title holds it. */
interface HashCount {
  /** The article (`articleStamp`) `count` and `inTitle` belong to. */
  stamp: number;
  count: number;
  inTitle: boolean;
}

interface WordFacts {
  hash: number;
  flags: number;
  /** Shared by every text with this hash ("The", "the"): the per-article counts are per hash. */
  counter: HashCount;
}

/** Token text -> its facts, computed once per distinct text; hash -> its counter. Both bounded (cleared together between articles). */
const factsCache = new Map<string, WordFacts>();
const counters = new Map<number, HashCount>();
const FACTS_LIMIT = 100_000;
let articleStamp = 0;

function computeFacts(text: string): WordFacts {
  const word = isWordToken(text);
  // Function words are short; only short words need a lower-case copy to look them up.
  const lower = word && text.length <= 10 ? text.toLowerCase() : '';
  const stop = lower !== '' && STOPWORDS.has(lower);
  let caps = text.length >= 2 && word;
  for (let k = 0; caps && k < text.length; k++) if (!isUpper(text.charCodeAt(k)) && text[k] !== '-') caps = false;
  let flags = 0;
  if (word) flags |= F_WORD;
  if (stop) flags |= F_STOP;
  if (isUpper(text.charCodeAt(0))) flags |= F_UPPER_FIRST;
  if (caps) flags |= F_CAPS;
  if (word && !stop && text.length > 4 && ADJECTIVE_SUFFIX.test(text)) flags |= F_ADJECTIVE;
  if (word && text.length > 3 && (text.endsWith('ly') || text.endsWith('LY'))) flags |= F_LY;
  if (isQuote(text)) flags |= F_QUOTE;
  if (hasDigit(text)) flags |= F_DIGIT;
  if (word && text.includes('-')) flags |= F_HYPHEN;
  const hash = hashWord(text);
  let counter = counters.get(hash);
  if (counter === undefined) {
    counter = { stamp: -1, count: 0, inTitle: false };
    counters.set(hash, counter);
  }
  return { hash, flags, counter };
}

function factsOf(text: string): WordFacts {
  let facts = factsCache.get(text);
  if (facts === undefined) {
    facts = computeFacts(text);
    factsCache.set(text, facts);
  }
  return facts;
}

/** Per token of the current article: its facts (grown as needed). */
let tokenFacts: WordFacts[] = [];

/**
 * Fills `out` (tokens.length × SHAPE_FEATURES) for the tokens of `ranges` (sentence token
 * ranges; tokens outside them keep zeros). `hashes` receives each token's case-folded hash.
 * The first range is taken as the title (PTC and most pages start with the headline).
 */
export function shapeFeatures(tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>, sentenceText: (r: number) => string, hashes: Uint32Array, out: Float32Array): void {
  if (factsCache.size >= FACTS_LIMIT || counters.size >= FACTS_LIMIT) {
    factsCache.clear();
    counters.clear();
  }
  const stamp = ++articleStamp;
  if (tokenFacts.length < tokens.length) tokenFacts = new Array<WordFacts>(Math.max(tokens.length, 2 * tokenFacts.length));
  const factsAt = tokenFacts;
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r];
    for (let i = a; i < b; i++) {
      const facts = factsOf(tokens[i].text);
      hashes[i] = facts.hash;
      factsAt[i] = facts;
      const counter = facts.counter;
      if (counter.stamp !== stamp) {
        counter.stamp = stamp;
        counter.count = 0;
        counter.inTitle = false;
      }
      counter.count++;
      if (r === 0) counter.inTitle = true;
    }
  }
  const K = SHAPE_FEATURE_NAMES.length;
  for (let r = 0; r < ranges.length; r++) {
    const [a, b] = ranges[r];
    const sentence = sentenceText(r);
    const last = sentence.charCodeAt(sentence.length - 1);
    const n = b - a;
    const exclamation = last === 33 ? 1 : 0;
    const question = last === 63 ? 1 : 0;
    const sentenceLength = Math.min(1, n / 60);
    let quotes = 0;
    for (let i = a; i < b; i++) {
      const facts = factsAt[i];
      const flags = facts.flags;
      const o = i * K;
      const word = (flags & F_WORD) !== 0;
      const stop = (flags & F_STOP) !== 0;
      if ((flags & F_QUOTE) !== 0) quotes++;
      out[o] = word && i > a && (flags & F_UPPER_FIRST) !== 0 ? 1 : 0;
      out[o + 1] = (flags & F_CAPS) !== 0 ? 1 : 0;
      out[o + 2] = i === a ? 1 : 0;
      out[o + 3] = word ? 0 : 1;
      out[o + 4] = stop ? 1 : 0;
      out[o + 5] = (flags & F_ADJECTIVE) !== 0 ? 1 : 0;
      out[o + 6] = (flags & F_LY) !== 0 ? 1 : 0;
      const content = word && !stop;
      out[o + 7] = content ? Math.log1p(facts.counter.count - 1) / 3 : 0;
      out[o + 8] = content && r > 0 && facts.counter.inTitle ? 1 : 0;
      out[o + 9] = quotes % 2 === 1 ? 1 : 0;
      out[o + 10] = n > 1 ? (i - a) / (n - 1) : 0;
      out[o + 11] = sentenceLength;
      out[o + 12] = exclamation;
      out[o + 13] = question;
      out[o + 14] = Math.min(1, tokens[i].text.length / 12);
      out[o + 15] = (flags & F_DIGIT) !== 0 ? 1 : 0;
      out[o + 16] = (flags & F_HYPHEN) !== 0 ? 1 : 0;
      out[o + 17] = (i > a && (factsAt[i - 1].flags & F_QUOTE) !== 0) || (i + 1 < b && (factsAt[i + 1].flags & F_QUOTE) !== 0) ? 1 : 0;
    }
  }
}
