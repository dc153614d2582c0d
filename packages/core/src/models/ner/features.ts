import { mix, hashString } from './hash.js';
import { LOCAL_FEATURES, SALT, wordInfo, type WordInfo } from './word-info.js';

/** Features per token that do not depend on earlier decisions. */
export const STATIC_FEATURES = LOCAL_FEATURES + 17;
/** Features that read the previous tags (computed while decoding). */
export const TAG_FEATURES = 4;

const BOUNDARY: WordInfo = {
  norm: '<s>',
  normHash: hashString('<s>', SALT.word),
  shapeHash: hashString('<s>', SALT.shape),
  caseClass: 6,
  gazetteer: 0,
  local: new Uint32Array(LOCAL_FEATURES),
};

/**
 * Static feature hashes of a sentence, `STATIC_FEATURES` per token, written into `out`
 * (grown when too small). Returns the buffer and the word infos (for tag features).
 */
export function sentenceFeatures(
  words: readonly string[],
  out?: Uint32Array,
  documentCase?: DocumentCase,
): { features: Uint32Array; infos: WordInfo[] } {
  const n = words.length;
  const need = n * STATIC_FEATURES;
  const features = out && out.length >= need ? out : new Uint32Array(Math.max(need, 64 * STATIC_FEATURES));
  const infos = new Array<WordInfo>(n);
  let letters = 0;
  let capsWords = 0;
  for (let i = 0; i < n; i++) {
    const info = wordInfo(words[i]);
    infos[i] = info;
    if (info.caseClass <= 2) letters++;
    if (info.caseClass === 2) capsWords++;
  }
  // A headline in capitals ("LEICESTERSHIRE TAKE OVER"): case tells little there.
  const capsSentence = letters >= 3 && capsWords * 4 >= letters * 3 ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const w = infos[i];
    const p1 = i > 0 ? infos[i - 1] : BOUNDARY;
    const p2 = i > 1 ? infos[i - 2] : BOUNDARY;
    const n1 = i + 1 < n ? infos[i + 1] : BOUNDARY;
    const n2 = i + 2 < n ? infos[i + 2] : BOUNDARY;
    let k = i * STATIC_FEATURES;
    const local = w.local;
    for (let j = 0; j < LOCAL_FEATURES; j++) features[k++] = local[j];
    features[k++] = mix(p1.normHash, SALT.wordPrev);
    features[k++] = mix(n1.normHash, SALT.wordNext);
    features[k++] = mix(p2.normHash, SALT.wordPrev2);
    features[k++] = mix(n2.normHash, SALT.wordNext2);
    features[k++] = mix(mix(p1.normHash, w.normHash), SALT.bigramPrev);
    features[k++] = mix(mix(w.normHash, n1.normHash), SALT.bigramNext);
    features[k++] = mix(mix(p1.shapeHash, w.shapeHash), SALT.shapePrev);
    features[k++] = mix(mix(w.shapeHash, n1.shapeHash), SALT.shapeNext);
    features[k++] = mix(SALT.gazPrev, p1.gazetteer * 8 + w.caseClass);
    features[k++] = mix(SALT.gazNext, n1.gazetteer * 8 + w.caseClass);
    features[k++] = mix(SALT.position, (i === 0 ? 1 : 0) + 2 * capsSentence + 4 * w.caseClass);
    features[k++] = mix(mix(mix(p1.shapeHash, w.shapeHash), n1.shapeHash), SALT.shapeTri);
    features[k++] = mix(mix(w.normHash, capsSentence), SALT.position);
    features[k++] = mix(hashString(words[i], SALT.raw), 1);
    features[k++] = mix(mix(p1.normHash, w.caseClass), SALT.prevWordCase);
    features[k++] = mix(mix(n1.normHash, w.caseClass), SALT.nextWordCase);
    const seen = documentCase ? documentCase.get(w.norm) ?? 0 : 0;
    features[k++] = mix(SALT.documentCase, seen * 64 + (i === 0 ? 32 : 0) + capsSentence * 16 + w.caseClass);
  }
  return { features, infos };
}

/** For each normalised word of a document: 1 if it appears in lower case, 2 if capitalised inside a sentence. */
export type DocumentCase = Map<string, number>;

/** How each word is written across a document: tells a capitalised headline or sentence-initial word from a name. */
export function documentCase(sentences: Iterable<readonly string[]>): DocumentCase {
  const seen: DocumentCase = new Map();
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const info = wordInfo(words[i]);
      const bit = info.caseClass === 0 ? 1 : info.caseClass === 1 && i > 0 ? 2 : 0;
      if (bit) seen.set(info.norm, (seen.get(info.norm) ?? 0) | bit);
    }
  }
  return seen;
}

/** Hashes of the features that read the previous two tags, written into `out` at `at`. */
export function tagFeatures(prev: number, prev2: number, info: WordInfo, out: Uint32Array, at: number): void {
  out[at] = mix(SALT.tagPrev, prev);
  out[at + 1] = mix(SALT.tagPrev2, prev * 16 + prev2);
  out[at + 2] = mix(mix(info.normHash, prev), SALT.tagWord);
  out[at + 3] = mix(mix(info.shapeHash, prev), SALT.tagShape);
}
