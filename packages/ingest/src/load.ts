import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeText } from './decode.js';
import { InputError } from './errors.js';

/** The largest article read by default (bytes). Larger inputs are refused before they are read. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface LoadOptions {
  /** Refuse inputs larger than this many bytes (default 10 MiB). */
  maxBytes?: number;
}

export interface LoadedArticle {
  /** The text to analyse (offsets of the analysis refer to it). */
  text: string;
  /** What is known of the article besides its text: title, source path or URL, format. */
  meta: {
    title: string | null;
    source: string;
    format: 'text' | 'markdown' | 'html';
    [key: string]: unknown;
  };
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function tooLarge(label: string, size: number, max: number): InputError {
  return new InputError(
    'too-large',
    label,
    `${label} is ${formatSize(size)}; the largest article read is ${formatSize(max)} (--max-size to raise it). Split it, or give many articles to \`marginalia batch\`.`,
  );
}

/** Turns decoded text into a loaded article, refusing text with nothing to analyse. */
export function articleFromText(text: string, source: string): LoadedArticle {
  if (text.trim().length === 0) {
    throw new InputError('empty', source, `${source} is empty: there is no text to analyse. Give a file with the article's text.`);
  }
  return { text, meta: { title: null, source, format: 'text' } };
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
  if (info.size === 0) throw new InputError('empty', path, `${path} is empty: there is no text to analyse. Give a file with the article's text.`);
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return articleFromText(decodeText(bytes.subarray(0, filled), path), path);
  } finally {
    await handle.close();
  }
}

/** Reads an article from a stream (standard input), refusing it once it passes the size cap. */
export async function loadStream(stream: AsyncIterable<Uint8Array | string>, label = 'standard input', options: LoadOptions = {}): Promise<LoadedArticle> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > max) throw tooLarge(label, size, max);
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return articleFromText(decodeText(all, label), label);
}

/** Reads an article from a path, or from standard input when the path is `-`. */
export async function loadArticle(input: string, options: LoadOptions = {}): Promise<LoadedArticle> {
  if (input === '-') return loadStream(process.stdin, 'standard input', options);
  return loadFile(input, options);
}

/** A short label for an input in messages and lists. */
export function inputLabel(input: string): string {
  return input === '-' ? 'standard input' : basename(input);
}
