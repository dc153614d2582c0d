import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { itWithDuckDb } from './duckdb.js';
import { runCli } from './run-cli.js';

/** --offsets on analyze, export and batch: UTF-16 by default, code points on request (emoji, CJK, CRLF). */
const TEXT = '🎉🎉 Harbour vote\r\n\r\nPresident Joe Biden met 東京 officials in Paris. 🚢 Mayor Elena Rossi said the plan would create 400 jobs.\r\n';
const dir = mkdtempSync(join(tmpdir(), 'marginalia-offsets-'));
const file = join(dir, 'mixed.txt');
writeFileSync(file, TEXT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Spanned = { start: number; end: number; text: string };
const points = Array.from(TEXT);
const byPoints = (s: Spanned) => points.slice(s.start, s.end).join('') === s.text;
const byUnits = (s: Spanned) => TEXT.slice(s.start, s.end) === s.text;

describe('--offsets', () => {
  it('analyze: utf16 by default, codepoint on request, every span reads back in its unit', () => {
    const utf16 = JSON.parse(runCli(['analyze', file, '--format', 'json']).stdout);
    const cp = JSON.parse(runCli(['analyze', file, '--format', 'json', '--offsets', 'codepoint']).stdout);
    expect(cp.offsetUnit).toBe('codepoint');
    const mentions = (a: any): Spanned[] => a.entities.flatMap((e: any) => e.mentions);
    expect(mentions(utf16).length).toBeGreaterThan(2);
    expect(mentions(utf16).every(byUnits)).toBe(true);
    expect(mentions(cp).every(byPoints)).toBe(true);
    expect([...cp.claims, ...cp.sentences, ...cp.paragraphs].every(byPoints)).toBe(true);
    expect(mentions(cp)[0].start).toBe(mentions(utf16)[0].start - 2);
  });

  itWithDuckDb('batch: JSONL and CSV in code points on request', () => {
    const csv = join(dir, 'csv');
    const run = runCli(['batch', file, '--csv', csv, '--offsets', 'codepoint', '--quiet', '--jobs', '0']);
    expect(run.status, run.stderr).toBe(0);
    const [header, ...rows] = readFileSync(join(csv, 'mentions.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const at = (name: string) => header.indexOf(name);
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) expect(points.slice(Number(r[at('start')]), Number(r[at('end')])).join('')).toBe(r[at('text')]);
  });

  itWithDuckDb('batch: the database says on every start and end column what it counts', async ({ DuckDBInstance }) => {
    const db = join(dir, 'corpus.duckdb');
    const run = runCli(['batch', file, '--db', db, '--offsets', 'codepoint', '--quiet', '--jobs', '0']);
    expect(run.status, run.stderr).toBe(0);
    const connection = await (await DuckDBInstance.create(db)).connect();
    const comments = (await connection.runAndReadAll("SELECT table_name, column_name, comment FROM duckdb_columns() WHERE column_name IN ('start', 'end')")).getRowObjectsJson();
    expect(comments.length).toBeGreaterThanOrEqual(10);
    for (const c of comments) expect(c.comment, `${c.table_name}.${c.column_name}`).toMatch(/offset into the article text, in Unicode code points/);
    connection.closeSync();
  });

  it('export: doccano in both units; bad values are usage errors', () => {
    const u = JSON.parse(runCli(['export', file, '--to', 'doccano']).stdout);
    const c = JSON.parse(runCli(['export', file, '--to', 'doccano', '--offsets', 'codepoint']).stdout);
    expect(u.offset_unit).toBe('utf16');
    expect(u.label.every(([s, e, _l]: [number, number, string], i: number) => TEXT.slice(s, e) === points.slice(c.label[i][0], c.label[i][1]).join(''))).toBe(true);
    const bad = runCli(['analyze', file, '--offsets', 'bytes']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--offsets must be one of utf16, codepoint; got "bytes"/);
  });
});
