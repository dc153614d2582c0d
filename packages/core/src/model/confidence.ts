import { sourcingProfile } from '../stages/claims/sourcing.js';
import type { Article, Attribution, Claim, Entity, Hedge } from './types.js';

/** Whether `value` is a usable minimum confidence: a finite number in 0..1. */
export function isConfidence(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** A finding is kept when it has no confidence (nothing to judge it by) or one at or above `min`. */
function keeps(item: { confidence?: number }, min: number): boolean {
  return item.confidence === undefined || item.confidence >= min;
}

/**
 * A new article without the findings whose `confidence` is below `min` (0..1); the input is
 * not changed. Findings without a confidence are kept. What is dropped, and how the rest stays
 * consistent:
 * - mentions below `min`; an entity left with no mention is dropped, and so is every
 *   reference to it (an attribution's `source.entity` becomes null, a claim resting on it gets
 *   source `unnamed`, `claim.entities` and `cooccurrence` lose it); `firstMention` follows the
 *   first mention kept;
 * - attributions below `min`; a claim resting on one keeps its text, kind and source but its
 *   `attribution` becomes null;
 * - claims, hedges (in `article.hedges` and in each claim's `hedges`) and techniques below `min`;
 * - `sourcing` is counted again over the claims kept.
 * Paragraphs, sentences, their scores, ids and `tone` are left as they are (ids are not renumbered).
 */
export function filterByConfidence(article: Article, min: number): Article {
  if (!isConfidence(min)) throw new RangeError(`filterByConfidence: the minimum confidence must be a number from 0 to 1, got ${String(min)}.`);
  const entities: Entity[] = [];
  for (const entity of article.entities) {
    const mentions = entity.mentions.filter((m) => keeps(m, min));
    if (mentions.length === 0) continue;
    const kept: Entity = { ...entity, mentions };
    if (entity.firstMention !== undefined) kept.firstMention = Math.min(...mentions.map((m) => m.start));
    entities.push(kept);
  }
  const entityIds = new Set(entities.map((e) => e.id));
  const attributions: Attribution[] = [];
  for (const a of article.attributions) {
    if (!keeps(a, min)) continue;
    attributions.push(a.source?.entity && !entityIds.has(a.source.entity) ? { ...a, source: { ...a.source, entity: null } } : a);
  }
  const attributionIds = new Set(attributions.map((a) => a.id));
  const hedges: Hedge[] = article.hedges.filter((h) => keeps(h, min));
  const claims: Claim[] = [];
  for (const c of article.claims) {
    if (!keeps(c, min)) continue;
    const claim: Claim = { ...c, hedges: c.hedges.filter((h) => keeps(h, min)) };
    if (claim.source !== 'author' && claim.source !== 'unnamed' && !entityIds.has(claim.source)) claim.source = 'unnamed';
    if (claim.entities) claim.entities = claim.entities.filter((id) => entityIds.has(id));
    if (claim.attribution && !attributionIds.has(claim.attribution)) claim.attribution = null;
    claims.push(claim);
  }
  const out: Article = {
    ...article,
    entities,
    attributions,
    claims,
    hedges,
    techniques: article.techniques.filter((t) => keeps(t, min)),
  };
  if (article.cooccurrence) out.cooccurrence = article.cooccurrence.filter((p) => entityIds.has(p.a) && entityIds.has(p.b));
  if (article.sourcing) out.sourcing = sourcingProfile(claims);
  return out;
}
