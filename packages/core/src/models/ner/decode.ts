import { STATIC_FEATURES, TAG_FEATURES, sentenceFeatures, tagFeatures, type DocumentCase } from './features.js';
import { allowedAfter, OUTSIDE, TAG_COUNT } from './tags.js';
import type { WordInfo } from './word-info.js';

/** Weights as one flat array: row `bucket` holds TAG_COUNT weights, one per tag. */
export interface WeightTable {
  weights: Int16Array | Float32Array | Float64Array;
  /** Bucket mask: (1 << bits) - 1. */
  mask: number;
}

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
  let prev = OUTSIDE;
  let prev2 = OUTSIDE;
  for (let i = 0; i < words.length; i++) {
    scores.fill(0);
    const base = i * STATIC_FEATURES;
    for (let f = base; f < base + STATIC_FEATURES; f++) {
      const row = (features[f] & mask) * TAG_COUNT;
      for (let c = 0; c < TAG_COUNT; c++) scores[c] += weights[row + c];
    }
    tagFeatures(prev, prev2, infos[i], dynamic, 0);
    for (let f = 0; f < TAG_FEATURES; f++) {
      const row = (dynamic[f] & mask) * TAG_COUNT;
      for (let c = 0; c < TAG_COUNT; c++) scores[c] += weights[row + c];
    }
    let best = OUTSIDE;
    let bestScore = -Infinity;
    for (let c = 0; c < TAG_COUNT; c++) {
      if (scores[c] > bestScore && allowedAfter(prev, c)) {
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
