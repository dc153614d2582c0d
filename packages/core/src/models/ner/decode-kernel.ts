import { kernelInstance, type WasmMemory } from '../wasm-kernel.js';
import { TAG_COUNT } from './tags.js';
import { maxPackedRows, type WeightTable } from './table.js';

/*
 * The NER weights' decoder (codec.ts's varint walk) as a 414-byte WebAssembly module, where the
 * same loop in JavaScript runs once per process, interpreted, for several milliseconds of every
 * start (#14). The table it returns is a view of the module's memory. Where WebAssembly is missing or
 * refused (a page's CSP), `decodeWeightsWasm` returns null and the JavaScript decoder runs.
 *
 * The function: d(in, end, rows, values, tags) decodes the bytes [in, end) of its memory into the
 * table's non-empty rows of `tags` int16 values at `values` and each bucket's row start (int32) at
 * `rows`, and returns how many rows it kept. Assembled from these instructions by
 * decode-kernel.test.ts, which checks the bytes below.
 */
export const NER_DECODE_WASM = 'AGFzbQEAAAABCgFgBX9/f39/AX8DAgEABQMBAAAHCQIBZAAAAW0CAArzAgHwAgEIfyAAIQVBfyEGAkADQCAFIAFPDQEgBS0AACIKQYABSQR/IAVBAWohBSAKBUEAIQlBACELA0AgBS0AACIKQf8AcSALdCAJciEJIAVBAWohBSALQQdqIQsgCkGAAXENAAsgCQsgBmohBiAFLQAAIgpBgAFJBH8gBUEBaiEFIAoFQQAhCUEAIQsDQCAFLQAAIgpB/wBxIAt0IAlyIQkgBUEBaiEFIAtBB2ohCyAKQYABcQ0ACyAJCyEHIAxBAWoiDCAEbCEIIAIgBkECdGogCDYCACAIQQF0IANqIQgCQANAIAdFDQEgCCAHaEEBdGogBS0AACIKQYABSQR/IAVBAWohBSAKBUEAIQlBACELA0AgBS0AACIKQf8AcSALdCAJciEJIAVBAWohBSALQQdqIQsgCkGAAXENAAsgCQsiCUEBcQR/QQAgCUEBakEBdmsFIAlBAXYLOwEAIAcgB0EBa3EhBwwACwsMAAsLIAxBAWoL';

const PAGE = 65536;

/** The decoded table (as `decodeWeightsJs` returns it), or null where WebAssembly cannot run. */
export function decodeWeightsWasm(bytes: Uint8Array, bits: number): WeightTable | null {
  const kernel = kernelInstance<{ d: (input: number, end: number, rows: number, values: number, tags: number) => number; m: WasmMemory }>(NER_DECODE_WASM);
  if (!kernel) return null;
  try {
    const { d, m } = kernel;
    // Memory (zeroed by the runtime, and only the pages written are ever provided): the bucket rows,
    // room for the most rows the bytes can hold, then the packed bytes.
    const buckets = 1 << bits;
    const valuesAt = buckets * 4;
    const inputAt = Math.ceil((valuesAt + maxPackedRows(bytes, bits) * TAG_COUNT * 2) / PAGE) * PAGE;
    m.grow(Math.ceil((inputAt + bytes.length) / PAGE));
    new Uint8Array(m.buffer, inputAt, bytes.length).set(bytes);
    const kept = d(inputAt, inputAt + bytes.length, 0, valuesAt, TAG_COUNT);
    return { weights: new Int16Array(m.buffer, valuesAt, kept * TAG_COUNT), rows: new Int32Array(m.buffer, 0, buckets), mask: buckets - 1 };
  } catch {
    // A trap (a row past the table in a damaged file): the JavaScript decoder says what it makes of it.
    return null;
  }
}
