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
 * write(2) (hundreds of small writes cost the parent thread more than one large one); a
 * killed run so leaves at most one torn line, at the end, which --resume cuts. `append`
 * keeps what is there (for --resume).
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

  const writeAll = async (bytes: Uint8Array) => {
    let offset = 0;
    while (offset < bytes.length) {
      let written: number;
      try {
        ({ bytesWritten: written } = await handle.write(bytes, offset, bytes.length - offset));
      } catch (error) {
        throw new BatchError(`Writing ${path} failed (${(error as NodeJS.ErrnoException).code ?? String(error)}): check the free space of its disk, then run again with --resume.`);
      }
      offset += written;
    }
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await writeAll(chunk);
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
