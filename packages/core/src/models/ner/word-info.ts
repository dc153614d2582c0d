import { NORP_WORDS } from '../gazetteers/norp.js';
import { GIVEN_NAMES } from '../gazetteers/given-names.js';
import { ORG_WORDS } from '../gazetteers/org-words.js';
import { PLACE_WORDS } from '../gazetteers/places.js';
import { NAME_TITLES } from '../titles/titles.js';
import { hashString, mix } from './hash.js';

/** What the tagger needs to know about one word form, computed once and cached. */
export interface WordInfo {
  /** Lower-cased, curly apostrophes and quotes made straight, digits made 0. */
  norm: string;
  normHash: number;
  shapeHash: number;
  rawHash: number;
  /** Coarse class: 0 lower, 1 capitalised, 2 all capitals, 3 digits, 4 punctuation, 5 other. */
  caseClass: number;
  /** Gazetteer bits: 1 place, 2 NORP, 4 given name, 8 organisation word, 16 title, 32 month/day. */
  gazetteer: number;
  /** Hashes of the features that depend on this word alone. */
  local: Uint32Array;
  /**
   * Decoding's cache: the summed weights of the `local` features per tag, for the integer
   * weight array `localWeights` (set by `decodeSentence`; absent until first scored).
   */
  localScores?: Int32Array;
  localWeights?: Int16Array;
}

export const LOCAL_FEATURES = 8;

const MONTHS_AND_DAYS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'.split(' '),
);

/** Feature template salts: distinct seeds so "w=x" and "suffix=x" never share a hash. */
export const SALT = {
  bias: 0x1001, word: 0x2002, prefix: 0x3003, suffix2: 0x4004, suffix3: 0x5005, suffix4: 0x6006, shape: 0x7007,
  gazetteer: 0x8008, wordPrev: 0x9009, wordNext: 0xa00a, wordPrev2: 0xb00b, wordNext2: 0xc00c, bigramPrev: 0xd00d,
  bigramNext: 0xe00e, shapePrev: 0xf00f, shapeNext: 0x10010, gazPrev: 0x11011, gazNext: 0x12012, position: 0x13013,
  shapeTri: 0x14014, raw: 0x19019, prevWordCase: 0x1a01a, nextWordCase: 0x1b01b, documentCase: 0x1c01c, caseWindow: 0x1d01d, around: 0x1e01e, tagPrev: 0x15015, tagPrev2: 0x16016, tagWord: 0x17017, tagShape: 0x18018,
} as const;

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”«»„]/g, '"').replace(/[–—]/g, '-').replace(/\d/g, '0');
}

/** Word shape with runs collapsed: "Putin" -> "Xx", "U.S." -> "X.X.", "1996-08-30" -> "d-d-d". */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < 12; i++) {
    const ch = word[i];
    const c = ch >= 'a' && ch <= 'z' ? 'x' : ch >= 'A' && ch <= 'Z' ? 'X' : ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function caseClassOf(word: string): number {
  const ch = word[0];
  const upper = ch.toUpperCase() === ch && ch.toLowerCase() !== ch;
  const lower = ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
  if (upper) return word.length > 1 && word.toUpperCase() === word && /\p{L}.*\p{L}/u.test(word) ? 2 : 1;
  if (lower) return 0;
  if (ch >= '0' && ch <= '9') return 3;
  return /^\p{P}+$/u.test(word) ? 4 : 5;
}

function gazetteerBits(norm: string): number {
  let bits = 0;
  if (PLACE_WORDS.has(norm)) bits |= 1;
  if (NORP_WORDS.has(norm)) bits |= 2;
  if (GIVEN_NAMES.has(norm)) bits |= 4;
  if (ORG_WORDS.has(norm)) bits |= 8;
  if (NAME_TITLES.has(norm)) bits |= 16;
  if (MONTHS_AND_DAYS.has(norm)) bits |= 32;
  return bits;
}

export function computeWordInfo(word: string): WordInfo {
  const norm = normalizeWord(word);
  const shape = wordShape(word);
  const caseClass = caseClassOf(word);
  const gazetteer = gazetteerBits(norm);
  const normHash = hashString(norm, SALT.word);
  const shapeHash = hashString(shape, SALT.shape);
  const local = new Uint32Array(LOCAL_FEATURES);
  local[0] = SALT.bias;
  local[1] = normHash;
  local[2] = hashString(norm.slice(0, 3), SALT.prefix);
  local[3] = hashString(norm.slice(-2), SALT.suffix2);
  local[4] = hashString(norm.slice(-3), SALT.suffix3);
  local[5] = hashString(norm.slice(-4), SALT.suffix4);
  local[6] = mix(shapeHash, caseClass);
  local[7] = mix(SALT.gazetteer, gazetteer * 8 + caseClass);
  return { norm, normHash, shapeHash, rawHash: hashString(word, SALT.raw), caseClass, gazetteer, local };
}

const cache = new Map<string, WordInfo>();
/** Bounds the cache so a long-running process analysing many articles does not grow without end. */
const CACHE_LIMIT = 200_000;

export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    info = computeWordInfo(word);
    cache.set(word, info);
  }
  return info;
}
