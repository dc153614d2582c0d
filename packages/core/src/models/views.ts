/*
 * Typed views of a model file's little-endian bytes: a view where the platform is little-endian
 * and the bytes are aligned (no copy), else a decoded copy. Pure code, no Node or DOM.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type Values = Uint32Array | Int32Array | Int16Array | Float32Array;

interface ValuesType<T extends Values> {
  readonly BYTES_PER_ELEMENT: number;
  new (buffer: ArrayBufferLike, offset?: number, length?: number): T;
  new (length: number): T;
}

/** The little-endian values of `bytes` as `Type`, each read by `read` from a copy's DataView (an array of that type passes through). */
function littleEndianValues<T extends Values>(bytes: Uint8Array | T, Type: ValuesType<T>, read: (view: DataView, offset: number) => number): T {
  if (bytes instanceof Type) return bytes;
  const width = Type.BYTES_PER_ELEMENT;
  const n = Math.floor(bytes.length / width);
  if (LITTLE_ENDIAN && bytes.byteOffset % width === 0) return new Type(bytes.buffer, bytes.byteOffset, n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Type(n);
  for (let i = 0; i < n; i++) out[i] = read(view, width * i);
  return out;
}

/** The little-endian uint32 values of `bytes` (a Uint32Array passes through). */
export function uint32Values(bytes: Uint8Array | Uint32Array): Uint32Array {
  return littleEndianValues(bytes, Uint32Array, (view, at) => view.getUint32(at, true));
}

/** The little-endian int32 values of `bytes` (an Int32Array passes through). */
export function int32Values(bytes: Uint8Array | Int32Array): Int32Array {
  return littleEndianValues(bytes, Int32Array, (view, at) => view.getInt32(at, true));
}

/** The little-endian float32 values of `bytes`. */
export function float32Values(bytes: Uint8Array): Float32Array {
  return littleEndianValues(bytes, Float32Array, (view, at) => view.getFloat32(at, true));
}

/** The little-endian int16 values of `bytes`. */
export function int16Values(bytes: Uint8Array): Int16Array {
  return littleEndianValues(bytes, Int16Array, (view, at) => view.getInt16(at, true));
}
