import { describe, expect, it } from 'vitest';
import { readCappedBytes } from './bytes.js';

const tooLarge = (size: number) => new Error(`too large: ${size}`);

describe('readCappedBytes', () => {
  it('joins byte and string chunks in order', async () => {
    async function* chunks() {
      yield new Uint8Array([104, 105]);
      yield ' thé';
    }
    const bytes = await readCappedBytes(chunks(), 100, tooLarge);
    expect(new TextDecoder().decode(bytes)).toBe('hi thé');
  });

  it('gives no bytes for an empty stream', async () => {
    expect((await readCappedBytes((async function* () {})(), 10, tooLarge)).length).toBe(0);
  });

  it('refuses a stream once it passes the cap, and stops reading it', async () => {
    let read = 0;
    let closed = false;
    async function* endless() {
      try {
        for (;;) {
          read++;
          yield new Uint8Array(4);
        }
      } finally {
        closed = true;
      }
    }
    await expect(readCappedBytes(endless(), 10, tooLarge)).rejects.toThrow('too large: 12');
    expect(read).toBe(3);
    expect(closed).toBe(true);
  });
});
