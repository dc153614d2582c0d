import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '@marginalia/core';
import { shippedAnalyzer } from '../analysis/shipped-analyzer.js';
import { loadArticle } from '@marginalia/ingest';
import { captureIO } from './capture-io.js';
import { EXIT, UsageError } from './command.js';
import { exportCommand } from './export.js';

const SAMPLE = new URL('../../samples/kremlin-signal.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'marginalia-export-'));
const article = join(dir, 'article.txt');
let firstClaim = '';

beforeAll(async () => {
  copyFileSync(SAMPLE, article);
  const analysed = await shippedAnalyzer().analyze((await loadArticle(article)).text);
  const claim = analysed.claims[0];
  firstClaim = claim.text;
  writeFileSync(
    `${article}.marginalia.json`,
    JSON.stringify({
      schema: 'marginalia/sidecar@1',
      article: 'article.txt',
      articleHash: contentHash(analysed.text),
      verdicts: [{ claim: claim.id, text: claim.text, start: claim.start, end: claim.end, verdict: 'false', note: 'No source <given>', updatedAt: '2024-05-01T12:00:00Z' }],
      updatedAt: '2024-05-01T12:00:00Z',
    }),
  );
}, 60_000); // analyses a whole article (loads the models): explicit, not the 10 s default
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = captureIO();
  const code = await exportCommand.run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('marginalia export', () => {
  it('prints ClaimReview with the sidecar verdict on standard output', async () => {
    const { code, stdout, stderr } = await run([article, '--to', 'claimreview', '--publisher', 'Desk', '--review-url', 'https://desk.example/r/1']);
    expect(code).toBe(EXIT.ok);
    const reviews = JSON.parse(stdout);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ itemReviewed: { text: firstClaim }, reviewRating: { alternateName: 'False' }, author: { name: 'Desk' }, url: 'https://desk.example/r/1#claim-1' });
    expect(stderr).toMatch(/^marginalia export: \d+ claims without a verdict left out/);
  });

  it('refuses ClaimReview without --review-url (exit 2) and without any verdict (exit 1, one line)', async () => {
    await expect(run([article, '--to', 'claimreview'])).rejects.toThrow(/--review-url/);
    const bare = join(dir, 'bare.txt');
    copyFileSync(SAMPLE, bare);
    const none = await run([bare, '--to', 'claimreview', '--review-url', 'https://desk.example/r/1']);
    expect(none.code).toBe(EXIT.badInput);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^marginalia export: .*bare\.txt: no claim has a verdict[^\n]*\n$/);
  });

  it('exports a corpus: a folder and a JSONL file into one brat collection and one doccano file', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    copyFileSync(SAMPLE, join(corpus, 'one.txt'));
    const jsonl = join(dir, 'more.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ id: 'w1', text: 'Mayor Elena Rossi said the port will reopen in May.' })}\n`);
    const out = join(dir, 'collection', 'nested');
    const brat = await run([corpus, jsonl, '--to', 'brat', '--out', out]);
    expect(brat.code, brat.stderr).toBe(EXIT.ok);
    for (const f of ['one.txt', 'one.ann', 'w1.txt', 'w1.ann', 'annotation.conf', 'visual.conf']) expect(existsSync(join(out, f)), f).toBe(true);
    const doccano = await run([corpus, jsonl, '--to', 'doccano', '--labels', 'conll']);
    const lines = doccano.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([join(corpus, 'one.txt'), 'w1']);
    expect(lines[1].label).toContainEqual([6, 17, 'PER']);
  });

  it('gives each article of a corpus its own fact-check page ({name} in --review-url)', async () => {
    const other = join(dir, 'second.txt');
    copyFileSync(article, other);
    copyFileSync(`${article}.marginalia.json`, `${other}.marginalia.json`);
    await expect(run([article, other, '--to', 'claimreview', '--review-url', 'https://desk.example/r', '--out', join(dir, 'cr')])).rejects.toThrow(/put \{name\} .* in --review-url/);
    const { code, stderr } = await run([article, other, '--to', 'claimreview', '--review-url', 'https://desk.example/checks/{name}', '--out', join(dir, 'cr')]);
    expect(code, stderr).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(join(dir, 'cr', 'second.claimreview.jsonld'), 'utf8'))[0].url).toBe('https://desk.example/checks/second#claim-1');
  });

  it('writes the brat pair to PATH.txt and PATH.ann', async () => {
    const out = join(dir, 'pair');
    const { code, stderr } = await run([article, '--to', 'brat', '--out', out]);
    expect(code).toBe(EXIT.ok);
    expect(readFileSync(`${out}.txt`, 'utf8')).toBe(readFileSync(article, 'utf8'));
    expect(readFileSync(`${out}.ann`, 'utf8')).toMatch(/^T1\t/);
    expect(stderr).toContain('with 1 verdict');
    expect(readFileSync(join(dir, 'annotation.conf'), 'utf8')).toContain('[entities]');
  });

  it('writes an HTML report from an HTML input', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(page, '<!doctype html><html><head><title>Port &amp; city</title></head><body><nav>Menu</nav><p>The mayor said the port will reopen in May.</p></body></html>');
    const out = join(dir, 'report.html');
    expect((await run([page, '--to', 'html', '--out', out])).code).toBe(EXIT.ok);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>Port &amp; city — Marginalia report</title>');
    expect(html).not.toContain('Menu');
  });

  it('exports every format', async () => {
    for (const format of ['markdown', 'json', 'html', 'claimreview', 'claimreview-page', 'webannotation', 'conll', 'doccano', 'labelstudio', 'labelstudio-config']) {
      const { code, stdout } = await run([article, '--to', format, '--review-url', 'https://desk.example/r/1']);
      expect(code, format).toBe(EXIT.ok);
      expect(stdout.length, format).toBeGreaterThan(0);
    }
  });

  it('reports bad input, a broken sidecar and an unwritable output in one line each', async () => {
    const missing = await run([join(dir, 'nope.txt'), '--to', 'json']);
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.stderr).toMatch(/^marginalia export: No such file: .*\n$/);
    const other = join(dir, 'other.txt');
    copyFileSync(SAMPLE, other);
    writeFileSync(`${other}.marginalia.json`, '{ broken');
    const broken = await run([other, '--to', 'json']);
    expect(broken.code).toBe(EXIT.ok);
    expect(broken.stderr).toContain('exporting without verdicts');
    const unwritable = await run([article, '--to', 'json', '--out', join(article, 'x.json')]);
    expect(unwritable.code).toBe(EXIT.badInput);
    expect(unwritable.stderr).toMatch(/^marginalia export: cannot write .*\n$/);
    const created = await run([article, '--to', 'json', '--out', join(dir, 'new-dir', 'x.json')]);
    expect(created.code).toBe(EXIT.ok);
    expect(existsSync(join(dir, 'new-dir', 'x.json'))).toBe(true);
  });

  it('refuses bad usage', async () => {
    await expect(run([article])).rejects.toThrow(UsageError);
    await expect(run([article, '--to', 'pdf'])).rejects.toThrow(/--to must be one of markdown, json, html/);
    await expect(run([article, '--to', 'brat'])).rejects.toThrow(/give --out PATH/);
    await expect(run([article, '--to', 'claimreview', '--review-url', 'file:///x'])).rejects.toThrow(/--review-url takes an http\(s\) URL/);
  });
});
