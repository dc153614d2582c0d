import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { countJsonlLines, jsonlItems, parseJsonlLine, splitLines } from './jsonl-input.js';

describe('parseJsonlLine', () => {
  it('reads id, text and the known metadata fields', () => {
    const item = parseJsonlLine('{"id":7,"text":"Hello there.","title":"T","url":"https://x.org/a","date":"2024-01-02","source":"Wire","extra":1}', 'in.jsonl:3', 1e6);
    expect(item).toEqual({
      kind: 'task',
      task: { id: '7', path: 'in.jsonl:3', text: 'Hello there.', meta: { title: 'T', url: 'https://x.org/a', date: '2024-01-02', source: 'Wire' } },
    });
  });

  it.each([
    ['not json', 'json', /in\.jsonl:3 is not valid JSON/],
    ['[1,2]', 'json', /not an object \(got an array\)/],
    ['{"text":"x"}', 'json', /has no "id"/],
    ['{"id":"a"}', 'json', /has no "text" string/],
    ['{"id":"a","text":"   "}', 'empty', /empty "text"/],
  ])('records %s as a failure that says what is wrong', (line, problem, message) => {
    const item = parseJsonlLine(line, 'in.jsonl:3', 1e6);
    expect(item.kind).toBe('failed');
    if (item.kind !== 'failed') return;
    expect(item.result.problem).toBe(problem);
    expect(item.result.message).toMatch(message);
    expect(item.result.path).toBe('in.jsonl:3');
  });

  it('refuses a line longer than the size cap', () => {
    const item = parseJsonlLine(JSON.stringify({ id: 'big', text: 'x'.repeat(100) }), 'in.jsonl:1', 50);
    expect(item.kind === 'failed' && item.result.problem).toBe('too-large');
  });
});

describe('jsonlItems', () => {
  it('numbers lines from 1, skips blank ones and handles CRLF, leaving the parsing to the worker', async () => {
    const stream = Readable.from(['{"id":"a","text":"One."}\r\n  \r\n{"id":"b",', '"text":"Two."}\r\nbroken\n\n']);
    const items = [];
    for await (const item of jsonlItems(stream, 'stdin')) items.push(item);
    expect(items.map((i) => (i.kind === 'task' ? [i.task.path, i.task.line] : i.result.path))).toEqual([
      ['stdin:1', '{"id":"a","text":"One."}'],
      ['stdin:3', '{"id":"b","text":"Two."}'],
      ['stdin:4', 'broken'],
    ]);
  });

  it('keeps a UTF-8 character split across chunks whole, and a last line without a newline', async () => {
    const bytes = Buffer.from('{"id":"é","text":"naïve — “quoted”"}\n{"id":"z","text":"end"}');
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    const lines = [];
    for await (const line of splitLines(Readable.from(chunks))) lines.push(line);
    expect(lines).toEqual(['{"id":"é","text":"naïve — “quoted”"}', '{"id":"z","text":"end"}']);
  });
});

describe('countJsonlLines', () => {
  it('counts the lines with content, across chunks, without a final newline too', async () => {
    expect(await countJsonlLines(Readable.from([Buffer.from('{"a":1}\n  \n\r\n{"b"'), Buffer.from(':2}\n\n{"c":3}')]))).toBe(3);
    expect(await countJsonlLines(Readable.from([Buffer.from('\n \n')]))).toBe(0);
  });
});
