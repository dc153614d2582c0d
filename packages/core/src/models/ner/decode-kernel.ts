import { decodeBase64 } from '../classifier/base64.js';
import { TAG_COUNT } from './tags.js';

/*
 * The NER weights' decoder (codec.ts's varint walk) as a 150-byte WebAssembly module: it
 * fills the 9.4 MB table from the 0.5 MB file in about a millisecond, where the same loop in
 * JavaScript runs once per process, before the JIT warms to it, for about 11 ms of every start
 * (#14). The table it returns is a view of the module's memory. Where WebAssembly is missing or
 * refused (a page's CSP), `decodeWeightsWasm` returns null and the JavaScript decoder runs.
 *
 * The functions: d(in, end, out, tags) decodes the bytes [in, end) of its memory into int16
 * rows of `tags` values at `out`; v() reads one varint (used by d). Assembled from these
 * instructions by decode-kernel.test.ts, which checks the bytes below.
 */
export const NER_DECODE_WASM = 'AGFzbQEAAAABCAFgBH9/f38AAwIBAAUDAQAABwkCAWQAAAFtAgAK2AIB1QIBB38gACEEQX8hBQJAA0AgBCABTw0BIAQtAAAiCUGAAUkEfyAEQQFqIQQgCQVBACEIQQAhCgNAIAQtAAAiCUH/AHEgCnQgCHIhCCAEQQFqIQQgCkEHaiEKIAlBgAFxDQALIAgLIAVqIQUgBC0AACIJQYABSQR/IARBAWohBCAJBUEAIQhBACEKA0AgBC0AACIJQf8AcSAKdCAIciEIIARBAWohBCAKQQdqIQogCUGAAXENAAsgCAshBiAFIANsQQF0IAJqIQcCQANAIAZFDQEgByAGaEEBdGogBC0AACIJQYABSQR/IARBAWohBCAJBUEAIQhBACEKA0AgBC0AACIJQf8AcSAKdCAIciEIIARBAWohBCAKQQdqIQogCUGAAXENAAsgCAsiCEEBcQR/QQAgCEEBakEBdmsFIAhBAXYLOwEAIAYgBkEBa3EhBgwACwsMAAsLCw==';

interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: { d: (input: number, end: number, out: number, tags: number) => void; m: WasmMemory } };
}

const PAGE = 65536;

/** The compiled module; null once compiling failed (no WebAssembly, or refused). */
let compiled: object | null | undefined;

/** The decoded table (as `decodeWeightsJs` returns it), or null where WebAssembly cannot run. */
export function decodeWeightsWasm(bytes: Uint8Array, bits: number): Int16Array | null {
  const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return null;
  if (compiled === undefined) {
    try {
      compiled = new api.Module(decodeBase64(NER_DECODE_WASM));
    } catch {
      compiled = null;
    }
  }
  if (!compiled) return null;
  try {
    const { d, m } = new api.Instance(compiled).exports;
    const values = (1 << bits) * TAG_COUNT;
    // The table first (a whole number of pages, zeroed by the runtime), the packed bytes after it.
    const inputAt = Math.ceil((values * 2) / PAGE) * PAGE;
    m.grow(Math.ceil((inputAt + bytes.length) / PAGE));
    new Uint8Array(m.buffer, inputAt, bytes.length).set(bytes);
    d(inputAt, inputAt + bytes.length, 0, TAG_COUNT);
    return new Int16Array(m.buffer, 0, values);
  } catch {
    // A trap (a row past the table in a damaged file): the JavaScript decoder says what it makes of it.
    return null;
  }
}
