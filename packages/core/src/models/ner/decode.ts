import { STATIC_FEATURES, TAG_FEATURES, prepareSentence, tagFeatures, tokenFeatures, type DocumentCase } from './features.js';
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
const featuresOf = tokenFeatures;

/** Case classes (see WordInfo) that never start a name: lower case, digits, punctuation. */
const NEVER_STARTS = new Uint8Array([1, 0, 0, 1, 1, 0, 1]);

const dynamic = new Uint32Array(TAG_FEATURES);
const scores = new Float64Array(TAG_COUNT);
const features = new Uint32Array(STATIC_FEATURES);

/**
 * Greedy left-to-right decoding: each token takes the best-scoring tag that may follow
 * the previous one; a lower-case, numeric or punctuation token after O is O unscored
 * (names start with a capital; "of" in "Bank of England" follows a name tag).
 */
export function decodeSentence(
  table: WeightTable,
  words: readonly string[],
  out: Int32Array | number[] = new Int32Array(words.length),
  documentCase?: DocumentCase,
): { tags: Int32Array | number[]; infos: WordInfo[] } {
  const sentence = prepareSentence(words, documentCase);
  const infos = sentence.infos;
  const { weights, mask } = table;
  let prev = NONE;
  let prev2 = NONE;
  for (let i = 0; i < words.length; i++) {
    // Most tokens are lower-case words or punctuation outside any name: O without scoring.
    if (prev === NONE && NEVER_STARTS[infos[i].caseClass] === 1) {
      out[i] = NONE;
      prev2 = prev;
      continue;
    }
    scores.fill(0);
    featuresOf(sentence, i, features, 0);
    for (let f = 0; f < STATIC; f++) {
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
  return { tags: out, infos };
}
