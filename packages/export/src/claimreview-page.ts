import type { Article, Review } from '@marginalia/core';
import { safeJson } from './escape.js';
import { articleUrlOf, checkClaimReviewable, claimant, claimsWithVerdicts, publisherOf, ratingOf, reviewUrlOf, shortClaim, type ClaimReviewOptions } from './claimreview.js';

/**
 * A `ClaimReviewMarkupPage` for Google's Fact Check Tools API (`pages.create`, v1alpha1):
 * the page (`pageUrl`, `publishDate`, `claimReviewAuthor`) and one `ClaimReviewMarkup`
 * per claim with a verdict (`url`, `claimReviewed`, `claimDate`, `claimAuthor`,
 * `claimAppearances`, `claimFirstAppearance`, `rating` with `textualRating`).
 */
export function claimReviewMarkupPage(article: Article, review?: Review | null, options: ClaimReviewOptions = {}) {
  const { reviewed, unreviewed } = claimsWithVerdicts(article, review);
  checkClaimReviewable(reviewed, options);
  const publisher = publisherOf(options);
  const articleUrl = articleUrlOf(article);
  const published = typeof article.meta.published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(article.meta.published) ? article.meta.published.slice(0, 10) : undefined;
  const page = {
    pageUrl: options.reviewUrl!.replace(/#.*$/, ''),
    publishDate: reviewed.map((r) => r.verdict.updatedAt.slice(0, 10)).sort().at(-1),
    ...(publisher ? { claimReviewAuthor: { name: publisher } } : {}),
    claimReviewMarkups: reviewed.map(({ claim, verdict, number }) => {
      const who = claimant(article, claim);
      const { alternateName, ...rest } = ratingOf(verdict);
      return {
        url: reviewUrlOf(options.reviewUrl!, number),
        claimReviewed: shortClaim(claim.text),
        ...(published ? { claimDate: published } : {}),
        ...(who ? { claimAuthor: { name: who.name, ...(who.jobTitle ? { jobTitle: who.jobTitle } : {}) } } : {}),
        ...(articleUrl ? { claimFirstAppearance: articleUrl, claimAppearances: [articleUrl] } : {}),
        rating: { textualRating: alternateName, ...rest },
      };
    }),
  };
  return { page, unreviewed };
}

export function renderClaimReviewMarkupPage(article: Article, review?: Review | null, options?: ClaimReviewOptions): string {
  return `${safeJson(claimReviewMarkupPage(article, review, options).page)}\n`;
}
