import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { InputItem } from './sources.js';

const META_FIELDS = ['title', 'url', 'date', 'source'] as const;

/**
 * The articles of a JSONL stream, one a line (`{"id", "text", "title"?, "url"?, "date"?, "source"?}`),
 * read line by line so the file is never held whole. A line that is not such an object
 * becomes a failure item, and reading goes on.
 */
export async function* jsonlItems(stream: Readable, label: string, maxBytes: number): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    yield parseJsonlLine(line, `${label}:${lineNo}`, maxBytes);
  }
}

export function jsonlFileItems(path: string, maxBytes: number): AsyncGenerator<InputItem> {
  return jsonlItems(createReadStream(path, { encoding: 'utf8' }), path, maxBytes);
}

/** Counts the articles of a JSONL file without parsing them (for the progress bar's total). */
export async function countJsonlLines(stream: Readable): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) if (line.trim() !== '') count++;
  return count;
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
