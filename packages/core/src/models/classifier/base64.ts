/*
 * Base64 to bytes and back, written out because `atob` is not in every runtime's type set and
 * Buffer is Node-only. The model weights no longer pass through here: they ship as binary files in
 * @marginalia/model-en. Base64 is left for core's two small WebAssembly kernels, kept in the code as
 * base64 strings (DENSE_WASM in classifier/dense-kernel.ts, NER_DECODE_WASM in ner/decode-kernel.ts):
 * wasm-kernel.ts decodes them to bytes before compiling.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

export function decodeBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--; // '=' padding
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let n = 0;
  // Whole groups of four characters (three bytes) first, then the tail bit by bit.
  const full = end - (end % 4);
  let i = 0;
  for (; i < full; i += 4) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) >= 128) break;
    const v0 = VALUE[c0];
    const v1 = VALUE[c1];
    const v2 = VALUE[c2];
    const v3 = VALUE[c3];
    if ((v0 | v1 | v2 | v3) < 0) break;
    const t = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
    out[n++] = t >>> 16;
    out[n++] = (t >>> 8) & 0xff;
    out[n++] = t & 0xff;
  }
  let bits = 0;
  let buffer = 0;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? VALUE[code] : -1;
    if (v < 0) throw new Error(`decodeBase64: character ${JSON.stringify(text[i])} at ${i} is not base64; the model data is corrupt, retrain it.`);
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >>> bits) & 0xff;
    }
  }
  return out;
}

/** Bytes to base64: a kernel's string from its assembled bytes (see the kernels' tests, `encodeBase64(assemble())`). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    out += ALPHABET[a >>> 2] + ALPHABET[((a & 3) << 4) | (b >>> 4)];
    out += i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >>> 6)] : '=';
    out += i + 2 < bytes.length ? ALPHABET[c & 63] : '=';
  }
  return out;
}
