import { readModelData } from '@marginalia/model-en/node';
import { describe, expect, it } from 'vitest';
import { BLOCK, ELSE, END, I32, LOOP, br, brIf, get, i32, set, singleFunctionModule, tee } from '../../../test/wasm-assembler.js';
import { encodeBase64 } from '../classifier/base64.js';
import { decodeWeights, decodeWeightsJs, encodeWeights } from './codec.js';
import { NER_DECODE_WASM, decodeWeightsWasm } from './decode-kernel.js';
import { TAG_COUNT } from './tags.js';
import { weightAt } from './table.js';

/*
 * The shipped decoder's bytes, assembled here from its instructions: the source of
 * NER_DECODE_WASM, and a check that the two agree. Change the decoder by changing this
 * program and pasting the printed base64 (`encodeBase64(assemble())`) into decode-kernel.ts.
 *
 * d(in, end, rows, values, tags): for each row record (gap, tag mask, one zigzag value per tag in
 * the mask) takes the next kept row k (row 0 stays zeros), stores k × tags as int32 at rows + 4 row,
 * and the values as int16 at values + 2 (k × tags + tag); returns the rows kept, zeros included. The
 * same walk as decodeWeightsJs, reading one-byte varints (most values) without a loop and visiting
 * only the mask's tags.
 */
function assemble(): Uint8Array {
  const [add, sub, mul, and, or, shl, shrU, ltU, geU, eqz, ctz] = [[0x6a], [0x6b], [0x6c], [0x71], [0x72], [0x74], [0x76], [0x49], [0x4f], [0x45], [0x68]];
  const load8 = [0x2d, 0, 0];
  const store16 = [0x3b, 1, 0];
  const IF_I32 = [0x04, I32];
  // d(in, end, rows, values, tags) -> kept rows: locals p (the read pointer), row, mask, base, z, byte, shift, kept.
  const [input, inputEnd, rows, values, tags, p, row, mask, base, z, byte, shift, kept] = Array.from({ length: 13 }, (_, k) => k);
  const store32 = [0x36, 2, 0];
  // The varint at p, left on the stack, p moved past it: one byte (most values) without a loop.
  const varint = [
    ...get(p), ...load8, ...tee(byte), ...i32(128), ...ltU,
    ...IF_I32,
    ...get(p), ...i32(1), ...add, ...set(p), ...get(byte),
    ...ELSE,
    ...i32(0), ...set(z), ...i32(0), ...set(shift),
    ...LOOP,
    ...get(p), ...load8, ...tee(byte), ...i32(127), ...and, ...get(shift), ...shl, ...get(z), ...or, ...set(z),
    ...get(p), ...i32(1), ...add, ...set(p),
    ...get(shift), ...i32(7), ...add, ...set(shift),
    ...get(byte), ...i32(128), ...and, ...brIf(0),
    ...END,
    ...get(z),
    ...END,
  ];
  const decode = [
    ...get(input), ...set(p),
    ...i32(-1), ...set(row),
    ...BLOCK, ...LOOP,
    ...get(p), ...get(inputEnd), ...geU, ...brIf(1),
    ...varint, ...get(row), ...add, ...set(row),
    ...varint, ...set(mask),
    // The row's place: the next kept row (0 is the row of zeros); rows[row] = its first weight's index.
    ...get(kept), ...i32(1), ...add, ...tee(kept), ...get(tags), ...mul, ...set(base),
    ...get(rows), ...get(row), ...i32(2), ...shl, ...add, ...get(base), ...store32,
    ...get(base), ...i32(1), ...shl, ...get(values), ...add, ...set(base),
    // Each tag in the mask, lowest first: its address, then its zigzag value.
    ...BLOCK, ...LOOP,
    ...get(mask), ...eqz, ...brIf(1),
    ...get(base), ...get(mask), ...ctz, ...i32(1), ...shl, ...add,
    ...varint, ...tee(z), ...i32(1), ...and,
    ...IF_I32, ...i32(0), ...get(z), ...i32(1), ...add, ...i32(1), ...shrU, ...sub, ...ELSE, ...get(z), ...i32(1), ...shrU, ...END,
    ...store16,
    ...get(mask), ...get(mask), ...i32(1), ...sub, ...and, ...set(mask),
    ...br(0),
    ...END, ...END,
    ...br(0),
    ...END, ...END,
    ...get(kept), ...i32(1), ...add,
    ...END,
  ];
  return singleFunctionModule({ params: [I32, I32, I32, I32, I32], results: [I32], locals: [[8, I32]], body: decode, exportName: 'd', memoryPages: 0 });
}

describe('NER weight decoder (WebAssembly)', () => {
  it('ships the bytes its instructions assemble to', () => {
    expect(NER_DECODE_WASM).toBe(encodeBase64(assemble()));
  });

  it('decodes the shipped weights exactly as the JavaScript decoder does', () => {
    const { packed, bits } = readModelData('ner') as { packed: Uint8Array; bits: number };
    const wasm = decodeWeightsWasm(packed, bits);
    expect(wasm).not.toBeNull();
    const js = decodeWeightsJs(packed, bits);
    expect(sameBytes(wasm!.weights, js.weights)).toBe(true);
    expect(sameBytes(wasm!.rows, js.rows)).toBe(true);
    expect(wasm!.mask).toBe(js.mask);
  });

  it('decodes edge values (the int16 extremes, long gaps, every tag) as the JavaScript decoder does', () => {
    const bits = 12;
    const weights = new Float64Array((1 << bits) * TAG_COUNT);
    for (let t = 0; t < TAG_COUNT; t++) weights[t] = t % 2 ? 32767 : -32767;
    weights[(1 << bits) * TAG_COUNT - 1] = -1;
    weights[2000 * TAG_COUNT + 4] = 1;
    for (let k = 0; k < 300; k++) weights[((k * 7919) % (1 << bits)) * TAG_COUNT + (k % TAG_COUNT)] = ((k * 104729) % 65535) - 32767;
    const packed = encodeWeights(weights, 1);
    const wasm = decodeWeightsWasm(packed, bits)!;
    const js = decodeWeightsJs(packed, bits);
    expect([...wasm.weights]).toEqual([...js.weights]);
    expect([...wasm.rows]).toEqual([...js.rows]);
    // Every bucket reads back the weight it was given (empty ones the row of zeros).
    const decoded = decodeWeights(packed, bits);
    for (let b = 0; b < 1 << bits; b++) for (let t = 0; t < TAG_COUNT; t++) expect(weightAt(decoded, b, t)).toBe(Math.round(weights[b * TAG_COUNT + t]));
  });
});

function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}
