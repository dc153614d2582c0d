import type { Token } from '../../context.js';
import type { CueClasses } from './cue-words.js';
import { hashText, hashWord as hashWordImport, mix as mixImport } from './hash.js';

// Local copies: imported bindings can compile to getters (tsx), too slow in per-token loops.
const hashWord = hashWordImport;
const mix = mixImport;

/*
 * Hashed sparse features of one sentence, read straight from its tokens: word
 * unigrams, bigrams and trigrams (numbers folded into shape classes), word suffixes,
 * cue classes from hand-written word lists, and sentence-level shape (length,
 * counts of cues, numbers, capitalised words, quotes, ? and !). Training and scoring
 * both call `sentenceFeatures`, so a shipped model always sees the features it
 * was trained on. No strings or arrays are built per sentence.
 */

/** Which feature kinds are on, and the hash-table size. Stored in every shipped model. */
export interface FeatureConfig {
  /** log2 of the number of weights. */
  bits: number;
  trigrams: boolean;
  /** Last three letters of words of 5+ letters (adjective/adverb endings). */
  suffixes: boolean;
  /** Letter n-grams of lengths 3..charGrams inside words with word-edge marks (0 = off). */
  charGrams?: number;
  /**
   * Cue words inside quotation marks fire separate features: news guidelines count a
   * reported opinion ("it was a disgrace," she said) as objective reporting.
   */
  quoteCues?: boolean;
  /** Bigrams (and trigrams) of words; off leaves unigrams only, which transfer better across topics. */
  bigrams?: boolean;
}

/** A reusable list of feature ids (with repeats) for one sentence. */
export class FeatureBuffer {
  ids: Int32Array;
  count = 0;

  constructor(capacity = 1024) {
    this.ids = new Int32Array(capacity);
  }

  push(hash: number, mask: number): void {
    if (this.count === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = hash & mask;
  }
}

const seed = (name: string): number => hashText(`\u0000${name}`);
const UNIGRAM = seed('unigram');
const BIGRAM = seed('bigram');
const TRIGRAM = seed('trigram');
const SUFFIX = seed('suffix');
const CUE = seed('cue');
const QUOTED_CUE = seed('quoted-cue');
const CUE_COUNT = seed('cue-count');
const SHAPE = seed('shape');
const BOUNDARY = seed('boundary');
const NUMBER = seed('number');
const PERCENT = seed('percent');
const YEAR = seed('year');
const DECIMAL = seed('decimal');

const CHAR_GRAM = seed('char-gram');
const EDGE = 0x5f; // '_' marks a word's edges in its letter n-grams

/** Folded code unit at position i of `_word_` (positions 0 and length+1 are the edges). */
function edgedCode(word: string, i: number): number {
  if (i === 0 || i === word.length + 1) return EDGE;
  const c = word.charCodeAt(i - 1);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function pushCharGrams(word: string, maxN: number, mask: number, out: FeatureBuffer): void {
  const length = word.length + 2;
  for (let start = 0; start + 3 <= length; start++) {
    let h = CHAR_GRAM;
    for (let n = 1; n <= maxN && start + n <= length; n++) {
      h = Math.imul(h ^ edgedCode(word, start + n - 1), 0x01000193) >>> 0;
      if (n >= 3) out.push(mix(h, n), mask);
    }
  }
}

const SHAPE_LENGTH = 0;
const SHAPE_NUMBERS = 1;
const SHAPE_CAPITALS = 2;
const SHAPE_QUOTE = 3;
const SHAPE_QUESTION = 4;
const SHAPE_EXCLAMATION = 5;
const SHAPE_NO_CUES = 6;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The hash a token contributes to n-grams: its folded word (`hash`, when known), or a class for numbers. */
function tokenClass(text: string, hash?: number): number {
  const first = text.charCodeAt(0);
  if (!isDigit(first)) return hash ?? hashWord(text);
  const last = text.charCodeAt(text.length - 1);
  if (last === 37) return PERCENT; // 12%
  if (text.length === 4 && (first === 49 || first === 50) && isDigit(last)) return YEAR;
  for (let i = 1; i < text.length; i++) if (text.charCodeAt(i) === 46) return DECIMAL;
  return NUMBER;
}

function bucket(n: number): number {
  return n === 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : n < 5 ? 3 : 4;
}

/**
 * Writes the features of tokens [from, to) into `out` (cleared first). `hashes`, when
 * given, holds `hashWord(tokens[i].text)` for each token (computed once for several models).
 * `fullHashes` keeps the whole 32-bit hashes (as int32) instead of masking them to
 * `config.bits`, so models that differ only in `bits` can share one pass. `cueClasses` are the
 * analyzer's cue classes (`SENTIMENT_WORDS_MODEL`).
 */
export function sentenceFeatures(tokens: readonly Token[], from: number, to: number, config: FeatureConfig, out: FeatureBuffer, cueClasses: CueClasses, hashes?: Uint32Array, fullHashes = false): void {
  const mask = fullHashes ? -1 : (1 << config.bits) - 1;
  const cues = cueClasses.ofHash;
  const cueCounts = cueClasses.counts;
  out.count = 0;
  cueCounts.fill(0);
  let prev2 = BOUNDARY;
  let prev = BOUNDARY;
  let numbers = 0;
  let capitals = 0;
  let quote = false;
  let question = false;
  let exclamation = false;
  let words = 0;
  let inQuote = false;
  for (let i = from; i < to; i++) {
    const text = tokens[i].text;
    const first = text.charCodeAt(0);
    const cls = tokenClass(text, hashes?.[i]);
    out.push(mix(UNIGRAM, cls), mask);
    if (config.bigrams !== false) out.push(mix(BIGRAM, mix(prev, cls)), mask);
    if (config.trigrams) out.push(mix(TRIGRAM, mix(prev2, mix(prev, cls))), mask);
    prev2 = prev;
    prev = cls;
    if (isDigit(first)) {
      numbers++;
      continue;
    }
    const letter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first > 191;
    if (!letter) {
      if (first === 34 || first === 0x201c || first === 0x201d) {
        quote = true;
        inQuote = first === 0x201c ? true : first === 0x201d ? false : !inQuote;
      }
      else if (first === 63) question = true;
      else if (first === 33) exclamation = true;
      continue;
    }
    words++;
    if (i > from && first >= 65 && first <= 90) capitals++;
    const classes = cues.get(cls);
    if (classes !== undefined) {
      for (let cue = 0; cue < cueCounts.length; cue++) {
        if ((classes & (1 << cue)) === 0) continue;
        cueCounts[cue]++;
        out.push(mix(config.quoteCues && inQuote ? QUOTED_CUE : CUE, cue), mask);
      }
    }
    if (config.charGrams) pushCharGrams(text, config.charGrams, mask, out);
    if (config.suffixes && text.length >= 5) out.push(mix(SUFFIX, hashWord(text, text.length - 3)), mask);
  }
  if (config.bigrams !== false) out.push(mix(BIGRAM, mix(prev, BOUNDARY)), mask);
  let anyCue = false;
  for (let c = 0; c < cueCounts.length; c++) {
    if (cueCounts[c] === 0) continue;
    anyCue = true;
    out.push(mix(CUE_COUNT, c * 8 + bucket(cueCounts[c])), mask);
  }
  const lengthBucket = words < 4 ? 0 : words < 8 ? 1 : words < 15 ? 2 : words < 25 ? 3 : words < 40 ? 4 : 5;
  out.push(mix(SHAPE, SHAPE_LENGTH * 16 + lengthBucket), mask);
  out.push(mix(SHAPE, SHAPE_NUMBERS * 16 + bucket(numbers)), mask);
  out.push(mix(SHAPE, SHAPE_CAPITALS * 16 + bucket(capitals)), mask);
  if (quote) out.push(mix(SHAPE, SHAPE_QUOTE * 16), mask);
  if (question) out.push(mix(SHAPE, SHAPE_QUESTION * 16), mask);
  if (exclamation) out.push(mix(SHAPE, SHAPE_EXCLAMATION * 16), mask);
  if (!anyCue) out.push(mix(SHAPE, SHAPE_NO_CUES * 16), mask);
}
