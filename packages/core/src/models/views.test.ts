import { describe, expect, it } from 'vitest';
import { float32Values, int16Values, int32Values, uint32Values } from './views.js';

/** `values` as little-endian bytes, starting `offset` bytes into a larger buffer (1: never aligned). */
function bytesAt(values: ArrayBufferView, offset: number): Uint8Array {
  const raw = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const out = new Uint8Array(offset + raw.length);
  out.set(raw, offset);
  return out.subarray(offset);
}

describe('little-endian views of model bytes', () => {
  const cases = [
    ['uint32', Uint32Array.from([0, 1, 0xffffffff, 123456789]), uint32Values],
    ['int32', Int32Array.from([0, -1, 2147483647, -2147483648]), int32Values],
    ['float32', Float32Array.from([0, -1.5, 3.25e-7, 65504]), float32Values],
    ['int16', Int16Array.from([0, -1, 32767, -32768]), int16Values],
  ] as const;

  for (const [name, values, read] of cases) {
    it(`reads ${name} values alike whether the bytes are aligned (a view) or not (a copy)`, () => {
      const aligned = read(bytesAt(values, 0));
      const unaligned = read(bytesAt(values, 1));
      expect([...aligned]).toEqual([...values]);
      expect([...unaligned]).toEqual([...values]);
      expect(aligned.buffer).not.toBe(unaligned.buffer);
    });
  }
});
