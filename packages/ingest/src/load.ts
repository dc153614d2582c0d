import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readCappedBytes } from './bytes.js';
import { decodeText } from './decode.js';
import { InputError } from './errors.js';
import { fetchPage, isHttpUrl, isOtherSchemeUrl, refuseScheme } from './fetch.js';
import { charsetFromContentType, formatFromContentType, formatFromName, latin1, looksLikeHtml, sniffFormat, sniffMetaCharset, type InputFormat } from './format.js';
import { extractHtml } from './html.js';
import { markdownToText } from './markdown.js';
import { formatSize } from './size.js';
import { plainTextHeadline } from './headline.js';

/** The largest article read by default (bytes). Larger inputs are refused before they are read. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface LoadOptions {
  /** Refuse inputs larger than this many bytes (default 10 MiB). */
  maxBytes?: number;
  /** URL inputs: give up after this many milliseconds (default 15 s). */
  timeoutMs?: number;
  /** URL inputs: follow at most this many redirects (default 5). */
  maxRedirects?: number;
  /** Read the input as this format instead of telling it by extension and content. */
  format?: InputFormat;
}

export interface ArticleMetaFields {
  title: string | null;
  /** The path, URL or `standard input` the article came from. */
  source: string;
  format: InputFormat;
  byline: string | null;
  /** Publication date as the page gives it (usually ISO 8601). */
  published: string | null;
  siteName: string | null;
  /** The URL fetched (after redirects), or null for files. */
  url: string | null;
  canonicalUrl: string | null;
  [key: string]: unknown;
}

export interface LoadedArticle {
  /** The text to analyse (offsets of the analysis refer to it). */
  text: string;
  /** What is known of the article besides its text: title, byline, dates, source, format. */
  meta: ArticleMetaFields;
}

function tooLarge(label: string, size: number, max: number): InputError {
  return new InputError(
    'too-large',
    label,
    `${label} is ${formatSize(size)}; the largest article read is ${formatSize(max)} (--max-size to raise it). Split it, or give many articles to \`marginalia batch\`.`,
  );
}

function emptyError(source: string, what = 'no text'): InputError {
  return new InputError('empty', source, `${source} is empty: there is ${what} to analyse. Give a file with the article's text.`);
}

function baseMeta(source: string, format: InputFormat): ArticleMetaFields {
  return { title: null, source, format, byline: null, published: null, siteName: null, url: null, canonicalUrl: null };
}

/** Turns decoded plain text into a loaded article, refusing text with nothing to analyse. */
export function articleFromText(text: string, source: string): LoadedArticle {
  if (text.trim().length === 0) throw emptyError(source);
  // A first line that reads as a headline is the title; the text stays as it is.
  return { text, meta: { ...baseMeta(source, 'text'), title: plainTextHeadline(text) } };
}

export interface BytesSource {
  /** How the input is named in messages and `meta.source`. */
  label: string;
  /** A file name whose extension declares the format, if any. */
  name?: string;
  /** An HTTP Content-Type, if any (its charset wins over a meta tag). */
  contentType?: string | null;
  /** The page's URL, for resolving relative canonical URLs. */
  url?: string | null;
  format?: InputFormat;
}

/**
 * Decodes and reads raw article bytes of any kind: the format comes from the option,
 * the Content-Type, the extension, or the content, in that order; HTML declares its
 * own charset; Markdown is stripped; HTML goes through Readability.
 */
export function articleFromBytes(bytes: Uint8Array, from: BytesSource): LoadedArticle {
  const { label } = from;
  const typed = formatFromContentType(from.contentType);
  if (typed === 'unsupported') {
    throw new InputError('unsupported', label, `${label} is ${from.contentType}, not an article: give an HTML page, Markdown or plain text.`);
  }
  const declared = from.format ?? typed ?? (from.name ? formatFromName(from.name) : null);
  const headerCharset = charsetFromContentType(from.contentType);
  const head = latin1(bytes.subarray(0, 1024));
  const maybeHtml = declared === 'html' || (declared !== 'markdown' && looksLikeHtml(head));
  const text = decodeText(bytes, label, headerCharset ?? (maybeHtml ? sniffMetaCharset(bytes) : null));
  // A .txt that is plainly an HTML page is read as HTML; other text formats trust the extension.
  const format: InputFormat = declared === 'text' ? (looksLikeHtml(text) ? 'html' : 'text') : (declared ?? sniffFormat(text));
  if (format === 'text') return articleFromText(text, label);
  if (format === 'markdown') {
    const md = markdownToText(text);
    if (!md.text.trim()) throw emptyError(label, 'no text besides Markdown formatting');
    return { text: md.text, meta: { ...baseMeta(label, 'markdown'), title: md.title, byline: md.byline, published: md.published } };
  }
  const html = extractHtml(text, from.url);
  if (!html.text.trim()) throw emptyError(label, 'no article text in this HTML page');
  const { title, byline, published, siteName, canonicalUrl, description, language } = html.meta;
  return {
    text: html.text,
    meta: { ...baseMeta(label, 'html'), title, byline, published, siteName, url: from.url ?? null, canonicalUrl, description, language },
  };
}

/** Reads an article from a file path, checking size, binary content and encoding first. */
export async function loadFile(path: string, options: LoadOptions = {}): Promise<LoadedArticle> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('missing', path, `No such file: ${path}. Check the path, or pass - to read standard input.`);
    throw new InputError('unreadable', path, `Cannot read ${path} (${code ?? String(error)}). Check its permissions.`);
  }
  if (!info.isFile()) {
    throw new InputError('not-a-file', path, `${path} is not a file${info.isDirectory() ? ' but a directory (use `marginalia batch` for a folder)' : ''}. Give the path of one article.`);
  }
  if (info.size > max) throw tooLarge(path, info.size, max);
  if (info.size === 0) throw emptyError(path);
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return articleFromBytes(bytes.subarray(0, filled), { label: path, name: path, format: options.format });
  } finally {
    await handle.close();
  }
}

/** Reads an article from a stream (standard input), refusing it once it passes the size cap. */
export async function loadStream(stream: AsyncIterable<Uint8Array | string>, label = 'standard input', options: LoadOptions = {}): Promise<LoadedArticle> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const all = await readCappedBytes(stream, max, (size) => tooLarge(label, size, max));
  if (all.length === 0) throw emptyError(label);
  return articleFromBytes(all, { label, format: options.format });
}

/** Fetches an article from an http(s) URL (timeout, size cap, redirect limit). */
export async function loadUrl(url: string, options: LoadOptions = {}): Promise<LoadedArticle> {
  const page = await fetchPage(url, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, timeoutMs: options.timeoutMs, maxRedirects: options.maxRedirects });
  if (page.bytes.length === 0) throw emptyError(url, 'no text (the server sent an empty body)');
  const name = new URL(page.url).pathname;
  return articleFromBytes(page.bytes, { label: url, name, contentType: page.contentType, url: page.url, format: options.format });
}

/**
 * Reads an article from any input: `-` for standard input, an http(s) URL, or a file
 * path (plain text, Markdown or HTML, told apart by extension and content).
 */
export async function loadArticle(input: string, options: LoadOptions = {}): Promise<LoadedArticle> {
  if (input === '-') return loadStream(process.stdin, 'standard input', options);
  if (isHttpUrl(input)) return loadUrl(input, options);
  if (isOtherSchemeUrl(input)) throw refuseScheme(input);
  return loadFile(input, options);
}

/** A short label for an input in messages and lists. */
export function inputLabel(input: string): string {
  if (input === '-') return 'standard input';
  if (isHttpUrl(input)) return input;
  return basename(input);
}
