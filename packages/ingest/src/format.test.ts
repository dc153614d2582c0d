import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, formatFromContentType, formatFromName, looksLikeHtml, sniffFormat, sniffMetaCharset } from './format.js';

describe('telling input kinds apart', () => {
  it('by extension', () => {
    expect(formatFromName('a/b/story.HTML')).toBe('html');
    expect(formatFromName('story.htm')).toBe('html');
    expect(formatFromName('story.md')).toBe('markdown');
    expect(formatFromName('story.txt')).toBe('text');
    expect(formatFromName('story')).toBeNull();
    expect(formatFromName('story.json')).toBeNull();
  });

  it('by content type', () => {
    expect(formatFromContentType('text/html; charset=iso-8859-1')).toBe('html');
    expect(formatFromContentType('text/plain')).toBe('text');
    expect(formatFromContentType('application/pdf')).toBe('unsupported');
    expect(formatFromContentType(null)).toBeNull();
    expect(charsetFromContentType('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
  });

  it('by content', () => {
    expect(sniffFormat('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(sniffFormat('\n  <html lang="en"><p>x</p></html>')).toBe('html');
    expect(sniffFormat('# Title\n\nSome **bold** words.')).toBe('markdown');
    expect(sniffFormat('The minister said <b> is a tag. #1 in the polls.')).toBe('text');
    expect(sniffFormat('Plain article text.\n\nSecond paragraph.')).toBe('text');
    expect(looksLikeHtml('I like <html> tags')).toBe(false);
  });

  it('reads the bundled sample from standard input as plain text, unchanged', () => {
    const sample = readFileSync(new URL('../../../apps/marginalia/samples/kremlin-signal.txt', import.meta.url), 'utf8');
    expect(sniffFormat(sample)).toBe('text');
  });

  it('finds the meta charset in the raw bytes', () => {
    const bytes = new TextEncoder().encode('<html><head><meta charset="ISO-8859-15"></head>');
    expect(sniffMetaCharset(bytes)).toBe('ISO-8859-15');
    expect(sniffMetaCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'))).toBe('windows-1251');
  });
});
