import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { InputItem } from './sources.js';

const META_FIELDS = ['title', 'url', 'date', 'source'] as const;

/**
 * The articles of a JSONL stream, one a line (`{"id", "text", "title"?, "url"?, "date"?, "source"?}`),
 * read chunk by chunk so the file is never held whole. Lines are only split here, not parsed:
 * the worker parses each (`parseJsonlLine`), so the parent thread, which also feeds the workers
 * and writes their output, stays light. A line that is not such an object comes back from the
 * worker as a failure, and the run goes on.
 */
export async function* jsonlItems(stream: Readable, label: string): AsyncGenerator<InputItem> {
  let lineNo = 0;
  for await (const line of splitLines(stream)) {
    lineNo++;
    if (isBlank(line)) continue;
    const where = `${label}:${lineNo}`;
    yield { kind: 'task', task: { id: where, path: where, line } };
  }
}

export function jsonlFileItems(path: string): AsyncGenerator<InputItem> {
  return jsonlItems(createReadStream(path, { highWaterMark: 1024 * 1024 }), path);
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * The lines of a byte (or string) stream, without their `\n` or `\r\n`; decoded as UTF-8, one
 * string per line (a character split across chunks is kept whole). Cheaper than readline,
 * which decodes each chunk into one string and then splits it with a regular expression.
 */
export async function* splitLines(stream: Readable): AsyncGenerator<string> {
  let carry: Buffer[] = [];
  for await (const piece of stream as AsyncIterable<Buffer | string>) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE, start); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      if (carry.length === 0) yield decodeLine(chunk, start, nl);
      else {
        carry.push(chunk.subarray(start, nl));
        const whole = Buffer.concat(carry);
        carry = [];
        yield decodeLine(whole, 0, whole.length);
      }
      start = nl + 1;
    }
    // Copied: the stream may reuse or keep a large chunk alive for a small remainder.
    if (start < chunk.length) carry.push(Buffer.from(chunk.subarray(start)));
  }
  if (carry.length > 0) {
    const whole = Buffer.concat(carry);
    yield decodeLine(whole, 0, whole.length);
  }
}

function decodeLine(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end > start && bytes[end - 1] === CR ? end - 1 : end);
}

function isBlank(line: string): boolean {
  // A JSON line starts with "{" at once; only otherwise is it worth a trim.
  return line.length === 0 || (line.charCodeAt(0) !== 0x7b && line.trim() === '');
}

/**
 * Counts the articles of a JSONL stream (the lines with something besides white space) for the
 * progress bar's total, on the bytes: no line is decoded or held.
 */
export async function countJsonlLines(stream: Readable): Promise<number> {
  let count = 0;
  let content = false;
  for await (const piece of stream as AsyncIterable<Buffer | string>) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === NEWLINE) {
        if (content) count++;
        content = false;
      } else if (!content && byte !== 0x20 && byte !== 0x09 && byte !== CR) {
        content = true;
        // Skip to the end of the line: its other bytes do not matter.
        const nl = chunk.indexOf(NEWLINE, i + 1);
        if (nl === -1) break;
        i = nl - 1;
      }
    }
  }
  return content ? count + 1 : count;
}

function failure(id: string, path: string, message: string, problem: string): InputItem {
  return { kind: 'failed', result: { status: 'failed', id, path, message, problem } };
}

/** One JSONL line as a task, or a failure that says what the line lacks. */
export function parseJsonlLine(line: string, where: string, maxBytes: number): InputItem {
  if (line.length > maxBytes) {
    return failure(where, where, `${where} is ${line.length} characters long; the largest article read is ${maxBytes} bytes (--max-size to raise it).`, 'too-large');
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    return failure(where, where, `${where} is not valid JSON (${reason}): expected one object per line such as {"id": "a1", "text": "..."}.`, 'json');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(where, where, `${where} is JSON but not an object (got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}): expected {"id": "...", "text": "..."}.`, 'json');
  }
  const record = value as Record<string, unknown>;
  const rawId = record.id;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' ? String(rawId) : null;
  if (id === null) {
    return failure(where, where, `${where} has no "id" (expected a non-empty string or a number, got ${rawId === undefined ? 'none' : JSON.stringify(rawId)}): give every line an id.`, 'json');
  }
  if (typeof record.text !== 'string') {
    return failure(id, where, `${where} (id ${id}) has no "text" string (got ${record.text === undefined ? 'none' : typeof record.text}): put the article's text in "text".`, 'json');
  }
  if (record.text.trim() === '') {
    return failure(id, where, `${where} (id ${id}) has an empty "text": there is nothing to analyse.`, 'empty');
  }
  const meta: Record<string, unknown> = {};
  for (const field of META_FIELDS) if (typeof record[field] === 'string') meta[field] = record[field];
  meta.title ??= null;
  return { kind: 'task', task: { id, path: where, text: record.text, meta } };
}
