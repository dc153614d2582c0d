import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, parse, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { DuckDbSink } from './duckdb-sink.js';
import { fileLineSink, streamLineSink, type LineSink } from './line-sink.js';
// resume.js and duckdb-sink.js are loaded only when asked for: they bring @marginalia/core (for
// the content hash) and DuckDB, which a plain run keeps off the parent thread's heap.

/** Lines of --out gathered per write: a dozen articles; a kill loses at most this much finished work. */
const OUTPUT_BUFFER_BYTES = 512 * 1024;

export interface OutputOptions {
  /** JSONL file; `-` or undefined (with no --db/--csv) for standard output. */
  out?: string;
  db?: string;
  csv?: string;
  errors?: string;
  resume: boolean;
  /** Span offsets in every output: UTF-16 code units (default) or Unicode code points; the database's columns say which. */
  offsets?: 'utf16' | 'codepoint';
}

/** The open outputs of a run, with what each already held (for --resume). */
export interface Outputs {
  /** `has`: the keys the file held; `remaining`: how many of each key's lines are still to be matched, in input order. */
  jsonl?: { sink: LineSink; has: Set<string>; remaining: Map<string, number>; kept: number; truncatedBytes: number };
  db?: { sink: DuckDbSink; has: Set<string>; ids: Set<string> };
  errorsPath: string;
  /** Resume keys every output already holds: those articles are not analysed again. */
  doneEverywhere: Set<string>;
}

/**
 * The files a run writes (--out, the errors file, the database and its WAL) and the
 * folder it writes into (--csv), as absolute paths: the inputs never include them, so
 * `batch DIR --out DIR/out.jsonl` does not read its own output back as articles.
 */
export function outputPaths(options: OutputOptions): { files: Set<string>; folders: string[] } {
  const files = new Set<string>();
  const add = (p: string | undefined) => p && p !== '-' && files.add(resolve(p));
  add(options.out);
  add(errorsPathFor(options));
  const db = databasePathFor(options);
  add(db);
  if (db) add(`${db}.wal`);
  return { files, folders: options.csv ? [resolve(options.csv)] : [] };
}

/** Where failures are recorded: --errors, else beside --out / --db, else ./marginalia-errors.jsonl. */
export function errorsPathFor(options: OutputOptions): string {
  if (options.errors) return options.errors;
  const beside = options.out && options.out !== '-' ? options.out : options.db;
  if (!beside) return options.csv ? join(options.csv, 'errors.jsonl') : 'marginalia-errors.jsonl';
  const { dir, name } = parse(beside);
  return join(dir || dirname(beside), `${name}.errors.jsonl`);
}

/** The database a run writes: --db, else (for --csv alone) a staging database in the CSV folder, kept for --resume. */
export function databasePathFor(options: OutputOptions): string | undefined {
  return options.db ?? (options.csv ? join(options.csv, 'marginalia.duckdb') : undefined);
}

export function wantsStdout(options: OutputOptions): boolean {
  return options.out === '-' || (options.out === undefined && options.db === undefined && options.csv === undefined);
}

export async function openOutputs(options: OutputOptions, stdout: Writable): Promise<Outputs> {
  const outputs: Outputs = { errorsPath: errorsPathFor(options), doneEverywhere: new Set() };
  const known: Set<string>[] = [];
  if (options.csv) await mkdir(options.csv, { recursive: true });
  if (wantsStdout(options)) {
    outputs.jsonl = { sink: streamLineSink(stdout), has: new Set(), remaining: new Map(), kept: 0, truncatedBytes: 0 };
  } else if (options.out) {
    const existing = options.resume ? await (await import('./resume.js')).readExistingOutput(options.out) : { keys: new Set<string>(), counts: new Map<string, number>(), lines: 0, truncatedBytes: 0 };
    const sink = await fileLineSink(options.out, { append: options.resume, bufferBytes: OUTPUT_BUFFER_BYTES });
    outputs.jsonl = { sink, has: existing.keys, remaining: existing.counts, kept: existing.lines, truncatedBytes: existing.truncatedBytes };
    known.push(existing.keys);
  }
  const dbPath = databasePathFor(options);
  if (dbPath) {
    // Loaded only when asked for: the native DuckDB library costs start-up time.
    const { DuckDbSink } = await import('./duckdb-sink.js');
    const sink = await DuckDbSink.open(dbPath, { resume: options.resume, offsets: options.offsets ?? 'utf16' });
    const existing = options.resume ? await sink.existing() : { keys: new Set<string>(), ids: new Set<string>() };
    outputs.db = { sink, has: existing.keys, ids: existing.ids };
    known.push(existing.keys);
  }
  // Failed articles are tried again on resume, so their old records go.
  await rm(outputs.errorsPath, { force: true });
  if (options.resume && known.length > 0) {
    const [first, ...others] = known.sort((a, b) => a.size - b.size);
    for (const key of first) if (others.every((set) => set.has(key))) outputs.doneEverywhere.add(key);
  }
  return outputs;
}
