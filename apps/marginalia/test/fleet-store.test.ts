/**
 * The fleet's result stores on their own: a job delivered twice writes its article once, an id
 * stored with other text is a conflict, the same article twice in one batch is fine, a database of
 * another offset unit is refused; and the same for a DuckDB file given to --db.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash } from '@marginalia/core';
import { loadedShippedAnalyzer } from '../src/analysis/shipped-analyzer.js';
import { afterAll, describe, expect, it } from 'vitest';
import { articleRows } from '../src/batch/rows.js';
import { openStore, type StoredArticle } from '../src/fleet/store.js';
import { itWithDuckDb } from './duckdb.js';
import { dropSchema, inCI, missingServices, pgQuery, pgUrl, smallArticle, START_SERVICES, uniqueName } from './fleet-services.js';

function stored(id: string, text: string): StoredArticle {
  const hash = contentHash(text);
  return { id, hash, rows: articleRows(loadedShippedAnalyzer().analyzeSync(text, { meta: { title: null, source: 'Wire' } }), { id, path: `feed.jsonl:${id}`, hash }, true) };
}

const dir = mkdtempSync(join(tmpdir(), 'marginalia-fleet-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

if (missingServices && inCI) {
  it('the fleet store test needs PostgreSQL', () => {
    throw new Error(`${missingServices}; CI must start it (.ci/run does): ${START_SERVICES}.`);
  });
}

describe.skipIf(Boolean(missingServices))('the PostgreSQL store', () => {
  const schema = uniqueName('store');
  afterAll(() => dropSchema(schema), 60_000);

  it('writes an article once however often it comes, and refuses another text under a stored id', async () => {
    const store = await openStore(pgUrl(schema), { offsets: 'utf16' });
    try {
      const a = stored('s1', smallArticle(1));
      const b = stored('s2', smallArticle(2));
      expect(await store.write([a, b, a])).toEqual(['written', 'written', 'already']);
      expect(await store.write([b])).toEqual(['already']);
      expect(await store.write([stored('s1', smallArticle(3))])).toEqual(['conflict']);
      const counts = await pgQuery<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".paragraphs WHERE article_id = 's1'`);
      expect(Number(counts[0].n)).toBe(a.rows.paragraphs.length);
      const articles = await pgQuery<{ article_id: string; hash: string; outlet: string }>(`SELECT article_id, hash, outlet FROM "${schema}".articles ORDER BY article_id`);
      expect(articles).toEqual([
        { article_id: 's1', hash: a.hash, outlet: 'Wire' },
        { article_id: 's2', hash: b.hash, outlet: 'Wire' },
      ]);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('refuses a database written with another offset unit, saying what to do', async () => {
    await expect(openStore(pgUrl(schema), { offsets: 'codepoint' })).rejects.toThrow(/utf16 offsets; this worker writes version 1 with codepoint offsets: use another database or schema/);
  }, 60_000);
});

describe('the DuckDB store (--db FILE)', () => {
  itWithDuckDb('writes an article once however often it comes', async () => {
    const path = join(dir, 'fleet.duckdb');
    const store = await openStore(path, { offsets: 'utf16' });
    const a = stored('d1', smallArticle(11));
    expect(await store.write([a])).toEqual(['written']);
    expect(await store.write([a, stored('d1', smallArticle(12))])).toEqual(['already', 'conflict']);
    await store.close();
    const again = await openStore(path, { offsets: 'utf16' });
    expect(await again.write([a])).toEqual(['already']);
    await again.close();
  }, 120_000);
});
