import { describe, expect, it } from 'vitest';
import { exportArticle, isExportError } from './index.js';
import { hostileArticle, sampleReview } from './fixture-article.js';
import { shortClaim } from './claimreview.js';

/** The structural checks against schema.org and Google's required fields are in validators/claimreview.validators.test.ts. */
describe('claimreview export', () => {
  const article = hostileArticle();
  const options = { reviewUrl: 'https://desk.example/checks/harbour', publisher: 'Harbour Desk', publisherUrl: 'https://desk.example/' };
  const result = exportArticle('claimreview', article, sampleReview(article), options);
  const reviews = JSON.parse(result.files[0].content) as Array<Record<string, any>>;

  it('has one ClaimReview per claim with a verdict (matched by id, or by text when the id changed), and says how many were left out', () => {
    expect(result.files[0].suffix).toBe('.claimreview.jsonld');
    expect(reviews.map((r) => r.itemReviewed.text)).toEqual([article.claims[0].text, article.claims[2].text.replace(/\s+/g, ' ')]);
    expect(result.notices).toEqual(['1 claim without a verdict left out (record verdicts with `marginalia read`).']);
  });

  it('points url at the fact-check page, one fragment per claim', () => {
    expect(reviews.map((r) => r.url)).toEqual(['https://desk.example/checks/harbour#claim-1', 'https://desk.example/checks/harbour#claim-3']);
  });

  it('names the claimant from the linked entity or the byline, and the reviewing organisation', () => {
    const [first, second] = reviews;
    expect(first.author).toEqual({ '@type': 'Organization', name: 'Harbour Desk', url: 'https://desk.example/' });
    expect(first.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Elena Rossi', jobTitle: 'Mayor' });
    expect(first.itemReviewed.appearance).toEqual([
      { '@type': 'CreativeWork', url: 'https://ledger.example/news/harbour-plan', headline: 'Harbour <b>plan</b> & "dispute"', datePublished: '2024-03-05T09:30:00Z', publisher: { '@type': 'Organization', name: 'The Daily Ledger' } },
    ]);
    expect(second.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Maria Okafor' });
    expect(first.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1, ratingExplanation: 'Counts <b>temporary</b> jobs | "twice"' });
    expect(second.reviewRating).toMatchObject({ alternateName: 'False', ratingValue: 1 });
  });

  it('leaves the claimant out when nobody is known, never a placeholder', () => {
    const anonymous = hostileArticle();
    anonymous.meta.byline = undefined;
    const out = JSON.parse(exportArticle('claimreview', anonymous, sampleReview(anonymous), options).files[0].content);
    expect(out[1].itemReviewed.author).toBeUndefined();
    expect(JSON.stringify(out)).not.toMatch(/the author|unnamed source|Marginalia reviewer/);
  });

  it('keeps claimReviewed under 75 characters and the whole sentence as the Claim text', () => {
    for (const r of reviews) expect(Array.from(r.claimReviewed as string).length).toBeLessThanOrEqual(75);
    expect(reviews[1].claimReviewed).toBe('Critics said the council had ignored the </textarea> fishermen, a…');
    expect(shortClaim('Short claim.')).toBe('Short claim.');
  });

  it('refuses without --review-url (usage) and without any verdict (input)', () => {
    const fail = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      throw new Error('expected an ExportError');
    };
    const noUrl = fail(() => exportArticle('claimreview', article, sampleReview(article), { publisher: 'Desk' }));
    expect(isExportError(noUrl) && noUrl.kind).toBe('usage');
    expect((noUrl as Error).message).toContain('--review-url');
    const none = fail(() => exportArticle('claimreview', article, null, options));
    expect(isExportError(none) && none.kind).toBe('input');
    expect((none as Error).message).toMatch(/^no claim has a verdict/);
  });

  it('omits the numeric rating for an unverifiable claim', () => {
    const review = sampleReview(article);
    review.verdicts[0].verdict = 'unverifiable';
    const [first] = JSON.parse(exportArticle('claimreview', article, review, options).files[0].content);
    expect(first.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable', ratingExplanation: 'Counts <b>temporary</b> jobs | "twice"' });
  });

  it('writes a ClaimReviewMarkupPage for the Fact Check Tools API', () => {
    const page = JSON.parse(exportArticle('claimreview-page', article, sampleReview(article), options).files[0].content);
    expect(page).toMatchObject({ pageUrl: 'https://desk.example/checks/harbour', publishDate: '2024-03-07', claimReviewAuthor: { name: 'Harbour Desk' } });
    expect(page.claimReviewMarkups[0]).toEqual({
      url: 'https://desk.example/checks/harbour#claim-1',
      claimReviewed: article.claims[0].text,
      claimDate: '2024-03-05',
      claimAuthor: { name: 'Elena Rossi', jobTitle: 'Mayor' },
      claimFirstAppearance: 'https://ledger.example/news/harbour-plan',
      claimAppearances: ['https://ledger.example/news/harbour-plan'],
      rating: { textualRating: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1, ratingExplanation: 'Counts <b>temporary</b> jobs | "twice"' },
    });
  });
});
