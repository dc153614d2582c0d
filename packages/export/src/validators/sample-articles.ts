import { type Article, type Review } from '@marginalia/core';
import { createNodeAnalyzer } from '@marginalia/core/node';

/**
 * A real analysis of a news text with emoji (outside the BMP), CJK and CRLF line ends, so
 * UTF-16 and code-point offsets part ways, with a verdict on its first two claims.
 */
export const MIXED_TEXT = [
  'Harbour vote 🎉 splits Lisbon council',
  '',
  'Mayor Elena Rossi said on Monday that the harbour plan would create 400 jobs by 2026. 🚢 "This is a good day for the city," Rossi told reporters.',
  '',
  'The Tokyo firm 東京港湾株式会社 reportedly estimates the cost at €210 million, according to council documents.',
  '',
  'Critics said the council had ignored the fishermen 🐟, calling the vote a disgraceful betrayal.',
].join('\r\n');

export async function mixedArticle(): Promise<{ article: Article; review: Review }> {
  const article = await createNodeAnalyzer().analyze(MIXED_TEXT, { meta: { title: 'Harbour vote splits Lisbon council', url: 'https://news.example/harbour', byline: 'Maria Okafor', published: '2026-03-02' } });
  const review: Review = {
    articleHash: 'test',
    verdicts: article.claims.slice(0, 2).map((c, i) => ({
      claim: c.id, text: c.text, start: c.start, end: c.end,
      verdict: i === 0 ? 'misleading' : 'true',
      ...(i === 0 ? { note: 'Counts temporary jobs', evidence: 'https://factcheck.example/jobs' } : { evidence: 'javascript:alert(1)' }),
      updatedAt: '2026-03-03T10:00:00Z',
    })),
  };
  return { article, review };
}
