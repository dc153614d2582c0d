/** @marginalia/export: export formats from an Article plus verdicts. Isomorphic. */
import type { Article } from '@marginalia/core';

/** First version: a plain Markdown report (being replaced by the full exports). */
export function renderMarkdownReport(article: Article): string {
  const lines = [`# ${article.meta.title ?? 'Article'}`, ''];
  for (const p of article.paragraphs) lines.push(p.text, '');
  return lines.join('\n');
}
