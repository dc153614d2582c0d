import type { Stage } from '../../context.js';
import { overlapLength, spanOf } from '../../model/span.js';
import type { Article, Attribution, Claim, ClaimKind, Hedge, Sentence } from '../../model/types.js';
import { opinionRule, predictionRule, statisticRule } from './kinds.js';
import { sourcingProfile } from './sourcing.js';

/**
 * The check-worthiness a sentence needs to be a claim on its score alone.
 * Local until the sentence-scores stage exports CHECKWORTHY_THRESHOLD.
 */
export const CLAIM_THRESHOLD = 0.5;
/** Subjectivity at which an unmarked sentence counts as opinion. */
const OPINION_SUBJECTIVITY = 0.5;
/** Hedges that report rather than soften: a sentence carrying one asserts something checkable. */
const REPORTING_HEDGES = new Set([
  'hedge/reportedly', 'hedge/allegedly', 'hedge/alleged', 'hedge/purportedly', 'hedge/supposedly', 'hedge/is-said-to',
  'hedge/sources-say', 'hedge/according-to-sources', 'hedge/unconfirmed', 'hedge/unverified', 'hedge/rumour',
]);
const MIN_WORDS = 3;

interface Decision {
  kind: ClaimKind;
  reasons: string[];
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  return items.filter((x) => x.start >= start && x.end <= end);
}

/** Why a sentence (with its main attribution, if any) is a claim, and of which kind; null when it is not one. */
function decide(sentence: Sentence, attribution: Attribution | null, hedges: readonly Hedge[]): Decision | null {
  const text = attribution?.direct ? attribution.content.text : sentence.text;
  const reasons: string[] = [];
  if (sentence.checkworthiness >= CLAIM_THRESHOLD) reasons.push('claim/checkworthy');
  if (attribution) reasons.push('claim/attributed');
  if (hedges.some((h) => REPORTING_HEDGES.has(h.rule ?? ''))) reasons.push('claim/hedged-report');
  const statistic = statisticRule(text);
  const prediction = predictionRule(text);
  const opinion = opinionRule(sentence.text) ?? (sentence.subjectivity >= OPINION_SUBJECTIVITY ? 'claim/opinion-subjective' : null);
  for (const r of [statistic, prediction, opinion]) if (r) reasons.push(r);
  if (reasons.length === 0) return null;
  let kind: ClaimKind = 'factual';
  if (attribution?.direct) kind = 'quote';
  else if (statistic) kind = 'statistical';
  else if (prediction) kind = 'prediction';
  else if (opinion) kind = 'opinion';
  return { kind, reasons: [...reasons, `kind/${kind}`] };
}

/** The entity ids whose mentions lie inside [start, end), in entity order. */
function entitiesWithin(article: Article, start: number, end: number): string[] {
  return article.entities.filter((e) => e.mentions.some((m) => m.start >= start && m.end <= end)).map((e) => e.id);
}

/**
 * Stage `claims`: check-worthy claims with kind, source, hedges and entities; the
 * sourcing profile. One claim per sentence (a quote spread over several sentences
 * is one claim, spanning the quoted words), none in boilerplate or bylines.
 */
export function claimsStage(): Stage {
  return {
    id: 'claims',
    description: 'check-worthy claims with kind, source, hedges and entities; the sourcing profile',
    run(article) {
      const { text } = article;
      const skipped = new Set(article.paragraphs.filter((p) => p.kind === 'boilerplate' || p.kind === 'byline').map((p) => p.id));
      const claims: Claim[] = [];
      const usedQuotes = new Set<string>();
      for (const sentence of article.sentences) {
        if (skipped.has(sentence.paragraph) || wordCount(sentence.text) < MIN_WORDS || sentence.text.trimEnd().endsWith('?')) continue;
        let attribution: Attribution | null = null;
        let best = 0;
        for (const a of article.attributions) {
          const shared = overlapLength(a.content, sentence);
          if (shared > best) {
            best = shared;
            attribution = a;
          }
        }
        if (attribution?.direct && usedQuotes.has(attribution.id)) continue;
        const span = attribution?.direct ? attribution.content : sentence;
        const hedges = within(article.hedges, span.start, span.end);
        const decision = decide(sentence, attribution, hedges);
        if (!decision) continue;
        if (attribution?.direct) usedQuotes.add(attribution.id);
        const source = attribution ? (attribution.source?.entity ?? 'unnamed') : 'author';
        const entities = entitiesWithin(article, sentence.start, sentence.end);
        if (attribution?.source?.entity && !entities.includes(attribution.source.entity)) entities.push(attribution.source.entity);
        claims.push({
          id: `c${claims.length + 1}`,
          ...spanOf(text, span.start, span.end),
          sentence: sentence.id,
          kind: decision.kind,
          source,
          hedges,
          checkworthiness: sentence.checkworthiness,
          entities,
          attribution: attribution?.id ?? null,
          rule: decision.reasons.join(' '),
        });
      }
      article.claims = claims;
      article.sourcing = sourcingProfile(claims);
    },
  };
}
