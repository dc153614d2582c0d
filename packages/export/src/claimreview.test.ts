import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { exportArticle } from './index.js';
import { hostileArticle, sampleReview } from './fixture-article.js';

/**
 * Google's ClaimReview structured data (developers.google.com/search/docs/appearance/
 * structured-data/factcheck): required claimReviewed, reviewRating (with alternateName)
 * and url; recommended author, datePublished, itemReviewed (a Claim with author and
 * appearance). Written down here as a JSON Schema.
 */
const GOOGLE_CLAIMREVIEW_SHAPE = {
  type: 'object',
  required: ['@context', '@type', 'claimReviewed', 'reviewRating', 'url', 'author', 'datePublished', 'itemReviewed'],
  properties: {
    '@context': { const: 'https://schema.org' },
    '@type': { const: 'ClaimReview' },
    claimReviewed: { type: 'string', minLength: 1 },
    url: { type: 'string', pattern: '^https?://' },
    datePublished: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' },
    author: { type: 'object', required: ['@type', 'name'], properties: { '@type': { enum: ['Organization', 'Person'] }, name: { type: 'string', minLength: 1 } } },
    reviewRating: {
      type: 'object',
      required: ['@type', 'alternateName'],
      properties: {
        '@type': { const: 'Rating' },
        alternateName: { type: 'string', minLength: 1 },
        ratingValue: { type: 'number' },
        bestRating: { type: 'number' },
        worstRating: { type: 'number' },
      },
      dependentRequired: { ratingValue: ['bestRating', 'worstRating'] },
    },
    itemReviewed: {
      type: 'object',
      required: ['@type', 'author', 'appearance'],
      properties: {
        '@type': { const: 'Claim' },
        author: { type: 'object', required: ['@type', 'name'], properties: { '@type': { enum: ['Organization', 'Person'] }, name: { type: 'string', minLength: 1 } } },
        appearance: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['@type', 'url'], properties: { '@type': { const: 'CreativeWork' }, url: { type: 'string', pattern: '^https?://' } } },
        },
      },
    },
  },
};

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
    // No review page and no evidence: the article, scrolled to the claim by a text fragment.
    expect(second.url).toBe('https://ledger.example/news/harbour-plan#:~:text=Critics%20said%20the%20council,fishermen%2C%20a%20disgraceful%20betrayal.');
  });

  it('gives an empty list without verdicts, and names the reviewer when told', () => {
    expect(JSON.parse(exportArticle('claimreview', article, null).files[0].content)).toEqual([]);
    const named = JSON.parse(exportArticle('claimreview', article, sampleReview(article), { reviewer: 'Desk' }).files[0].content);
    expect(named[0].author.name).toBe('Desk');
  });

  it('points url at the published review when told where it is', () => {
    const reviews = JSON.parse(exportArticle('claimreview', article, sampleReview(article), { reviewUrl: 'https://desk.example/review/42' }).files[0].content);
    expect(reviews.map((r: any) => r.url)).toEqual(['https://desk.example/review/42#claim-1', 'https://desk.example/review/42#claim-3']);
  });

  it('validates against the ClaimReview shape Google Fact Check tools read', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(GOOGLE_CLAIMREVIEW_SHAPE);
    for (const r of reviews) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    // And the check can fail: a review without its rating name is refused.
    const broken = structuredClone(reviews[0]);
    delete broken.reviewRating.alternateName;
    expect(validate(broken)).toBe(false);
  });

  it('omits the numeric rating for an unverifiable claim', () => {
    const review = sampleReview(article);
    review.verdicts[0].verdict = 'unverifiable';
    const [first] = JSON.parse(exportArticle('claimreview', article, review).files[0].content);
    expect(first.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable', ratingExplanation: 'Counts <b>temporary</b> jobs | "twice"' });
  });
});
