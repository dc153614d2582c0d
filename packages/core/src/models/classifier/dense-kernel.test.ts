import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './base64.js';
import { DENSE_WASM } from './dense-kernel.js';
import { BLOCK, END, F64, I32, IF, LOOP, V128, br, brIf, get, i32, set, singleFunctionModule, tee, u } from '../../../test/wasm-assembler.js';

/*
 * The shipped kernel's bytes, assembled here from its instructions: the source of
 * DENSE_WASM, and a check that the two agree. Change the kernel by changing this
 * program and pasting the printed base64 (`encodeBase64(assemble())`) into dense-kernel.ts.
 */
function assemble(): Uint8Array {
  // Parameters hidden, inputs, w1, b1, w2, x (byte offsets); then the locals.
  const [hidden, inputs, W, B, W2, X, j, i, base, end4, z, a0, acc01, acc23, a] = Array.from({ length: 15 }, (_, k) => k);
  const simd = (op: number) => [0xfd, ...u(op)];
  const [add, sub, mul, shl, and, geS] = [[0x6a], [0x6b], [0x6c], [0x74], [0x71], [0x4e]];
  const f64Load = (offset = 0) => [0x2b, 3, ...u(offset)];
  const v128Load = (offset = 0) => [...simd(0), 3, ...u(offset)];
  const [fAdd, fMul, fGt] = [[0xa0], [0xa2], [0x64]];
  const [xAdd, xMul] = [simd(240), simd(242)];
  const lane = (k: number) => [...simd(0x21), k];
  const replaceLane = (k: number) => [...simd(0x22), k];
  const vZero = [...simd(0x0c), ...new Array(16).fill(0)];
  const fZero = [0x44, ...new Array(8).fill(0)];
  const at = (p: number) => [...get(p), ...get(i), ...i32(3), ...shl, ...add]; // p + 8 i
  const body = [
    ...get(inputs), ...get(inputs), ...i32(3), ...and, ...sub, ...set(end4),
    ...BLOCK, ...LOOP,
    ...get(j), ...get(hidden), ...geS, ...brIf(1),
    ...get(W), ...get(j), ...get(inputs), ...mul, ...i32(3), ...shl, ...add, ...set(base),
    ...vZero, ...get(B), ...get(j), ...i32(3), ...shl, ...add, ...f64Load(), ...replaceLane(0), ...set(acc01),
    ...vZero, ...set(acc23),
    ...i32(0), ...set(i),
    ...BLOCK, ...LOOP,
    ...get(i), ...get(end4), ...geS, ...brIf(1),
    ...get(acc01), ...at(base), ...v128Load(0), ...at(X), ...v128Load(0), ...xMul, ...xAdd, ...set(acc01),
    ...get(acc23), ...at(base), ...v128Load(16), ...at(X), ...v128Load(16), ...xMul, ...xAdd, ...set(acc23),
    ...get(i), ...i32(4), ...add, ...set(i), ...br(0),
    ...END, ...END,
    ...get(acc01), ...lane(0), ...set(a0),
    ...BLOCK, ...LOOP,
    ...get(i), ...get(inputs), ...geS, ...brIf(1),
    ...get(a0), ...at(base), ...f64Load(), ...at(X), ...f64Load(), ...fMul, ...fAdd, ...set(a0),
    ...get(i), ...i32(1), ...add, ...set(i), ...br(0),
    ...END, ...END,
    ...get(a0), ...get(acc01), ...lane(1), ...fAdd, ...get(acc23), ...lane(0), ...fAdd, ...get(acc23), ...lane(1), ...fAdd, ...tee(a),
    ...fZero, ...fGt,
    ...IF, ...get(z), ...get(W2), ...get(j), ...i32(3), ...shl, ...add, ...f64Load(), ...get(a), ...fMul, ...fAdd, ...set(z), ...END,
    ...get(j), ...i32(1), ...add, ...set(j), ...br(0),
    ...END, ...END,
    ...get(z), ...END,
  ];
  return singleFunctionModule({
    params: new Array(6).fill(I32),
    results: [F64],
    locals: [[4, I32], [2, F64], [2, V128], [1, F64]],
    body,
    exportName: 'f',
    memoryPages: 1,
  });
}

describe('dense kernel', () => {
  it('ships the bytes its instructions assemble to', () => {
    expect([...decodeBase64(DENSE_WASM)]).toEqual([...assemble()]);
  });
});
