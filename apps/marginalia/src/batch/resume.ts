import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { BatchError } from './batch-error.js';
import { resumeKey } from './resume-key.js';

/** The start of every line the batch writes: id, path and content hash come first (see analyse-task.ts). */
const LINE_HEAD = /^\{"id":("(?:[^"\\]|\\.)*"),"path":"(?:[^"\\]|\\.)*","hash":"([0-9a-f]{16})"/;

export interface ExistingOutput {
  /** Resume keys of the articles the file holds. */
  keys: Set<string>;
  /** How many lines of each key the file holds (an input may repeat an article). */
  counts: Map<string, number>;
  /** Whole lines kept. */
  lines: number;
  /** Bytes of a torn last line that were cut off. */
  truncatedBytes: number;
}

/**
 * Prepares a JSONL output of an earlier run for --resume: cuts a torn last line (a run
 * killed mid-write) so the file ends with a newline, then collects the resume keys of
 * the articles it holds. A file that is not batch output is refused rather than appended to.
 */
export async function readExistingOutput(path: string): Promise<ExistingOutput> {
  const truncatedBytes = await truncateToLastNewline(path);
  const keys = new Set<string>();
  const counts = new Map<string, number>();
  let lines = 0;
  try {
    for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
      lines++;
      const head = LINE_HEAD.exec(line);
      if (!head) {
        throw new ResumeError(
          `${path} line ${lines} is not a line of \`marginalia batch\` output (expected {"id":...,"path":...,"hash":...}): refusing to append to it. Give another --out, or drop --resume to overwrite it.`,
        );
      }
      const key = resumeKey(JSON.parse(head[1]) as string, head[2]);
      keys.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { keys, counts, lines: 0, truncatedBytes: 0 };
    throw error;
  }
  return { keys, counts, lines, truncatedBytes };
}

/** Cuts everything after the last newline; returns how many bytes were cut (0 for a missing file). */
export async function truncateToLastNewline(path: string): Promise<number> {
  let handle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    // Scan backwards chunk by chunk: a torn line is at most one article long.
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const { bytesRead } = await handle.read(chunk, 0, end - start, start);
      const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (at >= 0) {
        const keep = start + at + 1;
        if (keep < size) await handle.truncate(keep);
        return size - keep;
      }
      end = start;
    }
    if (size > 0) await handle.truncate(0);
    return size;
  } finally {
    await handle.close();
  }
}

/** A reason --resume cannot go on (printed as one line, exit 1). */
export class ResumeError extends BatchError {}
