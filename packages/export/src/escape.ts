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
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whitespace (tabs, line breaks) collapsed to single spaces, for one-line fields. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
