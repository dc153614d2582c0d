import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash, type ClaimVerdict } from '@marginalia/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHistory } from './review-history.js';
import { matchVerdicts, openSidecar, readReview, sidecarContents, sidecarPath, writeSidecar } from './sidecar.js';
import { buildArticle, sampleFixture } from './test-article.js';

const article = sampleFixture();
let dir: string;
let articlePath: string;

const verdict = (claim: string, text: string, start: number, extra: Partial<ClaimVerdict> = {}): ClaimVerdict => ({
  claim, text, start, end: start + text.length, verdict: 'false', updatedAt: '2026-01-01T00:00:00.000Z', ...extra,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-sidecar-'));
  articlePath = join(dir, 'article.txt');
  await writeFile(articlePath, article.text);
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('sidecar', () => {
  it('round-trips verdicts and the last position, written atomically (no temp file left)', async () => {
    const c = article.claims[1];
    const history = createHistory(contentHash(article.text), [verdict(c.id, c.text, c.start, { note: 'n', evidence: 'https://x.org' })]);
    await writeSidecar(sidecarPath(articlePath), sidecarContents(articlePath, history, { paragraph: 2, claim: c.id, view: 'claims' }, 'now'));
    expect((await readdir(dir)).sort()).toEqual(['article.txt', 'article.txt.marginalia.json']);
    const opened = await openSidecar(articlePath, article);
    expect(opened.status).toBe('saved');
    expect(opened.message).toBeNull();
    expect(opened.history.verdicts).toEqual(history.verdicts);
    expect(opened.position).toEqual({ paragraph: 2, claim: c.id, view: 'claims' });
    const { review, problem } = await readReview(articlePath);
    expect(problem).toBeNull();
    expect(review).toEqual({ articleHash: contentHash(article.text), verdicts: history.verdicts });
  });

  it('no sidecar: an empty review, nothing reported', async () => {
    expect(await readReview(articlePath)).toEqual({ review: null, problem: null });
    const opened = await openSidecar(articlePath, article);
    expect(opened.history.verdicts).toEqual([]);
    expect(opened.status).toBe('saved');
  });

  it('a malformed sidecar is reported and left untouched', async () => {
    const path = sidecarPath(articlePath);
    await writeFile(path, '{"schema": "marginalia/sidecar@1", "verdicts": 3');
    const opened = await openSidecar(articlePath, article);
    expect(opened.status).toBe('blocked');
    expect(opened.message).toMatch(/not valid JSON.*left untouched/);
    expect((await readReview(articlePath)).problem).toMatch(/not valid JSON/);
    await writeFile(path, JSON.stringify({ schema: 'marginalia/sidecar@1', articleHash: 'x', verdicts: [{ claim: 'c1' }] }));
    expect((await openSidecar(articlePath, article)).message).toMatch(/malformed: verdict 1 lacks/);
    expect(await readFile(path, 'utf8')).toContain('"claim":"c1"');
  });

  it('a sidecar from another article (no verdict matches) is reported and left alone', async () => {
    const other = sidecarContents(articlePath, createHistory('other', [verdict('c1', 'A claim from elsewhere.', 3)]), { paragraph: 0, claim: null, view: 'reader' }, 'now');
    await writeSidecar(sidecarPath(articlePath), other);
    const opened = await openSidecar(articlePath, article);
    expect(opened.status).toBe('blocked');
    expect(opened.message).toMatch(/matches none of this article's claims/);
  });

  it('after the article changed, verdicts are matched by claim text and the rest reported and kept', async () => {
    const changed = buildArticle({
      paragraphs: ['A new first paragraph.', 'Bob Jones denied it. The budget is 40 million dollars.'],
      claims: [{ text: 'A new first paragraph.' }, { text: 'Bob Jones denied it.' }, { text: 'The budget is 40 million dollars.' }],
    });
    const old = [verdict('c3', 'Bob Jones denied it.', 74), verdict('c1', 'the bridge will open in May', 17)];
    await writeSidecar(sidecarPath(articlePath), sidecarContents(articlePath, createHistory(contentHash(article.text), old), { paragraph: 1, claim: 'c3', view: 'reader' }, 'now'));
    const opened = await openSidecar(articlePath, changed);
    expect(opened.message).toMatch(/changed.*1 verdict matched, 1 could not be matched/);
    expect(opened.history.verdicts).toEqual([{ ...old[0], claim: 'c2', start: 23, end: 43 }]);
    expect(opened.history.unmatched).toEqual([old[1]]);
    expect(sidecarContents(articlePath, opened.history, { paragraph: 0, claim: null, view: 'reader' }, 'now').unmatched).toEqual([old[1]]);
  });

  it('same text but a newer analysis that renumbered the claims: verdicts follow the claim text, not the id', async () => {
    const c = article.claims[3];
    const stale = verdict('c1', c.text, c.start); // recorded when this claim was called c1
    await writeSidecar(sidecarPath(articlePath), sidecarContents(articlePath, createHistory(contentHash(article.text), [stale, verdict('c9', 'Gone now.', 0)]), { paragraph: 1, claim: null, view: 'reader' }, 'now'));
    const opened = await openSidecar(articlePath, article);
    expect(opened.history.verdicts).toEqual([{ ...stale, claim: c.id }]);
    expect(opened.history.unmatched.map((v) => v.claim)).toEqual(['c9']);
    expect(opened.message).toMatch(/1 verdict no longer matches a claim/);
    expect(opened.position).toEqual({ paragraph: 1, claim: null, view: 'reader' });
  });

  it('matching prefers the same text nearest the old offset', () => {
    const twice = buildArticle({ paragraphs: ['It rained.', 'It rained.'] });
    twice.claims = [
      { id: 'a', start: 0, end: 10, text: 'It rained.', sentence: 's1', kind: 'factual', source: 'author', hedges: [], checkworthiness: 0.5 },
      { id: 'b', start: 11, end: 21, text: 'It rained.', sentence: 's2', kind: 'factual', source: 'author', hedges: [], checkworthiness: 0.5 },
    ];
    expect(matchVerdicts([verdict('x', 'It rained.', 12)], twice).matched[0].claim).toBe('b');
  });

  it('--readonly and an unwritable folder keep verdicts in memory and say so', async () => {
    expect((await openSidecar(articlePath, article, { readonly: true })).status).toBe('readonly');
    // Root may write anywhere, so the folder check is stubbed rather than chmod-ed.
    const opened = await openSidecar(articlePath, article, { isWritable: async () => false });
    expect(opened.status).toBe('memory');
    expect(opened.message).toMatch(/not writable/);
  });
});
