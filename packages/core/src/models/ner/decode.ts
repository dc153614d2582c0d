import { STATIC_FEATURES, TAG_FEATURES, prepareSentence, tagFeatures, tokenFeatures, type DocumentCase } from './features.js';
import { LOCAL_FEATURES } from './word-info.js';
import { allowedAfter, OUTSIDE, TAG_COUNT } from './tags.js';
import type { WordInfo } from './word-info.js';
import type { WeightTable } from './table.js';

export type { WeightTable } from './table.js';

// Local copies: imported bindings can compile to getters (tsx, some bundlers), too slow in the inner loop.
const TAGS = TAG_COUNT;
const LOCAL = LOCAL_FEATURES;
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
 * `scoresOut` (optional, words × TAG_COUNT): each token's raw tag scores, in weight units;
 * a token left unscored (lower case after O) gets NaN as its first score.
 *
 * Greedy left-to-right decoding: each token takes the best-scoring tag that may follow
 * the previous one; a lower-case, numeric or punctuation token after O is O unscored
 * (names start with a capital; "of" in "Bank of England" follows a name tag).
 */
export function decodeSentence(
  table: WeightTable,
  words: readonly string[],
  out: Int32Array | number[] = new Int32Array(words.length),
  documentCase?: DocumentCase,
  known?: readonly WordInfo[],
  scoresOut?: Float64Array,
): { tags: Int32Array | number[]; infos: WordInfo[] } {
  const sentence = prepareSentence(words, documentCase, known);
  const infos = sentence.infos;
  const { weights, rows, mask } = table;
  const integer = weights instanceof Int16Array;
  let prev = NONE;
  let prev2 = NONE;
  for (let i = 0; i < words.length; i++) {
    // Most tokens are lower-case words or punctuation outside any name: O without scoring.
    if (prev === NONE && NEVER_STARTS[infos[i].caseClass] === 1) {
      out[i] = NONE;
      if (scoresOut) scoresOut[i * TAGS] = NaN;
      prev2 = prev;
      continue;
    }
    featuresOf(sentence, i, features, 0);
    tagFeaturesOf(prev, prev2, infos[i], dynamic, 0);
    if (TAGS === 9) {
      // The nine tag scores in registers, each summed in the same order as the generic loop below.
      // Integer weights: every partial sum is exact, so the word's own features can be summed
      // once per word (cached on its info) and only the others added per occurrence.
      let first = 0;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      if (integer) {
        const info = infos[i];
        let local = info.localScores;
        if (local === undefined || info.localWeights !== weights) {
          local = new Int32Array(9);
          const hashes = info.local;
          for (let f = 0; f < LOCAL; f++) {
            const row = rows[hashes[f] & mask];
            for (let c = 0; c < 9; c++) local[c] += weights[row + c];
          }
          info.localScores = local;
          info.localWeights = weights as Int16Array;
        }
        s0 = local[0]; s1 = local[1]; s2 = local[2]; s3 = local[3]; s4 = local[4]; s5 = local[5]; s6 = local[6]; s7 = local[7]; s8 = local[8];
        first = LOCAL;
      }
      for (let f = first; f < STATIC + DYNAMIC; f++) {
        const row = rows[(f < STATIC ? features[f] : dynamic[f - STATIC]) & mask];
        s0 += weights[row];
        s1 += weights[row + 1];
        s2 += weights[row + 2];
        s3 += weights[row + 3];
        s4 += weights[row + 4];
        s5 += weights[row + 5];
        s6 += weights[row + 6];
        s7 += weights[row + 7];
        s8 += weights[row + 8];
      }
      scores[0] = s0;
      scores[1] = s1;
      scores[2] = s2;
      scores[3] = s3;
      scores[4] = s4;
      scores[5] = s5;
      scores[6] = s6;
      scores[7] = s7;
      scores[8] = s8;
    } else {
      scores.fill(0);
      for (let f = 0; f < STATIC; f++) {
        const row = rows[features[f] & mask];
        for (let c = 0; c < TAGS; c++) scores[c] += weights[row + c];
      }
      for (let f = 0; f < DYNAMIC; f++) {
        const row = rows[dynamic[f] & mask];
        for (let c = 0; c < TAGS; c++) scores[c] += weights[row + c];
      }
    }
    if (scoresOut) for (let c = 0; c < TAGS; c++) scoresOut[i * TAGS + c] = scores[c];
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
