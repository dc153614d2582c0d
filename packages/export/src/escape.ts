/** Escaping untrusted article text for each output format. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * Text for Markdown (CommonMark/GFM) inline content: every character that can start
 * markup (emphasis, links, images, raw HTML, entities, code, tables, strike-through)
 * is backslash-escaped, and block markers at a line start are neutralised.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2') // bullet list, setext underline
    .replace(/^(\s*\d+)\./gm, '$1\\.'); // ordered list ("1)" is already "1\)")
}

/** Backslash-escapes every ASCII character that can start inline Markdown (CommonMark allows escaping any). */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#|~!&"$]/g, '\\$&');
}

/** Text for one Markdown table cell: on one line, inline markup and pipes escaped (no block markers inside a cell). */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdownInline(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * JSON that is safe to paste into an HTML `<script>` block (as JSON-LD is): `<`, `>`,
 * `&` and the JavaScript line separators become \u escapes. Still valid, equal JSON.
 */
export function safeJson(value: unknown, indent = 2): string {
  // Also DEL and C1 controls, which JSON.stringify leaves raw and some terminals obey.
  return JSON.stringify(value, null, indent).replace(/[<>&\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whitespace (tabs, line breaks) collapsed to single spaces, for one-line fields. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Article text made inert for text outputs (Markdown, HTML, CoNLL, brat, reports):
 * every control character that could act on a terminal (C0 but tab and line feed, DEL,
 * C1) and the bidirectional overrides become one visible symbol each — C0 as its
 * Unicode control picture (ESC → ␛, BEL → ␇, BS → ␈, CR → ␍), DEL as ␡, C1 and the
 * overrides as U+FFFD �. Each replaced character is one UTF-16 unit and one code point
 * and so is its symbol, so every offset into the text stays valid in the result.
 */
export function inertText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/** A copy of a value with every string in it made inert (offsets stay valid: see inertText). */
export function inertStrings<T>(value: T): T {
  if (typeof value === 'string') return inertText(value) as T;
  if (Array.isArray(value)) return value.map(inertStrings) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = inertStrings(v);
    return out as T;
  }
  return value;
}
