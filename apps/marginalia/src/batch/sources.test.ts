import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { countInputItems, inputItems, type InputItem } from './sources.js';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-sources-'));
mkdirSync(join(dir, 'b-sub'));
mkdirSync(join(dir, '.hidden'));
writeFileSync(join(dir, 'c.txt'), 'C.');
writeFileSync(join(dir, 'a.md'), 'A.');
writeFileSync(join(dir, 'b-sub', 'z.html'), '<p>Z.</p>');
writeFileSync(join(dir, 'b-sub', 'notes.pdf'), 'not an article');
writeFileSync(join(dir, '.hidden', 'h.txt'), 'H.');
writeFileSync(join(dir, 'd.jsonl'), '{"id":"d1","text":"D1."}\n{"id":"d2","text":"D2."}\n');

async function collect(inputs: string[], stdin = Readable.from([])): Promise<string[]> {
  const out: string[] = [];
  for await (const item of inputItems(inputs, { stdin }) as AsyncIterable<InputItem>) {
    // A JSONL line is known by where it is (file:LINE) until a worker parses it.
    out.push(item.kind === 'task' ? (item.task.line !== undefined ? `line:${item.task.path}` : item.task.id) : `failed:${item.result.id}`);
  }
  return out;
}

describe('inputItems', () => {
  it('walks a directory depth first in name order, expanding JSONL and skipping hidden and non-article files', async () => {
    expect(await collect([dir])).toEqual([join(dir, 'a.md'), join(dir, 'b-sub', 'z.html'), join(dir, 'c.txt'), `line:${join(dir, 'd.jsonl')}:1`, `line:${join(dir, 'd.jsonl')}:2`]);
  });

  it('expands glob patterns in sorted order', async () => {
    expect(await collect([join(dir, '**/*.txt')])).toEqual([join(dir, 'c.txt')]);
    expect(await collect([join(dir, '*.{md,txt}')])).toEqual([join(dir, 'a.md'), join(dir, 'c.txt')]);
  });

  it('reads JSONL from standard input for -', async () => {
    expect(await collect(['-'], Readable.from(['{"id":"s","text":"S."}\n']))).toEqual(['line:stdin:1']);
  });

  it('records a missing path and a pattern that matches nothing, and goes on', async () => {
    expect(await collect([join(dir, 'nope.txt'), join(dir, '*.xyz'), join(dir, 'c.txt')])).toEqual([
      `failed:${join(dir, 'nope.txt')}`,
      `failed:${join(dir, '*.xyz')}`,
      join(dir, 'c.txt'),
    ]);
  });

  it('counts the articles for the progress bar, and gives up on standard input', async () => {
    expect(await countInputItems([dir])).toBe(5);
    expect(await countInputItems(['-'])).toBeUndefined();
  });
});

describe('web pages as inputs', () => {
  it('takes an http(s) URL as one article, fetched by the worker, and counts it', async () => {
    expect(await collect(['https://news.example/a?id=1', join(dir, 'c.txt')])).toEqual(['https://news.example/a?id=1', join(dir, 'c.txt')]);
    expect(await countInputItems(['https://news.example/a?id=1'])).toBe(1);
  });
});
