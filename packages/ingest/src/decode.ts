import { InputError } from './errors.js';

/** How many bytes are read to judge whether a file is binary. */
const SNIFF_BYTES = 8192;

/**
 * Decodes an article's bytes to text. UTF-8 (with or without a BOM) and UTF-16 with
 * a BOM are accepted; NUL bytes or many control characters mean a binary file;
 * invalid UTF-8 is refused with the offset of the first bad byte.
 */
export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return new TextDecoder(encoding).decode(bytes.subarray(2));
  }
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
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    throw new InputError(
      'encoding',
      label,
      `${label} is not valid UTF-8 (byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')} at offset ${at}): convert it first, e.g. \`iconv -f latin1 -t utf-8 FILE > FILE.utf8.txt\`.`,
    );
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
