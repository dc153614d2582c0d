/*
 * Feature hashing without building strings: FNV-1a over UTF-16 code units, with ASCII
 * letters folded to lower case and curly apostrophes folded to straight ones, so
 * "Don’t", "DON'T" and "don't" hash alike. Every feature kind mixes in its own seed.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Case-folded FNV-1a hash of `word[from..to)` (the whole word by default). */
export function hashWord(word: string, from = 0, to = word.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    let c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019 || c === 0x2018) c = 39;
    h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
    if (c > 0xff) h = Math.imul(h ^ (c >>> 8), FNV_PRIME);
  }
  return h >>> 0;
}

/** Hash of a string known in advance (feature names, lexicon words). */
export const hashText = (text: string): number => hashWord(text);

/** Combines two hashes into one (order matters), for n-grams and seeded kinds. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}
