import type { Stage } from '../../context.js';
import { overlapLength, spanOf } from '../../model/span.js';
import type { Article, Attribution, Claim, ClaimKind, Hedge, ParagraphKind, Sentence } from '../../model/types.js';
import { CLAIM_CONFIDENCE_MODEL, claimConfidence } from './confidence.js';
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

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Non-ASCII code point -> whether it is a letter or a number (\p{L} or \p{N}); bounded. */
const wordCharCache = new Map<number, boolean>();

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  let yes = wordCharCache.get(cp);
  if (yes === undefined) {
    if (wordCharCache.size >= 4096) wordCharCache.clear();
    yes = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCharCache.set(cp, yes);
  }
  return yes;
}

/** How many runs of letters and numbers (`[\p{L}\p{N}]+`) the text holds, counted without building the matches. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const word = isWordCodePoint(cp);
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** Index of the first item whose start is at or after `offset` (items sorted by start). */
function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items (sorted by start) that lie wholly inside [start, end). */
function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, start); i < items.length && items[i].start < end; i++) if (items[i].end <= end) out.push(items[i]);
  return out;
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

interface EntityMention {
  start: number;
  end: number;
  entity: string;
}

/** Every entity mention, sorted by start, for range look-ups. */
function mentionIndex(article: Article): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const e of article.entities) for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e.id });
  return mentions.sort((a, b) => a.start - b.start);
}

/** The attribution whose content shares the most text with the sentence (attributions sorted by content start). */
function mainAttribution(attributions: readonly Attribution[], contents: ReadonlyArray<{ start: number }>, sentence: Sentence): Attribution | null {
  let best: Attribution | null = null;
  let bestShared = 0;
  // Contents may start before the sentence (a quote over several sentences), so look back a little.
  const from = Math.max(0, firstAtOrAfter(contents, sentence.start) - 4);
  for (let i = from; i < attributions.length && attributions[i].content.start < sentence.end; i++) {
    const shared = overlapLength(attributions[i].content, sentence);
    if (shared > bestShared) {
      bestShared = shared;
      best = attributions[i];
    }
  }
  return best;
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
    requires: ['sentences', 'sentence-scores'],
    uses: ['paragraph-kinds', 'entities', 'attributions', 'hedges'],
    provides: ['claims'],
    models: [CLAIM_CONFIDENCE_MODEL],
    run(article, context) {
      const { text } = article;
      const weights = context.models.get(CLAIM_CONFIDENCE_MODEL);
      const skipped = new Set(article.paragraphs.filter((p) => p.kind === 'boilerplate' || p.kind === 'byline').map((p) => p.id));
      const kindOf = new Map<string, ParagraphKind>(article.paragraphs.map((p) => [p.id, p.kind]));
      const claims: Claim[] = [];
      const usedQuotes = new Set<string>();
      const mentions = mentionIndex(article);
      const attributions = [...article.attributions].sort((a, b) => a.content.start - b.content.start);
      const contents = attributions.map((a) => a.content);
      const hedges = [...article.hedges].sort((a, b) => a.start - b.start);
      for (const sentence of article.sentences) {
        if (skipped.has(sentence.paragraph) || wordCount(sentence.text) < MIN_WORDS || sentence.text.trimEnd().endsWith('?')) continue;
        const attribution = mainAttribution(attributions, contents, sentence);
        if (attribution?.direct && usedQuotes.has(attribution.id)) continue;
        const span = attribution?.direct ? attribution.content : sentence;
        const claimHedges = within(hedges, span.start, span.end);
        const decision = decide(sentence, attribution, claimHedges);
        if (!decision) continue;
        if (attribution?.direct) usedQuotes.add(attribution.id);
        const source = attribution ? (attribution.source?.entity ?? 'unnamed') : 'author';
        const entities = [...new Set(within(mentions, sentence.start, sentence.end).map((m) => m.entity))];
        if (attribution?.source?.entity && !entities.includes(attribution.source.entity)) entities.push(attribution.source.entity);
        claims.push({
          id: `c${claims.length + 1}`,
          ...spanOf(text, span.start, span.end),
          sentence: sentence.id,
          kind: decision.kind,
          source,
          hedges: claimHedges,
          checkworthiness: sentence.checkworthiness,
          entities,
          attribution: attribution?.id ?? null,
          rule: decision.reasons.join(' '),
          confidence: claimConfidence(
            { checkworthiness: sentence.checkworthiness, subjectivity: sentence.subjectivity, kind: decision.kind, reasons: decision.reasons },
            weights,
            kindOf.get(sentence.paragraph),
          ),
        });
      }
      article.claims = claims;
      article.sourcing = sourcingProfile(claims);
    },
  };
}
