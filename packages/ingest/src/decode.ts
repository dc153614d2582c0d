import { InputError } from './errors.js';

/** How many bytes are read to judge whether a file is binary. */
const SNIFF_BYTES = 8192;

/**
 * Decodes an article's bytes to text. A BOM (UTF-8, UTF-16) wins; otherwise `charset`
 * (from an HTTP header or an HTML meta tag) is used when given and not UTF-8; otherwise
 * UTF-8. NUL bytes or many control characters mean a binary file; bytes invalid in the
 * encoding are refused with the offset of the first bad byte.
 */
export function decodeText(bytes: Uint8Array, label: string, charset?: string | null): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return new TextDecoder(encoding).decode(bytes.subarray(2));
  }
  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = hasUtf8Bom ? null : normalizeCharset(charset);
  if (declared && declared !== 'utf-8') {
    rejectBinary(bytes, label);
    return decodeDeclared(bytes, label, declared);
  }
  rejectBinary(bytes, label);
  const start = hasUtf8Bom ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    throw new InputError(
      'encoding',
      label,
      `${label} is not valid UTF-8 (byte 0x${hex(bytes[at])} at offset ${at}) and declares no other charset: convert it first, e.g. \`iconv -f latin1 -t utf-8 FILE > FILE.utf8.txt\`.`,
    );
  }
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** The WHATWG name of a declared charset, or null when none or unknown to TextDecoder. */
export function normalizeCharset(charset: string | null | undefined): string | null {
  if (!charset) return null;
  try {
    return new TextDecoder(charset.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
}

/**
 * Windows-1252's 0x80–0x9F (€ ‚ „ “ ” – — ™ ...), per the WHATWG table. Decoded by hand
 * because Node 20's TextDecoder drops these bytes instead of mapping them.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 (which WHATWG also uses for `latin1`, `iso-8859-1` and `ascii`). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const chars = new Array<string>(chunk.length);
    for (let k = 0; k < chunk.length; k++) {
      const b = chunk[k];
      chars[k] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}

function decodeDeclared(bytes: Uint8Array, label: string, encoding: string): string {
  // Every byte is valid Windows-1252, so there is nothing to refuse.
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Feed byte by byte in streaming mode: the decoder throws at the first bad byte.
    let at = 0;
    const probe = new TextDecoder(encoding, { fatal: true });
    try {
      for (; at < bytes.length; at++) probe.decode(bytes.subarray(at, at + 1), { stream: true });
      probe.decode();
    } catch {
      // The decoder notices a broken multi-byte sequence at the byte after its lead byte.
      if (at > 0 && bytes[at - 1] >= 0x80) at--;
    }
    throw new InputError(
      'encoding',
      label,
      `${label} declares ${encoding} but is not valid ${encoding} (byte 0x${hex(bytes[Math.min(at, bytes.length - 1)])} at offset ${at}): fix the charset declaration or convert the file to UTF-8.`,
    );
  }
}

/** Refuses bytes that look binary: NUL bytes, or more than 10% control bytes in the first 8 KiB. */
function rejectBinary(bytes: Uint8Array, label: string): void {
  let controls = 0;
  const sniff = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) {
    const b = bytes[i];
    if (b === 0) {
      throw new InputError('binary', label, `${label} looks like a binary file (it contains NUL bytes), not text: pass a .txt, .md or .html article.`);
    }
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  if (sniff > 0 && controls / sniff > 0.1) {
    throw new InputError('binary', label, `${label} looks like a binary file (${controls} control bytes in its first ${sniff}), not text: pass a .txt, .md or .html article.`);
  }
}

/** Offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(from, bytes.length - 1);
}
