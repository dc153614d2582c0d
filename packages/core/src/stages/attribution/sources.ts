/**
 * Finding the source of an attribution among the tokens around its cue, and
 * linking it to the entity it names (or, for a pronoun, the person it stands for).
 */
import type { AnalysisContext, Token } from '../../context.js';
import type { Article, EntityType } from '../../model/types.js';
import { BETWEEN_SOURCE_AND_CUE, CLAUSE_OPENERS, cueWeight } from './lexicon.js';

const BOUNDARY = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']', '“', '”', '"', '.', '!', '?', '‘', '’', "'", '`']);
/** Words that end an inverted source ("said Peskov on Monday"). */
const AFTER_SOURCE_STOP = new Set([
  'on', 'in', 'at', 'during', 'with', 'to', 'after', 'before', 'about', 'that', 'when', 'while', 'last', 'this',
  'in', 'from', 'as', 'of', 'because', 'and', 'but', 'for', 'without', 'earlier', 'later', 'yesterday', 'today',
]);
const MAX_SOURCE_TOKENS = 12;

export function isBoundary(token: Token): boolean {
  return BOUNDARY.has(token.text);
}

/**
 * The source left of the cue at token `cue`: the tokens back to the nearest
 * clause boundary, not before `floor`, without openers ("But") or auxiliaries
 * ("has also"). Returns a token range [first, end) or null.
 */
export function sourceBefore(tokens: readonly Token[], cue: number, floor: number): [number, number] | null {
  let first = cue;
  while (first > floor && !isBoundary(tokens[first - 1])) first--;
  let end = cue;
  while (end > first && BETWEEN_SOURCE_AND_CUE.has(tokens[end - 1].text.toLowerCase())) end--;
  while (first < end && CLAUSE_OPENERS.has(tokens[first].text.toLowerCase())) first++;
  if (first >= end || end - first > MAX_SOURCE_TOKENS) return null;
  return [first, end];
}

/** An inverted source right after the cue ("…,” said Dmitry Peskov), up to a stop word or punctuation. */
export function sourceAfter(tokens: readonly Token[], from: number, limit: number): [number, number] | null {
  let end = from;
  while (end < limit && end - from < 8 && !isBoundary(tokens[end]) && !AFTER_SOURCE_STOP.has(tokens[end].text.toLowerCase())) end++;
  if (end === from) return null;
  const first = tokens[from].text;
  const looksLikeSubject = /^\p{Lu}/u.test(first) || /^(he|she|they|we|i|it|the|a|an|one|two|some|several|officials?|sources?)$/i.test(first);
  return looksLikeSubject ? [from, end] : null;
}

/**
 * The leading noun phrase of a clause (up to its first auxiliary, verb-like word
 * or punctuation), for participle cues whose subject is the sentence's ("X …, hinting at").
 */
export function leadingSubject(tokens: readonly Token[], from: number, limit: number): [number, number] | null {
  let i = from;
  while (i < limit && CLAUSE_OPENERS.has(tokens[i].text.toLowerCase())) i++;
  const first = i;
  while (i < limit && i - first < 6 && !isBoundary(tokens[i])) {
    const word = tokens[i].text.toLowerCase();
    if (BETWEEN_SOURCE_AND_CUE.has(word) || cueWeight(word) > 0) break;
    i++;
  }
  return i > first ? [first, i] : null;
}

interface LinkedMention {
  start: number;
  end: number;
  entity: string;
  rank: number;
}

/** Entity types by how likely they are to speak: people first, then organisations. */
function speakerRank(type: EntityType | undefined): number {
  return type === 'PERSON' ? 3 : type === 'ORG' ? 2 : type === 'NORP' || type === 'PLACE' ? 1 : 0;
}

/** Links source spans to entities; built once per article from its entities and the context's referents. */
export class SourceLinker {
  private readonly mentions: LinkedMention[] = [];

  constructor(article: Article, context: AnalysisContext) {
    const typeOf = new Map(article.entities.map((e) => [e.id, e.type]));
    for (const entity of article.entities) {
      for (const m of entity.mentions) this.mentions.push({ start: m.start, end: m.end, entity: entity.id, rank: speakerRank(entity.type) });
    }
    for (const [start, entity] of context.referents) {
      // Referents give only a start; a pronoun or name is at least one character long.
      this.mentions.push({ start, end: start + 1, entity, rank: speakerRank(typeOf.get(entity)) });
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** The entity a source span refers to: the most speaker-like, rightmost mention inside it; null if none. */
  entityFor(start: number, end: number): string | null {
    let best: LinkedMention | null = null;
    // Binary search for the first mention that may overlap.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = Math.max(0, lo - 8); i < this.mentions.length && this.mentions[i].start < end; i++) {
      const m = this.mentions[i];
      if (m.end <= start) continue;
      if (!best || m.rank >= best.rank) best = m;
    }
    return best ? best.entity : null;
  }
}
