/**
 * Decoding for the learned attribution model, shared by training and the stage:
 * grouping cue tokens into cues, and choosing the best content span for a cue.
 */
import {
  bucket,
  clausePunctPrefix,
  type ContentKind,
  contentKind,
  type CueSpan,
  endFeatures,
  interiorFeatures,
  interiorPrefixes,
  spanFeatures,
  spanInterior,
  startFeatures,
  type TokenView,
} from './model-features.js';

/** A weight table indexed by hashed feature. */
export type WeightTable = Float32Array | Float64Array;

export function scoreOf(table: WeightTable, features: readonly number[]): number {
  let total = 0;
  for (let k = 0; k < features.length; k++) total += table[features[k]];
  return total;
}

/** Most tokens allowed between two cue tokens that still make one cue ("said in a statement"). */
const CUE_GAP = 2;
const GAP_BREAKERS = new Set([',', ';', '.', '!', '?', '“', '”', '"', '(', ')', 'that']);

/**
 * Groups cue tokens (sorted indices) into cues: neighbours in one sentence at most `CUE_GAP`
 * tokens apart, with no clause punctuation between them, make one cue.
 */
export function groupCues(view: TokenView, cueTokens: readonly number[]): CueSpan[] {
  const { input, words } = view;
  const cues: CueSpan[] = [];
  for (const i of cueTokens) {
    const last = cues[cues.length - 1];
    if (last && input.sentenceOfToken[i] === input.sentenceOfToken[last.end - 1] && i - last.end <= CUE_GAP) {
      let broken = false;
      for (let k = last.end; k < i; k++) if (GAP_BREAKERS.has(words[k])) broken = true;
      if (!broken) {
        last.end = i + 1;
        continue;
      }
    }
    cues.push({ first: i, end: i + 1, head: view.hash[i] });
  }
  return cues;
}

export interface ContentChoice {
  /** First and last token of the content (last inclusive). */
  start: number;
  last: number;
  kind: ContentKind;
  score: number;
}

const KINDS: readonly ContentKind[] = ['before', 'after', 'around'];
const scratch: number[] = [];

/**
 * The best-scoring content span for `cue` within its sentence: the sum of a start score,
 * an end score and a span score (kind and length). Spans may not start or end inside the cue,
 * nor hold a token `blocked` marks (another attribution's cue).
 */
/**
 * Hostile input (issue #14): the search is quadratic in the sentence's length, once per cue, so a
 * sentence longer than this many tokens is searched only within CONTENT_WINDOW tokens either side of
 * the cue. News sentences are far shorter; a run of "he said that" is not.
 */
const LONG_SENTENCE = 400;
const CONTENT_WINDOW = 120;

export function bestContent(view: TokenView, cue: CueSpan, table: WeightTable, tagRule = true, blocked?: Uint8Array): ContentChoice | null {
  const { input } = view;
  const sentence = input.sentences[input.sentenceOfToken[cue.first]];
  const long = sentence[1] - sentence[0] > LONG_SENTENCE;
  const s0 = long ? Math.max(sentence[0], cue.first - CONTENT_WINDOW) : sentence[0];
  const s1 = long ? Math.min(sentence[1], cue.end + CONTENT_WINDOW) : sentence[1];
  const prefix = clausePunctPrefix(view, s0, s1);
  const n = s1 - s0;
  const startScore = new Float64Array(n);
  const endScore = new Float64Array(n);
  for (let k = s0; k < s1; k++) {
    if (k >= cue.first && k < cue.end) continue;
    scratch.length = 0;
    startFeatures(view, cue, s0, prefix, k, scratch);
    startScore[k - s0] = scoreOf(table, scratch);
    scratch.length = 0;
    endFeatures(view, cue, s0, s1, prefix, k, scratch);
    endScore[k - s0] = scoreOf(table, scratch);
  }
  // Span scores depend only on kind and length bucket (41 buckets at most).
  const spanScore = new Float64Array(3 * 41);
  for (let kind = 0; kind < 3; kind++) {
    for (const length of [1, 2, 3, 4, 6, 10, 20, 40]) {
      scratch.length = 0;
      spanFeatures(cue, KINDS[kind], length, scratch);
      spanScore[kind * 41 + bucket(length)] = scoreOf(table, scratch);
    }
  }
  const interior = interiorPrefixes(view, cue, s0, s1);
  const interiorScore = new Float64Array(48);
  for (let index = 0; index < 48; index++) {
    scratch.length = 0;
    interiorFeatures(index, scratch);
    interiorScore[index] = scoreOf(table, scratch);
  }
  // Length buckets looked up, not computed, inside the quadratic loop.
  const lengthBucket = new Uint8Array(n + 1);
  for (let length = 1; length <= n; length++) lengthBucket[length] = bucket(length);
  const aroundFrom = tagRule ? tagSetOff(view, cue, s1) : cue.end - 1;
  let best: ContentChoice | null = null;
  for (let s = s0; s < s1; s++) {
    if (s >= cue.first && s < cue.end) continue;
    const sScore = startScore[s - s0];
    if (blocked && blocked[s]) continue;
    for (let e = s; e < s1; e++) {
      if (blocked && blocked[e]) break;
      if (e >= cue.first && e < cue.end) continue;
      const kindIndex = e < cue.first ? 0 : s >= cue.end ? 1 : 2;
      if (kindIndex === 2 && e <= aroundFrom) continue;
      const score =
        sScore +
        endScore[e - s0] +
        spanScore[kindIndex * 41 + lengthBucket[e - s + 1]] +
        interiorScore[spanInterior(interior, prefix, s0, kindIndex, s, e)];
      if (!best || score > best.score) best = { start: s, last: e, kind: KINDS[kindIndex], score };
    }
  }
  return best;
}

/**
 * Content may run around its cue ("The plan, she said, is dead") only when the tag is set off:
 * past the first clause punctuation after the cue. Returns that token's index (or the sentence end).
 */
export function tagSetOff(view: TokenView, cue: CueSpan, sentenceEnd: number): number {
  let k = cue.end;
  while (k < sentenceEnd && !view.clausePunct[k]) k++;
  return k;
}

/** The features of a chosen span, for training updates. */
export function contentFeatures(view: TokenView, cue: CueSpan, start: number, last: number): number[] {
  const { input } = view;
  const [s0, s1] = input.sentences[input.sentenceOfToken[cue.first]];
  const prefix = clausePunctPrefix(view, s0, s1);
  const kind = contentKind(cue, start, last);
  if (!kind) throw new Error(`contentFeatures: span ${start}..${last} starts or ends inside the cue ${cue.first}..${cue.end}.`);
  const out: number[] = [];
  startFeatures(view, cue, s0, prefix, start, out);
  endFeatures(view, cue, s0, s1, prefix, last, out);
  spanFeatures(cue, kind, last - start + 1, out);
  interiorFeatures(spanInterior(interiorPrefixes(view, cue, s0, s1), prefix, s0, KINDS.indexOf(kind), start, last), out);
  return out;
}
