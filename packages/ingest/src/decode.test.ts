import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode.js';
import { InputError } from './errors.js';
import { loadFile } from './load.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

function problemOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('decoding', () => {
  it('reads a Windows-1252 page by its meta charset, curly quotes and euro sign included', async () => {
    const { text, meta } = await loadFile(fixture('windows-1252-page.html'));
    expect(meta.title).toBe('Straßenbahn fährt wieder – Münchner Zeitung');
    expect(text).toContain('„Wir sind froh“, sagte Bürgermeisterin Jürgens.');
    expect(text).toContain('2,5 Millionen €.');
  });

  it('maps every Windows-1252 high byte', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x85, 0x93, 0x94, 0x96, 0x99, 0xe9))).toBe('€…“”–™é');
  });

  it('lets a BOM win over a declared charset', () => {
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Grüße'));
    expect(decodeText(bytes, 'x', 'windows-1252')).toBe('Grüße');
    expect(decodeText(Uint8Array.of(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00), 'x')).toBe('Aé');
  });

  it('decodes other declared charsets', () => {
    expect(decodeText(Uint8Array.of(0xcd, 0xc9, 0xd2), 'x', 'koi8-r')).toBe('мир');
    expect(decodeText(Uint8Array.of(0x82, 0xa0), 'x', 'shift_jis')).toBe('あ');
  });

  it('refuses bytes invalid in the declared charset, naming the charset and the offset', () => {
    const error = problemOf(() => decodeText(Uint8Array.of(0x41, 0x42, 0x82, 0x20, 0x43), 'page.html', 'shift_jis'));
    expect(error.problem).toBe('encoding');
    expect(error.message).toMatch(/page\.html declares shift_jis but is not valid shift_jis \(byte 0x82 at offset 2\)/);
  });

  it('refuses invalid UTF-8 with no declared charset, saying how to convert', () => {
    const error = problemOf(() => decodeText(Uint8Array.of(0x61, 0xe9, 0x62), 'a.txt'));
    expect(error.problem).toBe('encoding');
    expect(error.message).toContain('byte 0xE9 at offset 1');
    expect(error.message).toContain('iconv');
  });

  it('refuses binary content even with a declared charset', () => {
    expect(problemOf(() => decodeText(Uint8Array.of(0x41, 0, 0x42), 'x', 'windows-1252')).problem).toBe('binary');
  });
});
