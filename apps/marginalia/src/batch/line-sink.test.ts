import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropBytes, fileLineSink } from './line-sink.js';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-line-sink-'));

describe('fileLineSink', () => {
  it('writes every line in order, gathered into larger writes, and appends when asked', async () => {
    const path = join(dir, 'out.jsonl');
    writeFileSync(path, 'kept\n');
    const sink = await fileLineSink(path, { append: true, bufferBytes: 10 });
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i} ${'x'.repeat(i % 7)}\n`);
    for (const [i, line] of lines.entries()) await sink.write(i % 2 ? line : new TextEncoder().encode(line));
    await sink.close();
    expect(readFileSync(path, 'utf8')).toBe(`kept\n${lines.join('')}`);
  });
});

describe('dropBytes', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const text = (chunks: Uint8Array[]) => chunks.map((c) => new TextDecoder().decode(c)).join('|');

  it('drops whole chunks and cuts into the next after a short write', () => {
    const chunks = [bytes('abc'), bytes('de'), bytes('fgh')];
    expect(text(dropBytes(chunks, 0))).toBe('abc|de|fgh');
    expect(text(dropBytes(chunks, 3))).toBe('de|fgh');
    expect(text(dropBytes(chunks, 4))).toBe('e|fgh');
    expect(text(dropBytes(chunks, 8))).toBe('');
  });
});
