import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { itWithDuckDb } from '../../test/duckdb.js';
import { csvPath, exportCsv } from './csv-export.js';
import { TABLES } from './tables.js';

describe('CSV export: no cell can run in a spreadsheet (OWASP CSV injection)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  itWithDuckDb("prefixes text cells that start with =, +, -, @, tab or CR with ', and leaves numbers and other text alone", async ({ DuckDBInstance }) => {
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    for (const table of TABLES) {
      await connection.run(`CREATE TABLE ${table.name} (${table.columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
    }
    const texts = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', 'plain "quoted", text', "'already"];
    const paragraphs = TABLES.find((t) => t.name === 'paragraphs')!;
    for (const [n, text] of texts.entries()) {
      const values = paragraphs.columns.map((c) => (c.name === 'text' ? text : c.name === 'start' ? -5 : c.type === 'INTEGER' ? n : c.type === 'DOUBLE' ? 0.5 : c.type === 'BOOLEAN' ? true : `p${n}`));
      await connection.run(`INSERT INTO paragraphs VALUES (${values.map((v) => (typeof v === 'string' ? `'${v.replaceAll("'", "''")}'` : String(v))).join(', ')})`);
    }
    await exportCsv(connection, dir);
    const csv = readFileSync(csvPath(dir, 'paragraphs'), 'utf8');
    const column = paragraphs.columns.findIndex((c) => c.name === 'text');
    const start = paragraphs.columns.findIndex((c) => c.name === 'start');
    const rows = (await (await connection.runAndReadAll(`SELECT * FROM read_csv('${csvPath(dir, 'paragraphs')}', header = true, all_varchar = true)`)).getRows()) as string[][];
    expect(rows.map((r) => r[column])).toEqual([`'=HYPERLINK("http://evil.example","x")`, "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTAB", "'\rCR", 'plain "quoted", text', "'already"]);
    expect(rows.every((r) => r[start] === '-5')).toBe(true);
    // No line of the file starts a cell with a formula character outside quotes.
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });
});
