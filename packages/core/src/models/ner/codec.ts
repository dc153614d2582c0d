import { decodeWeightsWasm } from './decode-kernel.js';
import { maxPackedRows, type WeightTable } from './table.js';
import { TAG_COUNT } from './tags.js';

/*
 * The shipped weights: quantised to 16-bit integers and stored sparsely as bytes of
 * varints (the model package's ner.packed.bin): for each non-empty row, the gap from the previous row, a bit mask
 * of the tags with a weight, then those weights (zigzag). Pure code, no Node or DOM.
 */


/** Quantises `weights` (rows of TAG_COUNT) to int16 by `scale` and packs the non-zero rows. */
export function encodeWeights(weights: ArrayLike<number>, scale: number): Uint8Array {
  const bytes: number[] = [];
  const varint = (n: number) => {
    while (n >= 128) {
      bytes.push((n & 127) | 128);
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  const rows = weights.length / TAG_COUNT;
  let lastRow = -1;
  const q = new Int32Array(TAG_COUNT);
  for (let r = 0; r < rows; r++) {
    let mask = 0;
    for (let c = 0; c < TAG_COUNT; c++) {
      q[c] = Math.max(-32767, Math.min(32767, Math.round(weights[r * TAG_COUNT + c] * scale)));
      if (q[c] !== 0) mask |= 1 << c;
    }
    if (!mask) continue;
    varint(r - lastRow);
    lastRow = r;
    varint(mask);
    for (let c = 0; c < TAG_COUNT; c++) if (q[c] !== 0) varint(q[c] < 0 ? -2 * q[c] - 1 : 2 * q[c]);
  }
  return Uint8Array.from(bytes);
}

/**
 * The table of `encodeWeights`' bytes, its non-empty rows only (see WeightTable): by the
 * WebAssembly decoder where it runs, else in JavaScript.
 */
export function decodeWeights(bytes: Uint8Array, bits: number): WeightTable {
  return decodeWeightsWasm(bytes, bits) ?? decodeWeightsJs(bytes, bits);
}

/** The same in JavaScript (the reference the WebAssembly decoder is tested against). */
export function decodeWeightsJs(bytes: Uint8Array, bits: number): WeightTable {
  const rows = new Int32Array(1 << bits);
  const weights = new Int16Array(maxPackedRows(bytes, bits) * TAG_COUNT);
  const length = bytes.length;
  let i = 0;
  let row = -1;
  // Row 0 holds zeros: every empty bucket points at it.
  let kept = 0;
  // Varints read inline (no closure call per value: this runs once, mostly before the JIT warms up).
  while (i < length) {
    let n = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[i++];
      n += (b & 127) * mul;
      if (b < 128) break;
      mul *= 128;
    }
    row += n;
    let mask = 0;
    mul = 1;
    for (;;) {
      const b = bytes[i++];
      mask += (b & 127) * mul;
      if (b < 128) break;
      mul *= 128;
    }
    const base = ++kept * TAG_COUNT;
    rows[row] = base;
    for (let c = 0; c < TAG_COUNT; c++) {
      if (mask & (1 << c)) {
        let z = 0;
        mul = 1;
        for (;;) {
          const b = bytes[i++];
          z += (b & 127) * mul;
          if (b < 128) break;
          mul *= 128;
        }
        weights[base + c] = z & 1 ? -(z + 1) / 2 : z / 2;
      }
    }
  }
  return { weights: weights.subarray(0, (kept + 1) * TAG_COUNT), rows, mask: (1 << bits) - 1 };
}
