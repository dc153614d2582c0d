import { STATIC_FEATURES, TAG_FEATURES, sentenceFeatures, tagFeatures, type DocumentCase } from './features.js';
import { allowedAfter, OUTSIDE, TAG_COUNT } from './tags.js';
import type { WordInfo } from './word-info.js';

/** Weights as one flat array: row `bucket` holds TAG_COUNT weights, one per tag. */
export interface WeightTable {
  weights: Int16Array | Float32Array | Float64Array;
  /** Bucket mask: (1 << bits) - 1. */
  mask: number;
}

// Local copies: imported bindings can compile to getters (tsx, some bundlers), too slow in the inner loop.
const TAGS = TAG_COUNT;
const STATIC = STATIC_FEATURES;
const DYNAMIC = TAG_FEATURES;
const NONE = OUTSIDE;
const mayFollow = allowedAfter;
const tagFeaturesOf = tagFeatures;

const dynamic = new Uint32Array(TAG_FEATURES);
const scores = new Float64Array(TAG_COUNT);
let staticBuffer: Uint32Array = new Uint32Array(256 * STATIC_FEATURES);

/**
 * Greedy left-to-right decoding: each token takes the best-scoring tag that may follow
 * the previous one.
 */
export function decodeSentence(
  table: WeightTable,
  words: readonly string[],
  out: Int32Array | number[] = new Int32Array(words.length),
  documentCase?: DocumentCase,
): { tags: Int32Array | number[]; features: Uint32Array; infos: WordInfo[] } {
  const { features, infos } = sentenceFeatures(words, staticBuffer, documentCase);
  staticBuffer = features;
  const { weights, mask } = table;
  let prev = NONE;
  let prev2 = NONE;
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    const base = i * STATIC;
    for (let f = base; f < base + STATIC; f++) {
      const row = (features[f] & mask) * TAGS;
      for (let c = 0; c < TAGS; c++) scores[c] += weights[row + c];
    }
    tagFeaturesOf(prev, prev2, infos[i], dynamic, 0);
    for (let f = 0; f < DYNAMIC; f++) {
      const row = (dynamic[f] & mask) * TAGS;
      for (let c = 0; c < TAGS; c++) scores[c] += weights[row + c];
    }
    let best = NONE;
    let bestScore = -Infinity;
    for (let c = 0; c < TAGS; c++) {
      if (scores[c] > bestScore && mayFollow(prev, c)) {
        best = c;
        bestScore = scores[c];
      }
    }
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return { tags: out, features, infos };
}
