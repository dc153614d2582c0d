import { TAG_COUNT } from './tags.js';

/**
 * The tagger's weights: for each feature bucket (hash & mask), TAG_COUNT weights starting at
 * `weights[rows[bucket]]`. A table in training is dense (`denseTable`: bucket b at b × TAG_COUNT);
 * the shipped one keeps only its 90,000 non-empty rows, every empty bucket pointing at one row of
 * zeros at 0, so loading writes 3.6 MB instead of a 9.4 MB dense table (#14). Either way a bucket's
 * weights are the same numbers, summed in the same order.
 */
export interface WeightTable {
  weights: Int16Array | Float32Array | Float64Array;
  /** Per bucket, where its TAG_COUNT weights start in `weights`. */
  rows: Int32Array;
  /** Bucket mask: (1 << bits) - 1. */
  mask: number;
}

/** A table over dense weights (2^bits rows of TAG_COUNT), as training keeps them. */
export function denseTable(weights: Int16Array | Float32Array | Float64Array, bits: number): WeightTable {
  const rows = new Int32Array(1 << bits);
  for (let b = 0; b < rows.length; b++) rows[b] = b * TAG_COUNT;
  return { weights, rows, mask: (1 << bits) - 1 };
}

/** The weight of `tag` in `bucket`. */
export function weightAt(table: WeightTable, bucket: number, tag: number): number {
  return table.weights[table.rows[bucket & table.mask] + tag];
}

/**
 * Most rows the bytes can hold (each takes at least a gap byte and a mask byte), plus the row of
 * zeros: the size of the rows array to allocate before the bytes are read. Its unused tail is
 * never written, so it costs no memory the system has to provide.
 */
export function maxPackedRows(bytes: Uint8Array, bits: number): number {
  return Math.min(1 << bits, bytes.length >> 1) + 1;
}
