/**
 * The README promises that corpus questions are one SQL query each. This runs the
 * README's queries, as written there, on a database `marginalia batch --db` makes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itWithDuckDb } from './duckdb.js';
import { BIN, SAMPLE } from './run-cli.js';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The statements of the README's ```sql blocks, each with the comment line above it. */
function readmeQueries(): Array<{ question: string; sql: string }> {
  const blocks = [...README.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((block) =>
    block
      .split(/;\s*\n/)
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
      .map((statement) => {
        const question = /^--\s*(.+)$/m.exec(statement)?.[1] ?? statement.slice(0, 40);
        return { question, sql: statement };
      }),
  );
}

describe('the README’s SQL queries', () => {
  it('are there: three corpus questions', () => {
    expect(readmeQueries().map((q) => q.question)).toEqual([
      'Which sources are quoted most across the corpus?',
      'Claims with hedges, per outlet.',
      'Which persuasion techniques does each outlet lean on?',
    ]);
  });

  itWithDuckDb('each run as one query on a batch database and answer with rows', async ({ DuckDBInstance }) => {
    const dir = mkdtempSync(join(tmpdir(), 'marginalia-sql-'));
    const sample = readFileSync(SAMPLE, 'utf8');
    const lines = [
      { id: 'a1', text: sample, source: 'Daily Wire' },
      { id: 'a2', text: '“We will not accept this deal,” Foreign Minister Maria Novak said on Monday. Officials reportedly expect talks to resume.', source: 'Courier' },
      { id: 'a3', text: 'The ministry said exports fell by 12 percent in March. Critics allegedly called it a disaster.', source: 'Courier' },
    ];
    writeFileSync(join(dir, 'feed.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const run = spawnSync(process.execPath, [BIN, 'batch', 'feed.jsonl', '--db', 'corpus.duckdb', '--quiet'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const connection = await (await DuckDBInstance.create(join(dir, 'corpus.duckdb'))).connect();
    for (const { question, sql } of readmeQueries()) {
      const rows = (await connection.runAndReadAll(sql)).getRowObjects();
      expect(rows.length, question).toBeGreaterThan(0);
    }
    const outlets = (await connection.runAndReadAll(readmeQueries()[1].sql)).getRowObjects().map((r) => r.outlet);
    expect(outlets.sort()).toEqual(['Courier', 'Daily Wire']);
    connection.closeSync();
  });
});
