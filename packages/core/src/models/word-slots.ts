/*
 * A word look-up table that model files can carry (issue #14), so loading hashes no word: open
 * addressing over a word hash, a power-of-two number of slots at least twice the words, linear
 * probing from `hash & mask`; of two words with one hash the earlier keeps the slot. Keys are the
 * hashes (uint32), rows the word's row (int32, -1 for an empty slot). Pure code.
 */
import { int32Values, uint32Values } from './views.js';

export interface WordSlots {
  slotKeys: Uint32Array;
  slotRows: Int32Array;
}

/** The look-up table of `words` (row i is word i) under `hash`. Deterministic: the same words give the same arrays. */
export function wordSlots(words: readonly string[], hash: (word: string) => number): WordSlots {
  let capacity = 16;
  while (capacity < words.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const keys = new Uint32Array(capacity);
  const rows = new Int32Array(capacity).fill(-1);
  words.forEach((word, row) => {
    const h = hash(word);
    let slot = h & mask;
    while (rows[slot] !== -1) {
      if (keys[slot] === h) return; // a hash collision: the earlier (more frequent) word keeps the slot
      slot = (slot + 1) & mask;
    }
    keys[slot] = h;
    rows[slot] = row;
  });
  return { slotKeys: keys, slotRows: rows };
}

/** A model file's look-up table (bytes or arrays) as arrays, checked against its number of words; `what` names the model in the error. */
export function shippedWordSlots(keys: Uint8Array | Uint32Array, rows: Uint8Array | Int32Array, count: number, what: string): WordSlots {
  const slots = { slotKeys: uint32Values(keys), slotRows: int32Values(rows) };
  const capacity = slots.slotKeys.length;
  if (capacity !== slots.slotRows.length || capacity < 2 * count || (capacity & (capacity - 1)) !== 0) {
    throw new Error(`${what}: the look-up table has ${capacity} keys and ${slots.slotRows.length} rows for ${count} words; regenerate it.`);
  }
  return slots;
}

/** The row of the word whose hash is `h` in a look-up table, or -1. */
export function slotRow(slots: WordSlots, mask: number, h: number): number {
  let slot = h & mask;
  for (let row = slots.slotRows[slot]; row !== -1; row = slots.slotRows[slot]) {
    if (slots.slotKeys[slot] === h) return row;
    slot = (slot + 1) & mask;
  }
  return -1;
}
