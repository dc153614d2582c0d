import type { Article, ClaimVerdict, Review } from '@marginalia/core';
import { safeJson } from './escape.js';
import { reviewClaims } from './verdicts.js';

/**
 * The reviewed article: the analysis (contract `marginalia/analysis@2`) whose claims
 * carry their verdict, note and evidence (extension fields, null when unreviewed),
 * plus the review's hash and any verdicts that no longer match a claim.
 */
export function reviewedArticle(article: Article, review?: Review | null) {
  const { claims, unmatched } = reviewClaims(article, review);
  return {
    ...article,
    claims: claims.map(({ claim, verdict }) => ({
      ...claim,
      verdict: verdict?.verdict ?? null,
      note: verdict?.note ?? null,
      evidence: verdict?.evidence ?? null,
      reviewedAt: verdict?.updatedAt ?? null,
    })),
    review: review ? { articleHash: review.articleHash, unmatchedVerdicts: unmatched satisfies ClaimVerdict[] } : null,
  };
}

export function renderReviewedJson(article: Article, review?: Review | null): string {
  return `${safeJson(reviewedArticle(article, review))}\n`;
}
