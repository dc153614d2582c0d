/**
 * Features of the learned attribution model, shared by training (tools/src/lib/polnear-model.ts)
 * and the stage. Features are hashed integers (template id mixed with word hashes and small
 * values) indexing a fixed-size weight table, so scoring allocates no strings and the shipped
 * model holds no feature names. Two parts:
 * - cue features: is this token (a word seen in PolNeAR train cues) part of a cue?
 * - content features: given a cue, how good is token `s` as the content's first token and
 *   token `e` as its last, plus the span's kind (before, after or around the cue) and length.
 */
import type { FinderInput } from './found.js';

/** log2 of the weight table size (per part: cue and content). */
export const TABLE_BITS = 18;
const MASK = (1 << TABLE_BITS) - 1;

/** A cue found by the model: token range [first, end) and the hash of its head word (the first cue token). */
export interface CueSpan {
  first: number;
  end: number;
  head: number;
}

/** Where the content lies relative to its cue. */
export type ContentKind = 'before' | 'after' | 'around';

const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '―', '(', ')']);
const QUOTE_MARKS = new Set(['“', '”', '"', "'", '‘', '’', '``', "''", '`']);

/** 32-bit FNV-1a of a string. */
export function wordHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca77);
  return (x ^ (x >>> 13)) >>> 0;
}

function f1(t: number, a: number): number {
  return mix(mix(t, a), 0x5bd1e995) & MASK;
}
function f2(t: number, a: number, b: number): number {
  return mix(mix(mix(t, a), b), 0x5bd1e995) & MASK;
}
function f3(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(mix(t, a), b), c), 0x5bd1e995) & MASK;
}

const START_OF_SENTENCE = wordHash('<s>');
const END_OF_SENTENCE = wordHash('</s>');

/** Per-article token facts the features read, computed once. */
export interface TokenView {
  input: FinderInput;
  /** Lower-case word forms. */
  words: string[];
  /** Hash of each lower-case form. */
  hash: Uint32Array;
  /** Shape: 1 capitalised, 2 lower case, 3 digit, else the token's hash (punctuation). */
  shape: Uint32Array;
  /** 1 for quote marks. */
  quoteMark: Uint8Array;
  /** 1 for clause punctuation (comma, colon, dash, ...). */
  clausePunct: Uint8Array;
  /** Hash of each word's last three letters. */
  suffix: Uint32Array;
  /** The cue table's weight in tenths (0-10). */
  cueTenths: Uint8Array;
  /** The cue table's weight in quarters (0-4). */
  cueClass: Uint8Array;
}

export function tokenView(input: FinderInput): TokenView {
  const n = input.tokens.length;
  const words: string[] = new Array(n);
  const hash = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const quoteMark = new Uint8Array(n);
  const clausePunct = new Uint8Array(n);
  const suffix = new Uint32Array(n);
  const cueTenths = new Uint8Array(n);
  const cueClass = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const text = input.tokens[i].text;
    const w = text.toLowerCase();
    words[i] = w;
    hash[i] = wordHash(w);
    const c = text.charCodeAt(0);
    shape[i] = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : hash[i];
    quoteMark[i] = QUOTE_MARKS.has(w) ? 1 : 0;
    clausePunct[i] = CLAUSE_PUNCT.has(w) ? 1 : 0;
    suffix[i] = w.length > 3 ? suffixHash(w) : hash[i];
    const weight = input.cues.weight(w);
    cueTenths[i] = Math.floor(weight * 10);
    cueClass[i] = Math.round(weight * 4);
  }
  return { input, words, hash, shape, quoteMark, clausePunct, suffix, cueTenths, cueClass };
}

/** `wordHash` of the last three characters, without slicing. */
function suffixHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = w.length - 3; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Rough magnitude classes, so distances and lengths generalise. */
export function bucket(n: number): number {
  return n < 4 ? n : n < 6 ? 4 : n < 10 ? 6 : n < 20 ? 10 : n < 40 ? 20 : 40;
}

function quoteNear(view: TokenView, from: number, to: number): number {
  for (let k = Math.max(0, from); k < to && k < view.words.length; k++) if (view.quoteMark[k]) return 1;
  return 0;
}

/** Appends the hashed features of token `i` as (part of) a cue to `out`. */
export function cueFeatures(view: TokenView, i: number, out: number[]): void {
  const { input, hash } = view;
  const [s0, s1] = input.sentences[input.sentenceOfToken[i]];
  const w = hash[i];
  const p1 = i > s0 ? hash[i - 1] : START_OF_SENTENCE;
  const p2 = i - 1 > s0 ? hash[i - 2] : START_OF_SENTENCE;
  const n1 = i + 1 < s1 ? hash[i + 1] : END_OF_SENTENCE;
  const n2 = i + 2 < s1 ? hash[i + 2] : END_OF_SENTENCE;
  const inQuote = input.quoteOfToken[i] >= 0 ? 1 : 0;
  const word = view.words[i];
  const pos = bucket(i - s0);
  const rest = bucket(s1 - i);
  out.push(
    f1(1, 0),
    f1(2, w),
    f1(3, p1),
    f1(4, p2),
    f1(5, n1),
    f1(6, n2),
    f2(7, w, n1),
    f2(8, p1, w),
    f3(9, w, n1, n2),
    f3(10, p2, p1, w),
    f2(11, view.shape[i], w),
    f1(12, i > 0 ? view.shape[i - 1] : 0),
    f1(13, i + 1 < hash.length ? view.shape[i + 1] : 0),
    f2(14, inQuote, w),
    f1(15, inQuote),
    f1(16, pos),
    f1(17, rest),
    f2(18, w, pos),
    f2(19, w, rest),
    f1(20, wordHash(word.slice(-3))),
    f2(21, wordHash(word.slice(-2)), n1),
    f1(22, view.cueTenths[i]),
    f2(23, quoteNear(view, i - 3, i), w),
    f2(24, quoteNear(view, i + 1, i + 4), w),
  );
}


/** Per-sentence helper for content features: counts of clause punctuation before each token. */
export function clausePunctPrefix(view: TokenView, s0: number, s1: number): Int32Array {
  const prefix = new Int32Array(s1 - s0 + 1);
  for (let k = s0; k < s1; k++) prefix[k - s0 + 1] = prefix[k - s0] + view.clausePunct[k];
  return prefix;
}

function punctBetween(prefix: Int32Array, s0: number, a: number, b: number): number {
  const n = prefix[b - s0] - prefix[a - s0];
  return n > 2 ? 2 : n;
}

/** Appends the features of token `s` as the content's first token, for `cue` in sentence [s0, s1). */
export function startFeatures(view: TokenView, cue: CueSpan, s0: number, prefix: Int32Array, s: number, out: number[]): void {
  const after = s >= cue.end;
  const t = after ? 100 : 200;
  const dist = bucket(after ? s - cue.end : cue.first - s);
  const w = view.hash[s];
  const prev = s > s0 ? view.hash[s - 1] : START_OF_SENTENCE;
  const punct = after ? punctBetween(prefix, s0, cue.end, s) : punctBetween(prefix, s0, s, cue.first);
  const quoted = view.input.quoteOfToken[s] >= 0 ? 1 : 0;
  out.push(
    f1(t, 0),
    f1(t + 1, dist),
    f1(t + 2, w),
    f1(t + 3, prev),
    f2(t + 4, prev, w),
    f1(t + 5, view.shape[s]),
    f2(t + 6, cue.head, dist),
    f2(t + 7, cue.head, w),
    f2(t + 8, s === s0 ? 1 : 0, dist),
    f2(t + 9, quoted, s > s0 ? view.quoteMark[s - 1] : 0),
    f2(t + 10, punct, dist),
    f2(t + 11, punct, prev),
  );
}

/** Appends the features of token `e` as the content's last token. */
export function endFeatures(view: TokenView, cue: CueSpan, s0: number, s1: number, prefix: Int32Array, e: number, out: number[]): void {
  const after = e >= cue.end;
  const t = after ? 300 : 400;
  const dist = bucket(after ? e - cue.end : cue.first - 1 - e);
  const w = view.hash[e];
  const next = e + 1 < s1 ? view.hash[e + 1] : END_OF_SENTENCE;
  const next2 = e + 2 < s1 ? view.hash[e + 2] : END_OF_SENTENCE;
  const toEnd = bucket(s1 - 1 - e);
  const punct = after ? punctBetween(prefix, s0, cue.end, e + 1) : punctBetween(prefix, s0, e + 1, cue.first);
  const quoted = view.input.quoteOfToken[e] >= 0 ? 1 : 0;
  out.push(
    f1(t, 0),
    f1(t + 1, dist),
    f1(t + 2, w),
    f1(t + 3, next),
    f2(t + 4, w, next),
    f2(t + 5, next, next2),
    f1(t + 6, toEnd),
    f2(t + 7, cue.head, dist),
    f2(t + 8, cue.head, next),
    f2(t + 9, quoted, e + 1 < s1 ? view.quoteMark[e + 1] : 0),
    f2(t + 10, punct, toEnd),
    f2(t + 11, next, e + 2 < s1 ? view.suffix[e + 2] : END_OF_SENTENCE),
    f2(t + 12, next, cueAhead(view, e + 1, s1)),
  );
}

/** How cue-like the next three tokens are (0-4): content often stops before another tag ("…, she added"). */
function cueAhead(view: TokenView, from: number, s1: number): number {
  let best = 0;
  for (let k = from; k < from + 3 && k < s1; k++) if (view.cueClass[k] > best) best = view.cueClass[k];
  return best;
}

/** The kind of a span [s, e] (tokens, e inclusive) around `cue`, or null when it starts or ends inside the cue. */
export function contentKind(cue: CueSpan, s: number, e: number): ContentKind | null {
  if (e < cue.first) return 'before';
  if (s >= cue.end) return 'after';
  if (s < cue.first && e >= cue.end) return 'around';
  return null;
}

const KIND_CODE: Record<ContentKind, number> = { before: 1, after: 2, around: 3 };

/**
 * Per-sentence prefix counts for what lies inside a span: quote marks (an odd count leaves a
 * quotation half in, half out) and cue-like words other than the cue's own (content seldom
 * swallows another tag).
 */
export interface InteriorPrefixes {
  quotes: Int32Array;
  cueLike: Int32Array;
}

export function interiorPrefixes(view: TokenView, cue: CueSpan, s0: number, s1: number): InteriorPrefixes {
  const quotes = new Int32Array(s1 - s0 + 1);
  const cueLike = new Int32Array(s1 - s0 + 1);
  for (let k = s0; k < s1; k++) {
    quotes[k - s0 + 1] = quotes[k - s0] + view.quoteMark[k];
    const outsideCue = k < cue.first || k >= cue.end;
    cueLike[k - s0 + 1] = cueLike[k - s0] + (outsideCue && view.cueClass[k] >= 2 ? 1 : 0);
  }
  return { quotes, cueLike };
}

/** Index (0-47) of a span's interior facts: kind (0-2), quote parity, any cue-like word, clause punctuation (0-3). */
export function interiorIndex(kindIndex: number, quoteParity: number, cueLike: number, punct: number): number {
  return ((kindIndex * 2 + quoteParity) * 2 + cueLike) * 4 + punct;
}

/** Appends the features of a span's interior (see `interiorIndex`). */
export function interiorFeatures(index: number, out: number[]): void {
  const punct = index & 3;
  const cueLike = (index >> 2) & 1;
  const parity = (index >> 3) & 1;
  const kind = index >> 4;
  out.push(f2(504, kind, parity), f2(505, kind, cueLike), f2(506, kind, punct), f3(507, kind, parity, cueLike));
}

/** The interior index of span [s, e] (e inclusive) in sentence [s0, s1). */
export function spanInterior(p: InteriorPrefixes, punctPrefix: Int32Array, s0: number, kindIndex: number, s: number, e: number): number {
  const parity = (p.quotes[e + 1 - s0] - p.quotes[s - s0]) & 1;
  const cueLike = p.cueLike[e + 1 - s0] - p.cueLike[s - s0] > 0 ? 1 : 0;
  const punct = Math.min(3, punctPrefix[e + 1 - s0] - punctPrefix[s - s0]);
  return interiorIndex(kindIndex, parity, cueLike, punct);
}

/** Appends the features of the span as a whole: its kind with the cue's head word, its length, and both (short spans told apart). */
export function spanFeatures(cue: CueSpan, kind: ContentKind, length: number, out: number[]): void {
  const k = KIND_CODE[kind];
  const b = bucket(length);
  out.push(f1(500, k), f2(501, k, cue.head), f2(502, k, b), f3(503, k, cue.head, b < 4 ? b : 4));
}
