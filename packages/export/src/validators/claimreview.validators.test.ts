/// <reference types="node" />
import { beforeAll, expect, it } from 'vitest';
import { hostileArticle, sampleReview } from '../fixture-article.js';
import { exportArticle } from '../index.js';
import { describeWithValidators } from './locate.js';
import { mixedArticle } from './sample-articles.js';
import { schemaOrgChecker } from './schemaorg-check.js';

const OPTIONS = { reviewUrl: 'https://desk.example/checks/harbour', publisher: 'Harbour Desk', publisherUrl: 'https://desk.example/' };

/** Google's fact-check structured data: required claimReviewed, reviewRating (alternateName) and url on the publisher's site. */
function googleProblems(review: any, publisherHost: string): string[] {
  const problems: string[] = [];
  if (review['@context'] !== 'https://schema.org' || review['@type'] !== 'ClaimReview') problems.push('not a schema.org ClaimReview');
  if (typeof review.claimReviewed !== 'string' || !review.claimReviewed) problems.push('claimReviewed missing');
  else if (Array.from(review.claimReviewed).length > 75) problems.push('claimReviewed over 75 characters');
  if (!review.reviewRating?.alternateName) problems.push('reviewRating.alternateName missing');
  if (typeof review.url !== 'string' || new URL(review.url).host !== publisherHost) problems.push(`url not on ${publisherHost}: ${review.url}`);
  if (review.reviewRating?.ratingValue !== undefined && (review.reviewRating.bestRating === undefined || review.reviewRating.worstRating === undefined)) problems.push('ratingValue without bestRating/worstRating');
  const who = review.itemReviewed?.author;
  if (who && (!who.name || /^(the author|unnamed source)$/i.test(who.name))) problems.push(`placeholder claimant ${JSON.stringify(who)}`);
  return problems;
}

describeWithValidators('claimreview: schema.org vocabulary (release 30.0) and Google fact-check fields', (dir) => {
  const check = schemaOrgChecker(dir);
  let exports: Array<{ name: string; reviews: any[] }> = [];
  beforeAll(async () => {
    const hostile = hostileArticle();
    const { article, review } = await mixedArticle();
    exports = [
      { name: 'hostile fixture', reviews: JSON.parse(exportArticle('claimreview', hostile, sampleReview(hostile), OPTIONS).files[0].content) },
      { name: 'emoji, CJK, CRLF', reviews: JSON.parse(exportArticle('claimreview', article, review, OPTIONS).files[0].content) },
    ];
  }, 60_000); // analyses a whole article (loads the models): explicit, not the 10 s default

  it('uses only schema.org classes and properties, in their domains and ranges, none superseded', () => {
    for (const { name, reviews } of exports) {
      expect(reviews.length, name).toBeGreaterThan(0);
      expect(check(reviews), name).toEqual([]);
    }
  });

  it('has the fields Google requires, with the url on the publisher own site', () => {
    for (const { name, reviews } of exports) for (const r of reviews) expect(googleProblems(r, 'desk.example'), name).toEqual([]);
  });

  it('is caught by the vocabulary check when it strays (a property outside its domain, a wrong range, an unknown type)', () => {
    const broken = structuredClone(exports[0].reviews[0]);
    broken.itemReviewed.ratingValue = 3;
    broken.author['@type'] = 'Robot';
    broken.reviewRating = 'False';
    const problems = check(broken);
    expect(problems.join('\n')).toMatch(/ratingValue is not a property of schema:Claim/);
    expect(problems.join('\n')).toMatch(/schema:Robot is not a schema.org class/);
    expect(problems.join('\n')).toMatch(/reviewRating/);
  });
});
