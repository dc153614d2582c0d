import type { Token } from '../../context.js';
import type { Quote } from './quotes.js';
import type { CueLexicon } from './lexicon.js';

/** An attribution found by a rule, in offsets, before it becomes an `Attribution`. */
export interface FoundAttribution {
  direct: boolean;
  source: [number, number] | null;
  cue: [number, number] | null;
  content: [number, number];
  /** The content's pieces when a tag interrupts it (`“One,” she said, “two.”`); absent when it is whole. */
  parts?: Array<[number, number]>;
  rule: string;
  /** The text does not settle who spoke (a quote continued after another speaker intervened): no source is given. */
  unresolved?: boolean;
  /** The source phrase names nobody who could speak ("The pair's long-running row"): its confidence is that of no source. */
  sourceNamesNoOne?: boolean;
  /** The learned model's margin for this attribution (cue score plus content fit), when the model found it. */
  score?: number;
}

/** What the finders share for one article: tokens, sentences, quotes and which tokens are taken. */
export interface FinderInput {
  text: string;
  tokens: readonly Token[];
  sentences: ReadonlyArray<[number, number]>;
  quotes: readonly Quote[];
  /** For each token, the index of the quote it lies inside (marks included), or -1. */
  quoteOfToken: Int32Array;
  /** For each token, true once an attribution took it (as source, cue or content). */
  taken: Uint8Array;
  /** For each token, the index of its sentence. */
  sentenceOfToken: Int32Array;
  /** The cue words (the analyzer's `attribution-cues` model). */
  cues: CueLexicon;
}

export function offsetsOf(tokens: readonly Token[], first: number, end: number): [number, number] {
  return [tokens[first].start, tokens[end - 1].end];
}

export function take(input: FinderInput, first: number, end: number): void {
  for (let i = Math.max(0, first); i < end && i < input.taken.length; i++) input.taken[i] = 1;
}

/** The first token index whose start is at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function isLowerWord(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122;
}

export const OPEN_QUOTE = new Set(['“', '"', "'", '`']);
export const CLOSE_QUOTE = new Set(['”', '"', "'"]);
export const SENTENCE_END = new Set(['.', '!', '?']);
