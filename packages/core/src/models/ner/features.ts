import { mix, hashString } from './hash.js';
import { LOCAL_FEATURES, SALT, wordInfo, type WordInfo } from './word-info.js';

// Local copies: imported bindings can compile to getters (tsx, some bundlers), too slow in the inner loop.
const mixHash = mix;
const LOCAL = LOCAL_FEATURES;
const S = { ...SALT };
const infoOf = wordInfo;

/** Features per token that do not depend on earlier decisions. */
export const STATIC_FEATURES = LOCAL_FEATURES + 19;
/** Features that read the previous tags (computed while decoding). */
export const TAG_FEATURES = 4;

const BOUNDARY: WordInfo = {
  norm: '<s>',
  normHash: hashString('<s>', S.word),
  shapeHash: hashString('<s>', S.shape),
  rawHash: hashString('<s>', S.raw),
  caseClass: 6,
  gazetteer: 0,
  local: new Uint32Array(LOCAL),
};

/** A sentence's word infos and whether it is written in capitals (a headline). */
export interface PreparedSentence {
  infos: WordInfo[];
  capsSentence: number;
  documentCase: DocumentCase | undefined;
}

/** `infos`, when given, holds `wordInfo` of each word (the caller looked them up already). */
export function prepareSentence(words: readonly string[], documentCase?: DocumentCase, known?: readonly WordInfo[]): PreparedSentence {
  const n = words.length;
  const infos = new Array<WordInfo>(n);
  let letters = 0;
  let capsWords = 0;
  for (let i = 0; i < n; i++) {
    const info = known ? known[i] : infoOf(words[i]);
    infos[i] = info;
    if (info.caseClass <= 2) letters++;
    if (info.caseClass === 2) capsWords++;
  }
  // A headline in capitals ("LEICESTERSHIRE TAKE OVER"): case tells little there.
  const capsSentence = letters >= 3 && capsWords * 4 >= letters * 3 ? 1 : 0;
  return { infos, capsSentence, documentCase };
}

/** Writes the STATIC_FEATURES hashes of token `i` into `features` from `k` on. */
export function tokenFeatures(sentence: PreparedSentence, i: number, features: Uint32Array, k: number): void {
  const { infos, capsSentence, documentCase } = sentence;
  const n = infos.length;
  const w = infos[i];
  const p1 = i > 0 ? infos[i - 1] : BOUNDARY;
  const p2 = i > 1 ? infos[i - 2] : BOUNDARY;
  const n1 = i + 1 < n ? infos[i + 1] : BOUNDARY;
  const n2 = i + 2 < n ? infos[i + 2] : BOUNDARY;
  const local = w.local;
  for (let j = 0; j < LOCAL; j++) features[k++] = local[j];
  features[k++] = mixHash(p1.normHash, S.wordPrev);
  features[k++] = mixHash(n1.normHash, S.wordNext);
  features[k++] = mixHash(p2.normHash, S.wordPrev2);
  features[k++] = mixHash(n2.normHash, S.wordNext2);
  features[k++] = mixHash(mixHash(p1.normHash, w.normHash), S.bigramPrev);
  features[k++] = mixHash(mixHash(w.normHash, n1.normHash), S.bigramNext);
  features[k++] = mixHash(mixHash(p1.shapeHash, w.shapeHash), S.shapePrev);
  features[k++] = mixHash(mixHash(w.shapeHash, n1.shapeHash), S.shapeNext);
  features[k++] = mixHash(S.gazPrev, p1.gazetteer * 8 + w.caseClass);
  features[k++] = mixHash(S.gazNext, n1.gazetteer * 8 + w.caseClass);
  features[k++] = mixHash(S.position, (i === 0 ? 1 : 0) + 2 * capsSentence + 4 * w.caseClass);
  features[k++] = mixHash(mixHash(mixHash(p1.shapeHash, w.shapeHash), n1.shapeHash), S.shapeTri);
  features[k++] = mixHash(mixHash(w.normHash, capsSentence), S.position);
  features[k++] = mixHash(w.rawHash, 1);
  features[k++] = mixHash(mixHash(p1.normHash, w.caseClass), S.prevWordCase);
  features[k++] = mixHash(mixHash(n1.normHash, w.caseClass), S.nextWordCase);
  features[k++] = mixHash(S.caseWindow, (((p2.caseClass * 8 + p1.caseClass) * 8 + w.caseClass) * 8 + n1.caseClass) * 8 + n2.caseClass);
  features[k++] = mixHash(mixHash(p1.normHash, n1.normHash), S.around);
  const seen = documentCase ? documentCase.get(w.norm) ?? 0 : 0;
  features[k++] = mixHash(S.documentCase, seen * 64 + (i === 0 ? 32 : 0) + capsSentence * 16 + w.caseClass);
}

/**
 * Static feature hashes of a whole sentence, `STATIC_FEATURES` per token, written into
 * `out` (grown when too small). Training uses this; tagging computes tokens lazily.
 */
export function sentenceFeatures(
  words: readonly string[],
  out?: Uint32Array,
  documentCase?: DocumentCase,
): { features: Uint32Array; infos: WordInfo[] } {
  const need = words.length * STATIC_FEATURES;
  const features = out && out.length >= need ? out : new Uint32Array(Math.max(need, 64 * STATIC_FEATURES));
  const prepared = prepareSentence(words, documentCase);
  for (let i = 0; i < words.length; i++) tokenFeatures(prepared, i, features, i * STATIC_FEATURES);
  return { features, infos: prepared.infos };
}

/** For each normalised word of a document: 1 if it appears in lower case, 2 if capitalised inside a sentence. */
export type DocumentCase = Map<string, number>;

/** How each word is written across a document: tells a capitalised headline or sentence-initial word from a name. */
export function documentCase(sentences: Iterable<readonly string[]>): DocumentCase {
  const infos: WordInfo[][] = [];
  for (const words of sentences) infos.push(words.map((w) => infoOf(w)));
  return documentCaseOfInfos(infos);
}

/** `documentCase` from the sentences' word infos (`wordInfo` of each word). */
export function documentCaseOfInfos(sentences: Iterable<readonly WordInfo[]>): DocumentCase {
  const seen: DocumentCase = new Map();
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const info = words[i];
      const bit = info.caseClass === 0 ? 1 : info.caseClass === 1 && i > 0 ? 2 : 0;
      if (bit) seen.set(info.norm, (seen.get(info.norm) ?? 0) | bit);
    }
  }
  return seen;
}

/** Hashes of the features that read the previous two tags, written into `out` at `at`. */
export function tagFeatures(prev: number, prev2: number, info: WordInfo, out: Uint32Array, at: number): void {
  out[at] = mixHash(S.tagPrev, prev);
  out[at + 1] = mixHash(S.tagPrev2, prev * 16 + prev2);
  out[at + 2] = mixHash(mixHash(info.normHash, prev), S.tagWord);
  out[at + 3] = mixHash(mixHash(info.shapeHash, prev), S.tagShape);
}
