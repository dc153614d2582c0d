/** Small lookups over an article shared by the panes, views and the reducer. */
import type { Article, Claim, Entity } from '@marginalia/core';
import { VERDICT_MARKERS } from '@marginalia/core';
import type { ReviewHistory } from './review-history.js';
import { verdictOf } from './review-history.js';

export function entityById(article: Article, id: string | null | undefined): Entity | undefined {
  return id ? article.entities.find((e) => e.id === id) : undefined;
}

/** A claim's source as words: an entity's name, "the author" or "unnamed source". */
export function sourceName(article: Article, source: string | null | undefined): string {
  if (!source) return 'no source';
  if (source === 'author') return 'the author';
  if (source === 'unnamed') return 'unnamed source';
  return entityById(article, source)?.name ?? source;
}

/** Index of the paragraph that holds `offset` (the last paragraph starting at or before it). */
export function paragraphAt(article: Article, offset: number): number {
  let found = 0;
  article.paragraphs.forEach((p, i) => {
    if (p.start <= offset) found = i;
  });
  return found;
}

export function claimsInParagraph(article: Article, index: number): Claim[] {
  const p = article.paragraphs[index];
  return p ? article.claims.filter((c) => c.start < p.end && c.end > p.start) : [];
}

/** Claims in reading order. */
export function claimsByPosition(article: Article): Claim[] {
  return [...article.claims].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function sortedClaims(article: Article, sort: 'position' | 'score'): Claim[] {
  const byPosition = claimsByPosition(article);
  return sort === 'score' ? byPosition.sort((a, b) => b.checkworthiness - a.checkworthiness) : byPosition;
}

/** `[T] [F] [M] [?]`, or `[ ]` when the claim has no verdict yet. */
export function verdictMarker(history: ReviewHistory, claimId: string): string {
  const v = verdictOf(history, claimId);
  return v ? VERDICT_MARKERS[v.verdict] : '[ ]';
}
