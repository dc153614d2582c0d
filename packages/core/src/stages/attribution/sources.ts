/**
 * Finding the source of an attribution among the tokens around its cue, and
 * linking it to the entity it names (or, for a pronoun, the person it stands for).
 */
import type { AnalysisContext, Token } from '../../context.js';
import type { Article, EntityType } from '../../model/types.js';
import { ATTRIBUTION_CUES_MODEL, BETWEEN_SOURCE_AND_CUE, CLAUSE_OPENERS, type CueLexicon } from './lexicon.js';
import { headCanSpeak } from './speaker-heads.js';

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
  let named = false;
  for (let k = from; k < end; k++) if (/^\p{Lu}/u.test(tokens[k].text)) named = true;
  const looksLikeSubject = named || /^(he|she|they|we|i|it|the|a|an|one|two|some|several|officials?|sources?)$/i.test(first);
  if (!looksLikeSubject) return null;
  // "said Novak's deputy adviser, Tom Reyes": a role, then the name in apposition (at most four capitalised words).
  if (tokens[end]?.text === ',' && end + 1 < limit && /^\p{Lu}/u.test(tokens[end + 1].text) && /^\p{Ll}/u.test(tokens[end - 1].text)) {
    let k = end + 1;
    while (k < limit && k - end <= 4 && /^\p{Lu}/u.test(tokens[k].text)) k++;
    if (k >= limit || isBoundary(tokens[k])) return [from, k];
  }
  return [from, end];
}

/**
 * The leading noun phrase of a clause (up to its first auxiliary, verb-like word
 * or punctuation), for participle cues whose subject is the sentence's ("X …, hinting at").
 */
export function leadingSubject(tokens: readonly Token[], from: number, limit: number, cues: CueLexicon): [number, number] | null {
  let i = from;
  while (i < limit && CLAUSE_OPENERS.has(tokens[i].text.toLowerCase())) i++;
  const first = i;
  while (i < limit && i - first < 6 && !isBoundary(tokens[i])) {
    const word = tokens[i].text.toLowerCase();
    if (BETWEEN_SOURCE_AND_CUE.has(word) || cues.weight(word) > 0) break;
    i++;
  }
  return i > first ? [first, i] : null;
}

interface LinkedMention {
  start: number;
  end: number;
  entity: string;
  rank: number;
  /** The mention is a possessor ("Merkel's CDU", "Obama’s adviser"): it names whose, not who. */
  possessor: boolean;
}

/** Entity types by how likely they are to speak: people first, then organisations. */
function speakerRank(type: EntityType | undefined): number {
  return type === 'PERSON' ? 3 : type === 'ORG' ? 2 : type === 'NORP' || type === 'PLACE' ? 1 : 0;
}

/** How settled an attribution's source is (extension `sourceResolution`). */
export type SourceResolution = 'linked' | 'unnamed' | 'unresolved';
/** What kind of source speaks (extension `sourceKind`). */
export type SourceKind = 'person' | 'organisation' | 'group' | 'document' | 'unnamed';

export interface SourceLink {
  entity: string | null;
  resolution: SourceResolution;
  kind: SourceKind;
  /** The source phrase names nobody who could speak (an event, a clause): the attribution has no source. */
  namesNoOne?: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'him', 'her', 'them', 'who', 'which', 'i', 'we', 'you', 'one', 'this', 'that']);
/** Words after which a source phrase's head is over: "Bouillon of Merkel's CDU", "a spokesman for BT", "Smith, who …". */
const HEAD_STOP = /,|\(|\s+(?:who|which|whose|of|for|at|from|with|in|on|to|and|told|tells|says|said|—|–|--)(?=\s)/giu;
const DOCUMENT_WORDS = /\b(?:study|studies|report|reports|survey|surveys|poll|polls|research|analysis|data|figures|findings|paper|papers|document|documents|memo|records|review|audit|census|letter|filing|statistics|documents|tests?|results|estimates?|index|ruling|book|article|statement|email|e-mail|tweet|post|website|newspaper|magazine)\b/i;
const PLURAL_HEAD = /(?:[^s]s|people|men|women|staff|police|public|crowd|majority|minority)$/i;

/** Links source spans to entities; built once per article from its entities and the context's referents. */
export class SourceLinker {
  private readonly mentions: LinkedMention[] = [];
  private readonly typeOf: Map<string, EntityType>;
  private readonly referents: AnalysisContext['referents'];
  private readonly text: string;
  private readonly cues: CueLexicon;

  constructor(article: Article, context: AnalysisContext) {
    this.text = article.text;
    this.cues = context.models.get(ATTRIBUTION_CUES_MODEL);
    this.referents = context.referents;
    this.typeOf = new Map(article.entities.map((e) => [e.id, e.type]));
    for (const entity of article.entities) {
      for (const m of entity.mentions) {
        const after = article.text.slice(m.end, m.end + 2);
        const possessor = /^['’]s\b|^['’](?!\w)/.test(after) || /['’]s$/.test(m.text);
        this.mentions.push({ start: m.start, end: m.end, entity: entity.id, rank: speakerRank(entity.type), possessor });
      }
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** The mentions overlapping [start, end), in order (binary search, then a short scan). */
  private within(start: number, end: number): LinkedMention[] {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: LinkedMention[] = [];
    for (let i = Math.max(0, lo - 8); i < this.mentions.length && this.mentions[i].start < end; i++) if (this.mentions[i].end > start) out.push(this.mentions[i]);
    return out;
  }

  private static best(list: readonly LinkedMention[]): LinkedMention | null {
    let best: LinkedMention | null = null;
    for (const m of list) if (!best || m.rank >= best.rank) best = m;
    return best;
  }

  /** The entity a source span refers to (see `link`); null if none. */
  entityFor(start: number, end: number): string | null {
    return this.link(start, end).entity;
  }

  /**
   * Links a source span to the entity named by the head of the phrase: "Bouillon of Merkel's CDU" is
   * Bouillon, "Obama's adviser Ben Rhodes" and "Obama's adviser, Ben Rhodes" are Rhodes, "David Keyes,
   * spokesman for Prime Minister Netanyahu" is Keyes. A possessor names whose, not who: "Obama's spokesman"
   * is nobody the text names (an organisation's spokesman is the organisation's voice: "BT's spokesman"
   * links to BT, as does "a spokesman for BT"). A pronoun takes the person coreference resolved it to,
   * or stays unresolved.
   */
  link(start: number, end: number): SourceLink {
    const text = this.text.slice(start, end);
    const inSpan = this.within(start, end);
    // The head stretch: up to the first stop word or comma that is not inside a mention ("Bank of England").
    const cuts: number[] = [];
    HEAD_STOP.lastIndex = 0;
    for (let m = HEAD_STOP.exec(text); m; m = HEAD_STOP.exec(text)) {
      const at = start + m.index;
      if (!inSpan.some((x) => x.start <= at && at < x.end)) cuts.push(at);
      if (cuts.length >= 2) break;
    }
    const headEnd = cuts[0] ?? end;
    const headWords = this.text.slice(start, headEnd).trim();
    const firstWord = headWords.toLowerCase().replace(/^(?:and|but|so|then)\s+/, '');
    if (PRONOUNS.has(firstWord)) return this.pronoun(start, end, firstWord);
    const speakers = inSpan.filter((m) => m.rank > 0);
    // "2014 speech he": a pronoun closing the head, with no name before it, is the speaker.
    const lastWord = /(\S+)\s*$/.exec(headWords)?.[1].toLowerCase() ?? '';
    if (SOURCE_PRONOUNS.has(lastWord) && lastWord !== 'who' && !speakers.some((m) => m.start < headEnd && !m.possessor && m.rank >= 2)) {
      return this.pronoun(start + headWords.toLowerCase().lastIndexOf(lastWord), end, lastWord);
    }
    // A person's name that modifies a noun ("senior Obama Administration officials") is not the speaker.
    const modifier = (m: LinkedMention) => m.rank === 3 && /^\s*[\p{L}]/u.test(this.text.slice(m.end, Math.min(headEnd, m.end + 3)));
    const inHead = speakers.filter((m) => m.start < headEnd && !m.possessor && !modifier(m));
    let chosen = SourceLinker.best(inHead);
    // "Obama's deputy national security adviser, Ben Rhodes": a role first, the name in apposition.
    if (!chosen && cuts.length && /^[,(]/.test(this.text.slice(cuts[0], cuts[0] + 1))) {
      const next = cuts[1] ?? end;
      chosen = SourceLinker.best(speakers.filter((m) => m.start > cuts[0] && m.start < next && !m.possessor && m.rank === 3));
    }
    const documentHead = DOCUMENT_WORDS.test(headWords) && !(chosen && chosen.rank === 3 && chosen.start < start + headWords.search(DOCUMENT_WORDS));
    if (chosen) return { entity: chosen.entity, resolution: 'linked', kind: documentHead ? 'document' : this.kindOf(chosen.entity) };
    // A role of an organisation ("BT's spokesman", "a spokesman for BT") speaks for it; a role of a person does not.
    const org = SourceLinker.best(speakers.filter((m) => m.rank === 2 || (m.rank === 1 && m.possessor)));
    if (org && !speakers.some((m) => m.rank === 3 && m.start < org.start)) return { entity: org.entity, resolution: 'linked', kind: DOCUMENT_WORDS.test(headWords) ? 'document' : this.kindOf(org.entity) };
    // A head that cannot speak ("The pair's long-running row", "Wenger added") names nobody: the source is unresolved.
    if (!headCanSpeak(headWords, text, (w) => this.cues.weight(w) > 0)) return { entity: null, resolution: 'unresolved', kind: 'unnamed', namesNoOne: true };
    return { entity: null, resolution: 'unnamed', kind: describedKind(headWords) };
  }

  private pronoun(start: number, end: number, word: string): SourceLink {
    const at = this.text.slice(start, end).toLowerCase().search(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u'));
    const id = this.referents.get(start + Math.max(0, at));
    if (id && this.typeOf.get(id) === 'PERSON') return { entity: id, resolution: 'linked', kind: 'person' };
    // "X, who …, said": the name just before the relative pronoun.
    if (word === 'who') {
      const before = this.within(Math.max(0, start - 40), start).filter((m) => m.rank === 3 && /^[\s,]*$/.test(this.text.slice(m.end, start)));
      const m = before[before.length - 1];
      if (m) return { entity: m.entity, resolution: 'linked', kind: 'person' };
    }
    return { entity: null, resolution: 'unresolved', kind: 'unnamed' };
  }

  private kindOf(entity: string): SourceKind {
    const type = this.typeOf.get(entity);
    return type === 'PERSON' ? 'person' : type === 'NORP' ? 'group' : 'organisation';
  }
}

/** The kind of a source no entity names: a document ("a study", "the report"), a group ("officials"), or unnamed ("a source"). */
export function describedKind(head: string): SourceKind {
  if (DOCUMENT_WORDS.test(head)) return 'document';
  const last = head.toLowerCase().split(/\s+/).pop() ?? '';
  return PLURAL_HEAD.test(last) && !PRONOUNS.has(last) ? 'group' : 'unnamed';
}

const TIME_LEAD = /^(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night)\b(?![’'])[\s,]*/i;
const CLAUSE_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'do', 'does', 'did', 'be', 'been', 'being', 'am', 'here’s', "here's", 'there’s', "there's", 'that’s', "that's", 'it’s', "it's", 'what’s', "what's"]);
const DANGLING = new Set(['and', 'or', 'but', 'that', 'what', 'to', 'of', 'the', 'a', 'an', 'if', 'when', 'while', 'best', 'than', 'as', 'for', 'with', 'by', 'in', 'on', 'at']);
const OPENERS = /^(?:in|if|when|while|maybe|here’s|here's|there’s|there's|after|before|since|although|though|once|as|because)$/;
const SOURCE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which']);
/** Lower-case one-word sources that name a speaker; other single lower-case words ("openly", "went") do not. */
const BARE_SPEAKERS = new Set(['police', 'staff', 'management', 'all', 'both', 'many', 'some', 'others', 'one', 'most', 'few', 'several', 'each', 'either', 'neither']);
/** Words that may sit inside a leading name ("Mr. Obama and Hillary Clinton", "the Bank of England"). */
const NAME_JOINERS = new Set(['and', 'of', 'the', 'de', 'van', 'von', 'al', 'bin', '&']);

const SUBORDINATORS = new Set(['that', 'because', 'when', 'as', 'while', 'after', 'since', 'and', 'but', 'so', 'where', 'whom', 'by']);
/** Capitalised words that open a clause without naming anyone. */
const NOT_NAMES = /^(?:all|this|that|these|those|it|its|there|here|what|some|such|one|no|every|each)$|^(?:that|it|there|here|what)['’]s$/i;
/** Lone words that are verbs or adverbs, not speakers. */
const NOT_SPEAKER_WORD = /^(?:\p{Ll}+(?:ly|ed|ing)|went|came|got|made|took|gave|put|saw|says?|told|is|was|are|were|has|had|have)$/u;

/**
 * A source span the heuristics found, kept only as far as it reads as a speaker: a leading time ("On Tuesday",
 * "yesterday") and a leading subordinator ("If", "Though", "Here's") go, and so do dangling words at the end
 * ("… and", "… that"); a clause keeps its leading name or pronoun ("Trump took to Twitter to" is "Trump",
 * "If he has to talk, he" is "he") or the words before its verb ("administration officials have effectively");
 * a lone verb or adverb ("openly", "went", "is heard") and a dateline in capitals ("WASHINGTON —") go. Returns
 * the kept [start, end), or null: the text does not say who (the attribution's source is then unresolved).
 */
export function plausibleSource(text: string, start: number, end: number): [number, number] | null {
  const lead = TIME_LEAD.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const span = text.slice(start, end);
  let words: Array<{ w: string; lower: string; at: number }> = [];
  for (const m of span.matchAll(/[^\s,;]+/g)) words.push({ w: m[0], lower: m[0].toLowerCase(), at: start + (m.index ?? 0) });
  while (words.length && OPENERS.test(words[0].lower)) words = words.slice(1);
  while (words.length && DANGLING.has(words[words.length - 1].w)) words = words.slice(0, -1);
  if (words.length === 0) return null;
  const range = (a: number, b: number): [number, number] => [words[a].at, words[b].at + words[b].w.length];
  const first = words[0];
  const clauseAt = words.findIndex((x) => CLAUSE_WORDS.has(x.lower));
  if (clauseAt >= 0) {
    // "there are some economists who [said]", "… has been clarified to reflect that Fowler [said]": the subject
    // nearest the cue, after the last subordinator that follows the clause's verb.
    let lastClause = clauseAt;
    for (let j = words.length - 1; j > clauseAt; j--) if (CLAUSE_WORDS.has(words[j].lower)) { lastClause = j; break; }
    for (let j = words.length - 1; j > lastClause; j--) {
      if (words[j].lower === 'who' || words[j].lower === 'which') return j === words.length - 1 ? range(j, j) : range(j + 1, words.length - 1);
      if (SUBORDINATORS.has(words[j].lower)) return j < words.length - 1 ? range(j + 1, words.length - 1) : null;
    }
    if (SOURCE_PRONOUNS.has(first.lower)) return range(0, 0);
    if (/^\p{Lu}/u.test(first.w) && !NOT_NAMES.test(first.w) && clauseAt > 0) {
      let k = 1;
      while (k < words.length && (/^\p{Lu}/u.test(words[k].w) || (NAME_JOINERS.has(words[k].lower) && k + 1 < words.length && /^\p{Lu}/u.test(words[k + 1].w)))) k++;
      // "[in] England you are only punished for what you [say]": the pronoun after the name is the subject.
      if (k < words.length && /^(?:he|she|they|we|i|you|it)$/.test(words[k].lower)) return range(k, k);
      // "BT's rivals have accused": a possessive name takes the noun it owns.
      if (/['’]s$/.test(words[k - 1].w)) k = clauseAt;
      if (k > 1 || !/^(?:the|a|an)$/i.test(first.w)) return range(0, k - 1);
    }
    // A span that opens with its verb ("has turned Charlotte into …"): the heuristics found no subject before it.
    if (clauseAt === 0) {
      for (let j = words.length - 1; j > 0; j--) if (SOURCE_PRONOUNS.has(words[j].lower)) return range(j, j);
      if (words.some((x, j) => j > 0 && /^\p{Lu}/u.test(x.w))) return range(0, words.length - 1);
      // "… the minimum $20 million experts [say]": a plural noun right before the cue.
      const lastWord = words[words.length - 1];
      return words.length > 1 && /^\p{Ll}+[^s]s$/u.test(lastWord.w) ? range(words.length - 1, words.length - 1) : null;
    }
    let k = clauseAt;
    while (k > 0 && DANGLING.has(words[k - 1].lower)) k--;
    if (k > 0) return range(0, k - 1);
    for (let j = words.length - 1; j >= 0; j--) if (SOURCE_PRONOUNS.has(words[j].lower)) return range(j, j);
    return null;
  }
  if (words.length === 1) {
    if (NOT_SPEAKER_WORD.test(first.w)) return null;
    // A dateline: "WASHINGTON (AP) —".
    const after = text.slice(first.at + first.w.length, first.at + first.w.length + 30);
    if (/^\p{Lu}{4,}$/u.test(first.w) && /^\s*(?:\([^)]{0,20}\))?\s*(?:--|—|–|-)/.test(after)) return null;
  }
  return range(0, words.length - 1);
}
