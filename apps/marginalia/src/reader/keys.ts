/**
 * Turns raw terminal input into key tokens. Keys typed fast arrive together in
 * one chunk ("3jj", or two arrow sequences back to back): every key in it counts.
 * Tokens are printable characters as themselves, and named keys in angle
 * brackets: `<up>`, `<C-d>`, `<S-tab>`, `<F1>`, ...
 */
export type KeyToken = string;

const CSI_KEYS: Record<string, KeyToken> = {
  A: '<up>',
  B: '<down>',
  C: '<right>',
  D: '<left>',
  H: '<home>',
  F: '<end>',
  Z: '<S-tab>',
  P: '<F1>',
  '1~': '<home>',
  '7~': '<home>',
  '4~': '<end>',
  '8~': '<end>',
  '5~': '<pgup>',
  '6~': '<pgdn>',
  '3~': '<del>',
  '11~': '<F1>',
  '[A': '<F1>',
};

const CONTROL_KEYS: Record<number, KeyToken> = {
  0x09: '<tab>',
  0x0a: '<enter>',
  0x0d: '<enter>',
  0x08: '<bs>',
  0x7f: '<bs>',
};

export function keysFromInput(data: string): KeyToken[] {
  const keys: KeyToken[] = [];
  let i = 0;
  while (i < data.length) {
    const ch = data[i];
    if (ch === '\u001b') {
      const kind = data[i + 1];
      if (kind === '[' || kind === 'O') {
        // CSI / SS3: parameters then one final byte (0x40-0x7e).
        let j = i + 2;
        if (data[j] === '[') j++; // legacy ESC[[A function keys
        while (j < data.length && /[0-9;?]/.test(data[j])) j++;
        const body = data.slice(i + 2, j + 1);
        const params = body.replace(/;\d+(?=[~A-Z])/, ''); // drop modifier parameter
        keys.push(CSI_KEYS[params] ?? CSI_KEYS[params.replace(/^1;?/, '')] ?? '<unknown>');
        i = j + 1;
        continue;
      }
      keys.push('<esc>');
      i += 1;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (CONTROL_KEYS[code]) {
      keys.push(CONTROL_KEYS[code]);
      // A CRLF pair is one Enter.
      i += ch === '\r' && data[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (code < 0x20) {
      keys.push(`<C-${String.fromCharCode(code + 0x60)}>`);
      i += 1;
      continue;
    }
    const point = data.codePointAt(i)!;
    const char = String.fromCodePoint(point);
    keys.push(char);
    i += char.length;
  }
  return keys;
}

/** True for a token that is typed text (a printable character), not a named key. */
export function isPrintable(key: KeyToken): boolean {
  return !(key.length > 1 && key.startsWith('<') && key.endsWith('>'));
}
