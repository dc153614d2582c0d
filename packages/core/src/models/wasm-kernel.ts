import { decodeBase64 } from './classifier/base64.js';

/*
 * Core's small WebAssembly kernels (the dense layer, the NER weight decoder), each shipped as base64
 * and compiled once per process. Where WebAssembly is missing, or refuses a module (no SIMD, a page's
 * CSP), a kernel gets null and its model keeps its JavaScript path.
 */

export interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

/** Each kernel's compiled module by its base64; null once compiling it failed. */
const compiled = new Map<string, object | null>();

/** A new instance of the module in `base64` (its exports as `T`), or null where it cannot run. */
export function kernelInstance<T>(base64: string): T | null {
  const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return null;
  let module = compiled.get(base64);
  if (module === undefined) {
    try {
      module = new api.Module(decodeBase64(base64));
    } catch {
      module = null;
    }
    compiled.set(base64, module);
  }
  if (!module) return null;
  try {
    return new api.Instance(module).exports as T;
  } catch {
    return null;
  }
}
