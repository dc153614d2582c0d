import type { Token } from '../../context.js';
import { hashWord as hashWordImport } from '../classifier/hash.js';
import { shippedWordSlots, wordSlots, type WordSlots } from '../word-slots.js';

/** A local copy: an imported binding can compile to a getter (tsx), too slow per token. */
const hashWord = hashWordImport;

/*
 * A reduced word-vector table (GloVe, 100 dimensions, int8 with one scale per
 * dimension) and the sentence vector read from it: the mean of the vectors of the
 * sentence's tokens and the share of them found, in one pass, with no allocation per token. Words
 * are found by their case-folded hash (`hashWord`), so no string is built either.
 */

/** The table as shipped in the model package (`embeddings`). */
export interface ShippedEmbeddings {
  id: string;
  /** Where the vectors come from, and how the words were chosen. */
  source: string;
  dimensions: number;
  /** The words, lower-case, separated by single spaces; row i is word i. */
  words: string;
  /** Per dimension: multiply a stored int8 by this to get the float value. */
  scales: number[];
  /** words × dimensions signed bytes, row-major. */
  vectors: Uint8Array;
  /**
   * The word look-up table, written by the tools with the table (`embeddingIndex`), so loading
   * hashes no word: open addressing over `hashWord`, a power-of-two number of slots; keys
   * uint32 (the hash), rows int32 (the word's row, -1 for an empty slot), little-endian.
   * Absent (a table built in training): built on load, the same way.
   */
  slotKeys?: Uint8Array | Uint32Array;
  slotRows?: Uint8Array | Int32Array;
}

/** The look-up table of the words of an embedding table (`wordSlots` under `hashWord`): the one the model file ships. */
export function embeddingIndex(words: readonly string[]): WordSlots {
  return wordSlots(words, hashWord);
}

export class EmbeddingTable {
  readonly id: string;
  readonly dimensions: number;
  readonly size: number;
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  private readonly vectors: Int8Array;
  private readonly scales: Float32Array;
  private readonly sum: Int32Array;
  /** Working list: the row offsets (row × dimensions) of the last sentence's found tokens (see `findRows`). */
  private found = new Int32Array(64);
  /** How many of `found` belong to the last sentence pooled or looked up. */
  foundCount = 0;

  constructor(shipped: ShippedEmbeddings) {
    this.id = shipped.id;
    const dim = (this.dimensions = shipped.dimensions);
    const bytes = shipped.vectors;
    const indexed = shipped.slotKeys !== undefined && shipped.slotRows !== undefined;
    // With the shipped look-up table the words are not split (the vectors give their number).
    const words = indexed ? undefined : shipped.words.length > 0 ? shipped.words.split(' ') : [];
    const count = words ? words.length : dim > 0 ? Math.floor(bytes.length / dim) : 0;
    if (bytes.length !== count * dim || shipped.scales.length !== dim) {
      throw new Error(
        `EmbeddingTable ${shipped.id}: expected ${count} × ${dim} bytes and ${dim} scales, got ${bytes.length} bytes and ${shipped.scales.length} scales; regenerate the table.`,
      );
    }
    this.size = count;
    this.vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.scales = Float32Array.from(shipped.scales);
    const index = indexed ? shippedWordSlots(shipped.slotKeys!, shipped.slotRows!, count, `EmbeddingTable ${shipped.id}`) : embeddingIndex(words!);
    this.mask = index.slotKeys.length - 1;
    this.keys = index.slotKeys;
    this.rows = index.slotRows;
    this.sum = new Int32Array(dim);
  }

  /** The row of a word (case-folded), or -1. */
  row(word: string): number {
    return this.rowOfHash(hashWord(word));
  }

  /** The row of a word by its `hashWord` hash, or -1. */
  rowOfHash(h: number): number {
    let slot = h & this.mask;
    for (let row = this.rows[slot]; row !== -1; row = this.rows[slot]) {
      if (this.keys[slot] === h) return row;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }

  /**
   * Looks up the tokens [from, to) and keeps the row offsets (row × dimensions) of those
   * found in `foundRows` (valid until the next call or `pool`); returns their number.
   */
  findRows(tokens: readonly Token[], from: number, to: number, hashes?: Uint32Array): number {
    const dim = this.dimensions;
    if (this.found.length < to - from) this.found = new Int32Array(Math.max(to - from, 2 * this.found.length));
    const bases = this.found;
    let found = 0;
    for (let i = from; i < to; i++) {
      const row = hashes ? this.rowOfHash(hashes[i]) : this.row(tokens[i].text);
      if (row >= 0) bases[found++] = row * dim;
    }
    this.foundCount = found;
    return found;
  }

  /** The row offsets (row × dimensions) found by the last `pool` or `findRows` (the first `foundCount`). */
  get foundRows(): Int32Array {
    return this.found;
  }

  /** Length of the pooled sentence vector: mean, then share of tokens found. */
  get pooledLength(): number {
    return this.dimensions + 1;
  }

  /**
   * Writes the sentence vector of tokens [from, to) into out[offset..offset + pooledLength):
   * the mean of the found tokens' vectors, then the share of tokens found. Zeros when no token
   * is in the table. Returns the number of tokens found. `hashes`, when given, holds `hashWord`
   * of each token's text.
   */
  pool(tokens: readonly Token[], from: number, to: number, out: Float32Array, offset = 0, hashes?: Uint32Array): number {
    const { dimensions: dim, vectors, sum, scales } = this;
    const found = this.findRows(tokens, from, to, hashes);
    const bases = this.found;
    // Dimension by dimension over the found rows: the sums stay in registers (integers, so the order is free).
    // Four dimensions per pass over the rows.
    let d = 0;
    for (; d + 4 <= dim; d += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let r = 0; r < found; r++) {
        const o = bases[r] + d;
        s0 += vectors[o];
        s1 += vectors[o + 1];
        s2 += vectors[o + 2];
        s3 += vectors[o + 3];
      }
      sum[d] = s0;
      sum[d + 1] = s1;
      sum[d + 2] = s2;
      sum[d + 3] = s3;
    }
    for (; d < dim; d++) {
      let s = 0;
      for (let r = 0; r < found; r++) s += vectors[bases[r] + d];
      sum[d] = s;
    }
    if (found === 0) {
      out.fill(0, offset, offset + dim + 1);
      return 0;
    }
    for (let d = 0; d < dim; d++) out[offset + d] = (sum[d] * scales[d]) / found;
    out[offset + dim] = found / (to - from);
    return found;
  }
}
