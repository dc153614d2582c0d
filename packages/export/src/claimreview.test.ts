import { describe, expect, it } from 'vitest';
import { exportArticle } from './index.js';
import { hostileArticle, sampleReview } from './fixture-article.js';

describe('claimreview export', () => {
  const article = hostileArticle();
  const [file] = exportArticle('claimreview', article, sampleReview(article)).files;
  const reviews = JSON.parse(file.content) as Array<Record<string, any>>;

  it('has one ClaimReview per claim with a verdict (matched by id, or by text when the id changed)', () => {
    expect(file.suffix).toBe('.claimreview.jsonld');
    expect(reviews.map((r) => r.claimReviewed)).toEqual([article.claims[0].text, article.claims[2].text]);
  });

  it('fills the fields Google Fact Check tools read', () => {
    const [first, second] = reviews;
    expect(first['@context']).toBe('https://schema.org');
    expect(first['@type']).toBe('ClaimReview');
    expect(first.url).toBe('https://factcheck.example/jobs?a=1&b=2');
    expect(first.datePublished).toBe('2024-03-06');
    expect(first.author).toEqual({ '@type': 'Organization', name: 'Marginalia reviewer' });
    expect(first.itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Elena Rossi' },
      datePublished: '2024-03-05T09:30:00Z',
      appearance: [
        { '@type': 'CreativeWork', url: 'https://ledger.example/news/harbour-plan', headline: 'Harbour <b>plan</b> & "dispute"', publisher: { '@type': 'Organization', name: 'The Daily Ledger' } },
      ],
    });
    expect(first.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Misleading',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      ratingExplanation: 'Counts <b>temporary</b> jobs | "twice"',
    });
    // A claim resting on the author is attributed to the byline.
    expect(second.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Maria Okafor' });
    expect(second.reviewRating).toMatchObject({ alternateName: 'False', ratingValue: 1 });
    expect(second.url).toBeUndefined();
  });

  it('gives an empty list without verdicts, and names the reviewer when told', () => {
    expect(JSON.parse(exportArticle('claimreview', article, null).files[0].content)).toEqual([]);
    const named = JSON.parse(exportArticle('claimreview', article, sampleReview(article), { reviewer: 'Desk' }).files[0].content);
    expect(named[0].author.name).toBe('Desk');
  });

  it('omits the numeric rating for an unverifiable claim', () => {
    const review = sampleReview(article);
    review.verdicts[0].verdict = 'unverifiable';
    const [first] = JSON.parse(exportArticle('claimreview', article, review).files[0].content);
    expect(first.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable', ratingExplanation: 'Counts <b>temporary</b> jobs | "twice"' });
  });
});
