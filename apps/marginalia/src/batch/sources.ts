import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { glob, isDynamicPattern } from 'tinyglobby';
import { countJsonlLines, jsonlFileItems, jsonlItems } from './jsonl-input.js';
import type { BatchTask, FailedResult } from './types.js';

/** What the input readers yield, in input order: an article to analyse, or one already known to be bad. */
export type InputItem =
  | { kind: 'task'; task: BatchTask }
  | { kind: 'failed'; result: FailedResult };

/** File extensions read as articles when walking a directory (globs take whatever they match). */
const ARTICLE_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'html', 'htm', 'xhtml']);
const JSONL_EXTENSIONS = new Set(['jsonl', 'ndjson']);

function extensionOf(path: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(path);
  return m ? m[1].toLowerCase() : '';
}

export function isJsonlPath(path: string): boolean {
  return JSONL_EXTENSIONS.has(extensionOf(path));
}

export interface SourceOptions {
  /** Standard input, read as JSONL for the input `-`. */
  stdin: Readable;
  /** The run's own outputs (absolute paths, see `outputPaths`): never read as inputs. */
  exclude?: Exclusions;
}

export interface Exclusions {
  files: ReadonlySet<string>;
  folders: readonly string[];
}

/** True for a path the run writes: it is skipped when walking folders and matching globs. */
export function isExcluded(path: string, exclude: Exclusions | undefined): boolean {
  if (!exclude) return false;
  const full = resolve(path);
  return exclude.files.has(full) || exclude.folders.some((f) => full === f || full.startsWith(`${f}${sep}`));
}

/**
 * Every article of the inputs, in a stable order: inputs as given; a directory's
 * entries sorted by name, recursively; glob matches sorted; JSONL files line by line.
 * Directories are read one at a time and JSONL streamed, so the corpus is never held.
 */
export async function* inputItems(inputs: readonly string[], options: SourceOptions): AsyncGenerator<InputItem> {
  const exclude = options.exclude;
  for (const input of inputs) {
    if (input === '-') {
      yield* jsonlItems(options.stdin, 'stdin');
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      // A web page: fetched and read by the worker, through @marginalia/ingest.
      yield { kind: 'task', task: { id: input, path: input } };
      continue;
    }
    const kind = await pathKind(input);
    if (kind === 'directory') yield* directoryItems(input, exclude);
    else if (kind === 'file') yield* isExcluded(input, exclude) ? [] : fileItems(input);
    else if (isDynamicPattern(input)) {
      const matches = (await globMatches(input)).filter((p) => !isExcluded(p, exclude));
      if (matches.length === 0) yield missing(input, `The pattern ${input} matched no files: check it (quote it so the shell does not expand it).`);
      for (const path of matches) yield* fileItems(path);
    } else {
      yield missing(input, `No such file or directory: ${input}. Check the path.`);
    }
  }
}

/** How many articles the inputs hold (for the progress bar's ETA), or undefined when unknowable (stdin). */
export async function countInputItems(inputs: readonly string[], exclude?: Exclusions): Promise<number | undefined> {
  let count = 0;
  for (const input of inputs) {
    if (input === '-') return undefined;
    if (/^https?:\/\//i.test(input)) {
      count += 1;
      continue;
    }
    const kind = await pathKind(input);
    const paths = kind === 'directory' ? directoryFiles(input, exclude) : kind === 'file' ? single(input) : isDynamicPattern(input) ? arrayItems(await globMatches(input)) : single(input);
    for await (const path of paths) if (!isExcluded(path, exclude)) count += isJsonlPath(path) ? await countJsonlLines(createReadStream(path, { highWaterMark: 1024 * 1024 })) : 1;
  }
  return count;
}

function missing(input: string, message: string): InputItem {
  return { kind: 'failed', result: { status: 'failed', id: input, path: input, message, problem: 'missing' } };
}

async function* fileItems(path: string): AsyncGenerator<InputItem> {
  if (isJsonlPath(path)) yield* jsonlFileItems(path);
  else yield { kind: 'task', task: { id: path, path } };
}

async function* directoryItems(dir: string, exclude?: Exclusions): AsyncGenerator<InputItem> {
  for await (const path of directoryFiles(dir, exclude)) yield* fileItems(path);
}

/** Article and JSONL files under `dir`, depth first, each directory's entries sorted by name; hidden entries skipped. */
export async function* directoryFiles(dir: string, exclude?: Exclusions): AsyncGenerator<string> {
  const entries: Array<{ name: string; isDirectory: boolean; isFile: boolean }> = [];
  for await (const entry of await opendir(dir)) {
    if (entry.name.startsWith('.')) continue;
    entries.push({ name: entry.name, isDirectory: entry.isDirectory(), isFile: entry.isFile() || entry.isSymbolicLink() });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (isExcluded(path, exclude)) continue;
    if (entry.isDirectory) yield* directoryFiles(path, exclude);
    else if (entry.isFile) {
      const ext = extensionOf(entry.name);
      if (ARTICLE_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext)) yield path;
    }
  }
}

async function globMatches(pattern: string): Promise<string[]> {
  const matches = await glob(pattern, { onlyFiles: true, dot: false, expandDirectories: false, absolute: isAbsolute(pattern) });
  return matches.sort();
}

async function pathKind(path: string): Promise<'directory' | 'file' | 'none'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'none';
  }
}

async function* single(path: string): AsyncGenerator<string> {
  yield path;
}

async function* arrayItems(paths: string[]): AsyncGenerator<string> {
  yield* paths;
}
