import type { Article, Claim, ClaimVerdict, Review, Verdict } from '@marginalia/core';
import { ExportError } from './errors.js';
import { safeJson } from './escape.js';
import { reviewClaims, verdictName } from './verdicts.js';

/**
 * schema.org ClaimReview JSON-LD as Google's fact-check structured data documents it: one
 * ClaimReview per claim with a verdict; `url` is the fact-check page on the publisher's own
 * site (required); `claimReviewed` a short form of the claim (Google: under 75 characters),
 * the whole sentence kept as the Claim's `text`; `itemReviewed` a Claim with its claimant as
 * `author` (only when the analysis knows who it is: never a placeholder) and the article as
 * `appearance`; `author` the reviewing organisation; `reviewRating` with `alternateName`.
 */

const RATING_VALUES: Partial<Record<Verdict, number>> = { true: 5, misleading: 2, false: 1 };

/** Google shows claimReviewed on phones and asks to keep it under 75 characters. */
export const CLAIM_REVIEWED_MAX = 75;

export interface ClaimReviewOptions {
  /** The fact-check page. A base URL gets `#claim-N` (the claim's number) per claim. Required. */
  reviewUrl?: string;
  /** The reviewing organisation (the ClaimReview's author). */
  publisher?: string;
  /** The reviewing organisation's home page. */
  publisherUrl?: string;
  /** Older name of `publisher`. */
  reviewer?: string;
}

/** What ClaimReview needs from the options, or null when they are enough. */
export function claimReviewOptionsProblem(options: ClaimReviewOptions): string | null {
  if (!options.reviewUrl) {
    return 'ClaimReview needs the fact-check page on your own site as its url (Google requires it): give --review-url URL (a base URL gets #claim-N per claim).';
  }
  if (!/^https?:\/\/[^\s/]+\S*$/i.test(options.reviewUrl)) return `--review-url takes an http(s) URL such as https://desk.example/checks/harbour; got "${options.reviewUrl}".`;
  if (options.publisherUrl !== undefined && !/^https?:\/\/[^\s/]+\S*$/i.test(options.publisherUrl)) {
    return `--publisher-url takes an http(s) URL such as https://desk.example/; got "${options.publisherUrl}".`;
  }
  return null;
}

/** The review page of claim number `n`: the base URL (its fragment dropped) plus `#claim-n`. */
export function reviewUrlOf(base: string, n: number): string {
  return `${base.replace(/#.*$/, '')}#claim-${n}`;
}

/** The claim cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shortClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max - 1).join('');
  const cut = head.replace(/\s+\S*$/, '');
  return `${(cut.length >= max / 2 ? cut : head).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Who made the claim, as a schema.org Person or Organization, or null when unknown. */
export function claimant(article: Article, claim: Claim): { type: 'Person' | 'Organization'; name: string; jobTitle?: string } | null {
  if (claim.source === 'author') {
    const byline = typeof article.meta.byline === 'string' ? article.meta.byline.replace(/^\s*by\s+/i, '').trim() : '';
    return byline ? { type: 'Person', name: byline } : null;
  }
  const entity = article.entities.find((e) => e.id === claim.source);
  if (!entity) return null;
  if (entity.type === 'PERSON') return { type: 'Person', name: entity.name, ...(entity.roles[0] ? { jobTitle: entity.roles[0] } : {}) };
  if (entity.type === 'ORG' || entity.type === 'PLACE' || entity.type === 'NORP') return { type: 'Organization', name: entity.name };
  return null;
}

export interface ReviewedClaimRecord {
  claim: Claim;
  number: number;
  verdict: ClaimVerdict;
}

/** The claims that carry a verdict, and how many do not. */
export function claimsWithVerdicts(article: Article, review?: Review | null): { reviewed: ReviewedClaimRecord[]; unreviewed: number } {
  const all = reviewClaims(article, review).claims;
  const reviewed = all.filter((c): c is ReviewedClaimRecord => c.verdict !== null);
  return { reviewed, unreviewed: all.length - reviewed.length };
}

/** Fails with an ExportError when the options or the verdicts cannot make a ClaimReview. */
export function checkClaimReviewable(reviewed: unknown[], options: ClaimReviewOptions): void {
  const problem = claimReviewOptionsProblem(options);
  if (problem) throw new ExportError('usage', problem);
  if (reviewed.length === 0) {
    throw new ExportError('input', 'no claim has a verdict, so there is no ClaimReview to write: record verdicts with `marginalia read FILE` first.');
  }
}

export function articleUrlOf(article: Article): string | undefined {
  const str = (v: unknown) => (typeof v === 'string' && /^https?:\/\//i.test(v.trim()) ? v.trim() : undefined);
  return str(article.meta.canonicalUrl) ?? str(article.meta.url);
}

export function publisherOf(options: ClaimReviewOptions): string | undefined {
  const name = (options.publisher ?? options.reviewer)?.trim();
  return name ? name : undefined;
}

export function ratingOf(verdict: ClaimVerdict) {
  const rating = RATING_VALUES[verdict.verdict];
  return {
    alternateName: verdictName(verdict.verdict),
    ...(rating !== undefined ? { ratingValue: rating, bestRating: 5, worstRating: 1 } : {}),
    ...(verdict.note ? { ratingExplanation: verdict.note } : {}),
  };
}

/** The ClaimReview objects and how many claims were left out for want of a verdict. */
export function claimReviews(article: Article, review?: Review | null, options: ClaimReviewOptions = {}): { reviews: object[]; unreviewed: number } {
  const { reviewed, unreviewed } = claimsWithVerdicts(article, review);
  checkClaimReviewable(reviewed, options);
  const meta = article.meta;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const articleUrl = articleUrlOf(article);
  const publisher = publisherOf(options);
  const appearance = articleUrl || str(meta.title)
    ? {
        '@type': 'CreativeWork',
        ...(articleUrl ? { url: articleUrl } : {}),
        ...(str(meta.title) ? { headline: str(meta.title) } : {}),
        ...(str(meta.published) ? { datePublished: str(meta.published) } : {}),
        ...(str(meta.siteName) ? { publisher: { '@type': 'Organization', name: str(meta.siteName) } } : {}),
      }
    : null;
  const reviews = reviewed.map(({ claim, verdict, number }) => {
    const who = claimant(article, claim);
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: reviewUrlOf(options.reviewUrl!, number),
      datePublished: verdict.updatedAt.slice(0, 10),
      claimReviewed: shortClaim(claim.text),
      ...(publisher ? { author: { '@type': 'Organization', name: publisher, ...(options.publisherUrl ? { url: options.publisherUrl } : {}) } } : {}),
      itemReviewed: {
        '@type': 'Claim',
        text: claim.text.replace(/\s+/g, ' ').trim(),
        ...(who ? { author: { '@type': who.type, name: who.name, ...(who.jobTitle ? { jobTitle: who.jobTitle } : {}) } } : {}),
        ...(str(meta.published) ? { datePublished: str(meta.published) } : {}),
        ...(appearance ? { appearance: [appearance] } : {}),
      },
      reviewRating: { '@type': 'Rating', ...ratingOf(verdict) },
    };
  });
  return { reviews, unreviewed };
}

export function renderClaimReview(article: Article, review?: Review | null, options?: ClaimReviewOptions): string {
  return `${safeJson(claimReviews(article, review, options).reviews)}\n`;
}
