/**
 * Makes untrusted article text inert on a terminal: C0 and C1 control characters
 * (ESC, BEL, CSI, OSC, ...) become visible Unicode control pictures or `\xNN`, so
 * an article cannot set the window title, clear the screen or write hyperlinks.
 * Newlines are kept only when `keepNewlines` is set; tabs become a space.
 * The result has the same number of UTF-16 code units per original character
 * only for printable text; use it for display, never for offsets.
 */
export function inert(text: string, keepNewlines = false): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\n') return keepNewlines ? '\n' : ' ';
    if (ch === '\r') return keepNewlines ? '' : ' ';
    if (ch === '\t') return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␛ for ESC, ␇ for BEL, ...
    if (code === 0x7f) return '\u2421';
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
