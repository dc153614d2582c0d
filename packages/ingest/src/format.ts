/** Telling input kinds apart: by declared type (extension, Content-Type) first, then by content. */

export type InputFormat = 'text' | 'markdown' | 'html';

const EXTENSIONS: Record<string, InputFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  txt: 'text',
  text: 'text',
};

/** The format a file name declares by its extension, or null when it declares none we know. */
export function formatFromName(name: string): InputFormat | null {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  return m ? (EXTENSIONS[m[1].toLowerCase()] ?? null) : null;
}

/**
 * The format an HTTP Content-Type declares: null when it says nothing useful
 * (missing, octet-stream), `unsupported` for types that are not articles (PDF, images).
 */
export function formatFromContentType(contentType: string | null | undefined): InputFormat | 'unsupported' | null {
  if (!contentType) return null;
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain') return 'text';
  if (type === '' || type === 'application/octet-stream') return null;
  if (type.startsWith('text/')) return 'text';
  return 'unsupported';
}

/** The `charset=` parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** True when the start of a document is plainly HTML (a doctype, or an html/head/body element). */
export function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 1024).toLowerCase();
  if (/^<!doctype\s+html/.test(start) || /^<html[\s>]/.test(start) || /^<\?xml[^>]*>\s*<!doctype\s+html/.test(start)) return true;
  if (/^<!--/.test(start) && /<html[\s>]/.test(start)) return true;
  return /<(head|body)[\s>]/.test(start) && /^<[a-z!]/.test(start);
}

/**
 * The charset an HTML document declares in its first KiB (`<meta charset>` or
 * `http-equiv="Content-Type"`), read from the raw bytes as Latin-1 as browsers do.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Markdown signs strong enough that plain prose rarely shows them. */
const MARKDOWN_SIGNS: RegExp[] = [
  /^ {0,3}#{1,6}\s+\S/m, // ATX heading
  /\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"]*")?\)/, // inline link or image
  /(^|\s)(\*\*|__)\S[^\n]*?\S\2(?=\s|[.,;:!?]|$)/m, // strong emphasis
  /^ {0,3}(```|~~~)/m, // code fence
  /^ {0,3}>\s/m, // block quote
  /^\S[^\n]*\n(=+|-+)\s*$/m, // setext heading
  /^ {0,3}\[[^\]\n]+\]:\s*\S+/m, // link reference definition
];

/**
 * The format of decoded content with no declared type: HTML when it starts as HTML,
 * Markdown when at least two different Markdown signs appear, otherwise plain text.
 */
export function sniffFormat(text: string): InputFormat {
  if (looksLikeHtml(text)) return 'html';
  const signs = MARKDOWN_SIGNS.filter((re) => re.test(text)).length;
  return signs >= 2 ? 'markdown' : 'text';
}
