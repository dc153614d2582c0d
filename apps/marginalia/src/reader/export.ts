/**
 * `:export md|json`: the reviewed article (claims with verdicts and notes).
 * Uses `exportArticle` from @marginalia/export when it is there; otherwise a
 * built-in Markdown / JSON of the claims and verdicts.
 */
import { VERDICT_MARKERS, type Article, type Review } from '@marginalia/core';
import { sourceName } from './describe.js';

type ExportArticle = (format: 'markdown' | 'json', article: Article, review?: Review | null) => { files: Array<{ suffix: string; content: string }> };

export async function reviewedArticle(format: 'md' | 'json', article: Article, review: Review): Promise<{ suffix: string; content: string }> {
  const module = (await import('@marginalia/export').catch(() => ({}))) as { exportArticle?: ExportArticle };
  if (typeof module.exportArticle === 'function') {
    const file = module.exportArticle(format === 'md' ? 'markdown' : 'json', article, review).files[0];
    if (file) return file;
  }
  return format === 'md' ? { suffix: '.review.md', content: reviewMarkdown(article, review) } : { suffix: '.review.json', content: reviewJson(article, review) };
}

const md = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

export function reviewMarkdown(article: Article, review: Review): string {
  const lines = [`# Review: ${md(article.meta.title ?? 'Untitled article')}`, ''];
  const claims = [...article.claims].sort((a, b) => a.start - b.start);
  lines.push(`${claims.length} claims, ${review.verdicts.length} with a verdict.`, '');
  claims.forEach((c, i) => {
    const v = review.verdicts.find((r) => r.claim === c.id);
    lines.push(`${i + 1}. ${v ? VERDICT_MARKERS[v.verdict] : '[ ]'} **${v ? v.verdict : 'no verdict'}** — ${md(c.text)}`);
    lines.push(`   - ${c.kind}, check-worthiness ${c.checkworthiness.toFixed(2)}, source: ${md(sourceName(article, c.source))}`);
    if (v?.note) lines.push(`   - note: ${md(v.note)}`);
    if (v?.evidence) lines.push(`   - evidence: <${v.evidence.replace(/[<>\s]/g, encodeURIComponent)}>`);
  });
  return `${lines.join('\n')}\n`;
}

export function reviewJson(article: Article, review: Review): string {
  const claims = [...article.claims]
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const v = review.verdicts.find((r) => r.claim === c.id);
      return { id: c.id, text: c.text, start: c.start, end: c.end, kind: c.kind, source: c.source, checkworthiness: c.checkworthiness, verdict: v?.verdict ?? null, note: v?.note ?? null, evidence: v?.evidence ?? null, updatedAt: v?.updatedAt ?? null };
    });
  return `${JSON.stringify({ title: article.meta.title, articleHash: review.articleHash, claims }, null, 2)}\n`;
}
