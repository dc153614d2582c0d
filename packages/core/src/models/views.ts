/*
 * Typed views of a model file's little-endian bytes: a view where the platform is little-endian
 * and the bytes are aligned (no copy), else a decoded copy. Pure code, no Node or DOM.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Word32 = Uint32Array | Int32Array;

/** The 4-byte little-endian values of `bytes` as `Type` (an array of that type passes through). */
function word32Values<T extends Word32>(bytes: Uint8Array | T, Type: { new (buffer: ArrayBufferLike, offset?: number, length?: number): T; new (length: number): T }, signed: boolean): T {
  if (bytes instanceof Type) return bytes;
  const n = bytes.length >> 2;
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Type(bytes.buffer, bytes.byteOffset, n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Type(n);
  for (let i = 0; i < n; i++) out[i] = signed ? view.getInt32(4 * i, true) : view.getUint32(4 * i, true);
  return out;
}

/** The little-endian uint32 values of `bytes` (a Uint32Array passes through). */
export function uint32Values(bytes: Uint8Array | Uint32Array): Uint32Array {
  return word32Values(bytes, Uint32Array, false);
}

/** The little-endian int32 values of `bytes` (an Int32Array passes through). */
export function int32Values(bytes: Uint8Array | Int32Array): Int32Array {
  return word32Values(bytes, Int32Array, true);
}

/** The little-endian float32 values of `bytes`: a view where it can be, else a decoded copy. */
export function float32Values(bytes: Uint8Array): Float32Array {
  const n = bytes.length >> 2;
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Float32Array(bytes.buffer, bytes.byteOffset, n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = view.getFloat32(4 * i, true);
  return out;
}

/** The little-endian int16 values of `bytes`: a view where it can be, else a decoded copy. */
export function int16Values(bytes: Uint8Array): Int16Array {
  const n = bytes.length >> 1;
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, n);
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return out;
}
