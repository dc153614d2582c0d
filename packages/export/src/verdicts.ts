import type { Article, Claim, ClaimVerdict, Review } from '@marginalia/core';

export interface ReviewedClaim {
  claim: Claim;
  /** 1-based position among the article's claims, for labels such as `C3`. */
  number: number;
  verdict: ClaimVerdict | null;
}

/**
 * Pairs each claim with its recorded verdict. A verdict belongs to a claim with the
 * same id and text; when the article changed since the verdict was recorded, to the
 * claim with the same text nearest to the recorded offset. Each verdict is used once.
 */
export function reviewClaims(article: Article, review?: Review | null): { claims: ReviewedClaim[]; unmatched: ClaimVerdict[] } {
  const verdicts = review?.verdicts ?? [];
  const used = new Set<ClaimVerdict>();
  const byClaim = new Map<Claim, ClaimVerdict>();
  for (const v of verdicts) {
    const claim = article.claims.find((c) => c.id === v.claim && c.text === v.text && !byClaim.has(c));
    if (claim) {
      byClaim.set(claim, v);
      used.add(v);
    }
  }
  for (const v of verdicts) {
    if (used.has(v)) continue;
    const candidates = article.claims.filter((c) => c.text === v.text && !byClaim.has(c));
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => Math.abs(a.start - v.start) - Math.abs(b.start - v.start));
    byClaim.set(candidates[0], v);
    used.add(v);
  }
  return {
    claims: article.claims.map((claim, i) => ({ claim, number: i + 1, verdict: byClaim.get(claim) ?? null })),
    unmatched: verdicts.filter((v) => !used.has(v)),
  };
}

/** Who a claim rests on, by name: the entity's name, the article's author, or an unnamed source. */
export function claimSourceName(article: Article, claim: Claim): string {
  if (claim.source === 'author') return typeof article.meta.byline === 'string' && article.meta.byline ? article.meta.byline : 'the author';
  if (claim.source === 'unnamed') return 'unnamed source';
  return article.entities.find((e) => e.id === claim.source)?.name ?? claim.source;
}

const VERDICT_NAMES = { true: 'True', false: 'False', misleading: 'Misleading', unverifiable: 'Unverifiable' } as const;

/** The verdict as a capitalised word ("Misleading"). */
export function verdictName(verdict: ClaimVerdict['verdict']): string {
  return VERDICT_NAMES[verdict];
}
