import { kernelInstance, type WasmMemory } from '../wasm-kernel.js';

/*
 * The deep part's hidden layer (see WideDeepModel.deepMargin) as a 363-byte WebAssembly
 * function using f64x2 SIMD: two lanes hold the partial sums a0/a1 and a2/a3 of the
 * JavaScript loop, so every sum takes the same float64 additions in the same order and
 * the margin is bit-for-bit the JavaScript one, about four times faster. Where
 * WebAssembly (or its SIMD) is missing or refused (a page's CSP), `denseKernel` returns
 * null and the model keeps its JavaScript loop.
 *
 * The function: f(hidden, inputs, w1, b1, w2, x) -> z, byte offsets into its memory of
 * float64 arrays: w1 hidden × inputs row-major, b1 and w2 per hidden unit, x the inputs.
 *   for each unit j: a0..a3 = b1[j], 0, 0, 0; add w1[j][i] * x[i] to a(i mod 4) for the
 *   whole groups of four, the rest to a0; a = ((a0 + a1) + a2) + a3; if a > 0: z += w2[j] * a.
 * Assembled from these instructions by dense-kernel.test.ts, which checks the bytes below.
 */
export const DENSE_WASM = 'AGFzbQEAAAABCwFgBn9/f39/fwF8AwIBAAUDAQABBwkCAWYAAAFtAgAKvwIBvAIEBH8CfAJ7AXwgASABQQNxayEJAkADQCAGIABODQEgAiAGIAFsQQN0aiEI/QwAAAAAAAAAAAAAAAAAAAAAIAMgBkEDdGorAwD9IgAhDP0MAAAAAAAAAAAAAAAAAAAAACENQQAhBwJAA0AgByAJTg0BIAwgCCAHQQN0av0AAwAgBSAHQQN0av0AAwD98gH98AEhDCANIAggB0EDdGr9AAMQIAUgB0EDdGr9AAMQ/fIB/fABIQ0gB0EEaiEHDAALCyAM/SEAIQsCQANAIAcgAU4NASALIAggB0EDdGorAwAgBSAHQQN0aisDAKKgIQsgB0EBaiEHDAALCyALIAz9IQGgIA39IQCgIA39IQGgIg5EAAAAAAAAAABkBEAgCiAEIAZBA3RqKwMAIA6ioCEKCyAGQQFqIQYMAAsLIAoL';

export interface DenseKernel {
  /** The deep margin for the first `inputs` values of `input`. */
  margin(input: Float32Array): number;
}

/** A kernel holding one model's weights, or null where WebAssembly cannot run it. */
export function denseKernel(w1: ArrayLike<number>, b1: ArrayLike<number>, w2: ArrayLike<number>, inputs: number, hidden: number): DenseKernel | null {
  const kernel = kernelInstance<{ f: (...args: number[]) => number; m: WasmMemory }>(DENSE_WASM);
  if (!kernel) return null;
  try {
    const { f, m } = kernel;
    const w1At = 0;
    const b1At = w1At + inputs * hidden;
    const w2At = b1At + hidden;
    const xAt = w2At + hidden;
    const pages = Math.ceil(((xAt + inputs) * 8) / 65536);
    const have = m.buffer.byteLength / 65536;
    if (pages > have) m.grow(pages - have);
    const memory = new Float64Array(m.buffer);
    // One copy in native code, not a loop the interpreter runs once per weight at start-up.
    memory.set(w1.length === inputs * hidden ? w1 : Array.prototype.slice.call(w1, 0, inputs * hidden), w1At);
    for (let j = 0; j < hidden; j++) {
      memory[b1At + j] = b1[j];
      memory[w2At + j] = w2[j];
    }
    return {
      margin(input: Float32Array): number {
        for (let i = 0; i < inputs; i++) memory[xAt + i] = input[i];
        return f(hidden, inputs, w1At * 8, b1At * 8, w2At * 8, xAt * 8);
      },
    };
  } catch {
    return null;
  }
}
