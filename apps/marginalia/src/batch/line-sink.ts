import { open, type FileHandle } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { BatchError } from './batch-error.js';

/** Where whole JSONL lines go: a file or a stream. Each `write` is awaited: that is the backpressure. */
export interface LineSink {
  write(line: Uint8Array | string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A file of whole lines. Lines are gathered up to `bufferBytes` and written with one
 * writev(2), straight from the buffers the workers transferred (no copy into a larger buffer,
 * no allocation: hundreds of small writes, or concatenating, cost the parent thread more). A
 * killed run so leaves at most one torn line, at the end, which --resume cuts. `append` keeps
 * what is there (for --resume).
 */
export async function fileLineSink(path: string, options: { append: boolean; bufferBytes?: number }): Promise<LineSink> {
  let handle: FileHandle;
  try {
    handle = await open(path, options.append ? 'a' : 'w');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new BatchError(`Cannot write ${path} (${code}): check that its folder exists and is writable.`);
  }
  const bufferBytes = options.bufferBytes ?? 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;

  const failed = (error: unknown) =>
    new BatchError(`Writing ${path} failed (${(error as NodeJS.ErrnoException).code ?? String(error)}): check the free space of its disk, then run again with --resume.`);

  /** Writes every byte of `chunks`, going on after a short write. */
  const writeAll = async (chunks: Uint8Array[], total: number) => {
    let written = 0;
    while (written < total) {
      let n: number;
      try {
        ({ bytesWritten: n } = await handle.writev(chunks));
      } catch (error) {
        throw failed(error);
      }
      written += n;
      if (written < total) chunks = dropBytes(chunks, n);
    }
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const chunks = pending;
    const total = pendingBytes;
    pending = [];
    pendingBytes = 0;
    await writeAll(chunks, total);
  };

  return {
    async write(line) {
      const bytes = typeof line === 'string' ? Buffer.from(line) : line;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= bufferBytes) await flush();
    },
    async close() {
      await flush();
      await handle.close();
    },
  };
}

/** `chunks` without their first `n` bytes. */
export function dropBytes(chunks: Uint8Array[], n: number): Uint8Array[] {
  let i = 0;
  while (i < chunks.length && n >= chunks[i].length) n -= chunks[i++].length;
  if (i === chunks.length) return [];
  return [chunks[i].subarray(n), ...chunks.slice(i + 1)];
}

/** A stream (standard output) that waits for 'drain' when its buffer is full. */
export function streamLineSink(stream: Writable): LineSink {
  return {
    write(line) {
      if (stream.write(line)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onDrain = () => {
          stream.off('error', onError);
          resolve();
        };
        const onError = (error: Error) => {
          stream.off('drain', onDrain);
          reject(error);
        };
        stream.once('drain', onDrain);
        stream.once('error', onError);
      });
    },
    async close() {},
  };
}
