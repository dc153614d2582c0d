import type { Article, Review, Verdict } from '@marginalia/core';
import { safeJson } from './escape.js';
import { claimSourceName, reviewClaims, verdictName } from './verdicts.js';

/**
 * schema.org ClaimReview JSON-LD, one object per claim with a verdict, in the shape
 * Google's Fact Check tools read: claimReviewed, itemReviewed (a Claim with its author
 * and the article as appearance), author of the review, datePublished, and reviewRating
 * with alternateName (plus a 1–5 ratingValue for true, misleading and false).
 */

const RATING_VALUES: Partial<Record<Verdict, number>> = { true: 5, misleading: 2, false: 1 };

export interface ClaimReviewOptions {
  /** Who reviewed the claims (the ClaimReview's author). */
  reviewer?: string;
  /** Where the review is published; each ClaimReview's url is this plus `#claim-N`. */
  reviewUrl?: string;
}

/**
 * Google requires a url on every ClaimReview (the page of the fact check). In order:
 * the published review's page, the verdict's evidence, else the article itself with a
 * text fragment that scrolls to the claim.
 */
function reviewUrlFor(number: number, evidence: string | undefined, articleUrl: string | undefined, claimText: string, options: ClaimReviewOptions): string | undefined {
  if (options.reviewUrl) return `${options.reviewUrl.replace(/#.*$/, '')}#claim-${number}`;
  if (evidence && /^https?:\/\//i.test(evidence)) return evidence;
  if (!articleUrl) return undefined;
  const words = claimText.replace(/\s+/g, ' ').trim().split(' ');
  const fragment = words.length > 8 ? `${textDirective(words.slice(0, 4).join(' '))},${textDirective(words.slice(-4).join(' '))}` : textDirective(words.join(' '));
  return `${articleUrl.replace(/#.*$/, '')}#:~:text=${fragment}`;
}

/** Percent-encodes a text-fragment term, including the `-`, `,` and `&` the syntax reserves. */
function textDirective(term: string): string {
  return encodeURIComponent(term).replace(/[-,&]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function claimReviews(article: Article, review?: Review | null, options: ClaimReviewOptions = {}): object[] {
  const meta = article.meta;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const articleUrl = str(meta.canonicalUrl) ?? str(meta.url);
  const out: object[] = [];
  for (const { claim, verdict, number } of reviewClaims(article, review).claims) {
    if (!verdict) continue;
    const url = reviewUrlFor(number, verdict.evidence, articleUrl, claim.text, options);
    const entity = article.entities.find((e) => e.id === claim.source);
    const authorType = entity ? (entity.type === 'PERSON' ? 'Person' : 'Organization') : claim.source === 'author' && str(meta.byline) ? 'Person' : 'Organization';
    const rating = RATING_VALUES[verdict.verdict];
    out.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(url ? { url } : {}),
      datePublished: verdict.updatedAt.slice(0, 10),
      claimReviewed: claim.text,
      author: { '@type': 'Organization', name: options.reviewer ?? 'Marginalia reviewer' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': authorType, name: claimSourceName(article, claim) },
        ...(str(meta.published) ? { datePublished: str(meta.published) } : {}),
        appearance: [
          {
            '@type': 'CreativeWork',
            ...(articleUrl ? { url: articleUrl } : {}),
            ...(str(meta.title) ? { headline: str(meta.title) } : {}),
            ...(str(meta.siteName) ? { publisher: { '@type': 'Organization', name: str(meta.siteName) } } : {}),
          },
        ],
      },
      reviewRating: {
        '@type': 'Rating',
        alternateName: verdictName(verdict.verdict),
        ...(rating !== undefined ? { ratingValue: rating, bestRating: 5, worstRating: 1 } : {}),
        ...(verdict.note ? { ratingExplanation: verdict.note } : {}),
      },
    });
  }
  return out;
}

export function renderClaimReview(article: Article, review?: Review | null, options?: ClaimReviewOptions): string {
  return `${safeJson(claimReviews(article, review, options))}\n`;
}
