import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SCHEMA_ID, type Article } from '@marginalia/core';
import { exportArticle, renderMarkdownReport } from './index.js';
import { hostileArticle, sampleReview } from './fixture-article.js';

const article = hostileArticle();
const review = sampleReview(article);

describe('markdown report', () => {
  const md = renderMarkdownReport(article, review);

  it('is what exportArticle gives for markdown', () => {
    expect(exportArticle('markdown', article, review).files).toEqual([{ suffix: '.md', content: md }]);
  });

  it('highlights claims and techniques with labels and verdict markers, and has a legend', () => {
    expect(md).toContain('**Mayor Elena Rossi said the plan would create 400 jobs. ⟨C1 \\[M\\]⟩**');
    expect(md).toContain('*a disgraceful betrayal ⟨T1 Loaded Language⟩*');
    expect(md).toContain('**Legend:**');
  });

  it('has the entity, claim, technique, sourcing and tone tables', () => {
    for (const heading of ['## Entities', '## Claims', '## Techniques', '## Sourcing profile', '## Tone']) expect(md).toContain(heading);
    expect(md).toContain('| Elena Rossi | PERSON | 2 | Mayor | 0.90 |');
    expect(md).toMatch(/\| C3 \| Critics said .* \| factual \| Maria Okafor \| 0.60 \| \\\[F\\\] False \|/);
    expect(md).toContain('| Sentences with a technique | 20% |');
  });

  it('works on an article with empty layers', () => {
    const bare: Article = { schema: SCHEMA_ID, text: 'Just text.', meta: { title: null }, paragraphs: [], sentences: [], entities: [], attributions: [], claims: [], hedges: [], techniques: [] };
    const report = renderMarkdownReport(bare);
    expect(report).toContain('# Untitled article');
    expect(report).toContain('Just text.');
    expect(report).toContain('*None found.*');
  });
});

describe('html report', () => {
  const html = exportArticle('html', article, review).files[0].content;
  const { document } = parseHTML(html);

  it('is self-contained: no script, no external resource, a CSP that forbids loading any', () => {
    expect(document.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*"(?!#|https:\/\/factcheck\.example)/);
    expect(html).not.toMatch(/url\(|@import/);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
  });

  it('marks spans by layer, labels claims with verdicts and links them to the claims table', () => {
    const claimMarks = Array.from(document.querySelectorAll('.article mark.claim'));
    expect(claimMarks.length).toBeGreaterThan(0);
    expect(document.querySelector('.article mark.technique')!.textContent).toBe('a disgraceful betrayal');
    expect(document.querySelector('.article mark.hedge')!.textContent).toBe('reportedly');
    const label = document.querySelector('sup.label a')!;
    expect(label.textContent).toBe('C1 [M]');
    expect(document.getElementById(label.getAttribute('href')!.slice(1))!.textContent).toContain('Misleading');
    expect(document.querySelectorAll('.legend li').length).toBeGreaterThanOrEqual(6);
  });

  it('highlights only claims above the check-worthiness threshold or with a verdict, and lists them all', () => {
    const low = hostileArticle();
    low.claims[1].checkworthiness = 0.1; // c2: no verdict, not check-worthy
    low.claims[2].checkworthiness = 0.1; // c3: not check-worthy, but reviewed
    const { document: doc } = parseHTML(exportArticle('html', low, sampleReview(low)).files[0].content);
    const marked = Array.from(doc.querySelectorAll('.article mark.claim')).map((m) => m.textContent ?? '');
    expect(marked.some((t) => t.includes('Officials reportedly estimate'))).toBe(false);
    expect(marked.some((t) => t.includes('400 jobs'))).toBe(true);
    expect(marked.some((t) => t.includes('disgraceful'))).toBe(true);
    expect(doc.querySelector('#claim-2')!.textContent).toContain('Officials reportedly estimate');
  });

  it('wraps table cells between words, not inside them', () => {
    expect(html).toMatch(/th, td \{[^}]*overflow-wrap: break-word; word-break: normal/);
    expect(html).not.toMatch(/th, td \{[^}]*overflow-wrap: anywhere/);
  });

  it('has the tables, and print styles', () => {
    const headings = Array.from(document.querySelectorAll('h2')).map((h) => h.textContent);
    expect(headings).toEqual(['Article', 'Entities', 'Claims', 'Techniques', 'Sourcing profile', 'Tone']);
    expect(html).toContain('@media print');
    expect(document.querySelector('#claim-3')!.textContent).toContain('[F] False');
  });
});

describe('json export', () => {
  it('is the analysis with verdicts and notes on its claims', () => {
    const json = JSON.parse(exportArticle('json', article, review).files[0].content);
    expect(json.schema).toBe(SCHEMA_ID);
    expect(json.claims.map((c: any) => c.verdict)).toEqual(['misleading', null, 'false']);
    expect(json.claims[0]).toMatchObject({ note: 'Counts <b>temporary</b> jobs | "twice"', evidence: 'https://factcheck.example/jobs?a=1&b=2', reviewedAt: '2024-03-06T10:00:00Z' });
    expect(json.review.unmatchedVerdicts.map((v: any) => v.claim)).toEqual(['c7']);
    expect(JSON.parse(exportArticle('json', article).files[0].content).review).toBeNull();
  });
});

describe('isomorphic', () => {
  it('imports no Node built-in', async () => {
    // Loaded by a computed name: this package's type check has no Node types, on purpose.
    const { readdirSync, readFileSync } = (await import(`node:${'fs'}`)) as {
      readdirSync(dir: URL): string[];
      readFileSync(file: URL, encoding: 'utf8'): string;
    };
    const dir = new URL('.', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      expect(readFileSync(new URL(name, dir), 'utf8'), name).not.toMatch(/from ['"](node:|fs|path|os|crypto|buffer)['"/]/);
    }
  });
});
