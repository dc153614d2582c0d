/**
 * The article model: plain, JSON-safe data (contract `marginalia/analysis@2`).
 *
 * Offsets are unist-style: 0-based UTF-16 code units, start inclusive, end
 * exclusive, and `article.text.slice(span.start, span.end) === span.text` holds
 * for every span of every layer. The field names and value sets of the contract
 * are fixed; fields marked "extension" are additions the contract allows.
 */

/** The contract's id; @2 added `confidence` to mentions, attributions, claims, hedges and techniques (docs/contract.md). */
export const SCHEMA_ID = 'marginalia/analysis@2' as const;

/** A stretch of the article's text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type ParagraphKind = 'body' | 'boilerplate' | 'heading' | 'byline';
export const PARAGRAPH_KINDS: readonly ParagraphKind[] = ['body', 'boilerplate', 'heading', 'byline'];

export interface Paragraph extends Span {
  id: string;
  kind: ParagraphKind;
  /** Extension: the rule that decided `kind` (e.g. `boilerplate/donation`). */
  kindRule?: string;
}

export interface Sentence extends Span {
  id: string;
  /** Id of the paragraph that holds this sentence. */
  paragraph: string;
  /** 0..1: how much this sentence is worth checking. */
  checkworthiness: number;
  /** 0..1: how subjective (opinion, evaluation) rather than objective it is. */
  subjectivity: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'NORP' | 'DATE' | 'EVENT' | 'OTHER';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'NORP', 'DATE', 'EVENT', 'OTHER'];

export interface Mention extends Span {
  /** Extension: how the mention was found (`ner/perceptron@1`, `coref/pronoun`, ...). */
  rule?: string;
  /** 0..1: how likely this mention is right (name and type), calibrated on development data. */
  confidence?: number;
}

export interface Entity {
  id: string;
  /** Canonical (longest, most complete) name. */
  name: string;
  type: EntityType;
  /** Roles and titles from the text ("Kremlin spokesman"). */
  roles: string[];
  mentions: Mention[];
  /** Extension: other surface forms seen for this entity ("Putin"). */
  aliases?: string[];
  /** Extension: 0..1, how central the entity is to the article. */
  salience?: number;
  /** Extension: offset of the first mention. */
  firstMention?: number;
}

export interface AttributionSource extends Span {
  /** Id of the entity the source refers to, or null (unnamed or unresolved). */
  entity: string | null;
}

export interface Attribution {
  id: string;
  /** True for direct (quoted) speech. */
  direct: boolean;
  source: AttributionSource | null;
  cue: Span | null;
  content: Span;
  /**
   * Extension: the content's pieces when the tag interrupts it (`“One,” she said, “two.”`);
   * `content` then spans from the first piece's start to the last one's end, tag included.
   */
  contentParts?: Span[];
  /** Extension: the rule that found it. */
  rule?: string;
  /** 0..1: how likely this attribution (content and speaker) is right, calibrated on development data. */
  confidence?: number;
  /**
   * Extension: how settled the source is. `linked`: `source.entity` names it; `unnamed`: the source's words
   * describe it and no entity does ("officials", "a study"); `unresolved`: the text does not settle who spoke
   * (a pronoun with no compatible antecedent, a quote continued after another speaker) — `source.entity` is
   * null, and `source` itself is null when there are no source words.
   */
  sourceResolution?: 'linked' | 'unnamed' | 'unresolved';
  /** Extension: what kind of source speaks. */
  sourceKind?: 'person' | 'organisation' | 'group' | 'document' | 'unnamed';
}

export type ClaimKind = 'factual' | 'statistical' | 'quote' | 'prediction' | 'opinion';
export const CLAIM_KINDS: readonly ClaimKind[] = ['factual', 'statistical', 'quote', 'prediction', 'opinion'];

export interface Hedge extends Span {
  /** Extension: the lexicon entry or rule that matched. */
  rule?: string;
  /** 0..1: how likely this is a hedge in context. */
  confidence?: number;
}

export interface Claim extends Span {
  id: string;
  /** Id of the sentence that holds the claim. */
  sentence: string;
  kind: ClaimKind;
  /** An entity id, `author`, or `unnamed`. */
  source: string;
  hedges: Hedge[];
  checkworthiness: number;
  /** Extension: entity ids the claim involves. */
  entities?: string[];
  /** Extension: the attribution the claim rests on, if any. */
  attribution?: string | null;
  /** Extension: why it is a claim and why this kind. */
  rule?: string;
  /** 0..1: how likely this is a claim of this kind worth listing. */
  confidence?: number;
}

export interface Technique extends Span {
  id: string;
  /** A SemEval-2023 Task 3 label (or Rhetorical_Question). */
  technique: string;
  /** Why the mark was made: rule id, lexicon entry or model features. */
  rule: string;
  /** 0..1: how likely the mark is right, calibrated on development data. */
  confidence?: number;
}

export interface ArticleMeta {
  title: string | null;
  /** Extension: the model package whose models made the analysis (`@marginalia/model-en` and its version). */
  model?: { name: string; version: string };
  [key: string]: unknown;
}

/** An analysed article: the object `analyze()` resolves to, and the CLI's JSON. */
export interface Article {
  schema: typeof SCHEMA_ID;
  text: string;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  attributions: Attribution[];
  claims: Claim[];
  hedges: Hedge[];
  techniques: Technique[];
  /** Extension: the ids of the stages that ran, in order. */
  pipeline?: string[];
  /** Extension: pairs of entities that share sentences. */
  cooccurrence?: Cooccurrence[];
  /** Extension: how many claims rest on named, unnamed or no sources. */
  sourcing?: SourcingProfile;
  /** Extension: article- and paragraph-level tone figures. */
  tone?: ToneReport;
}

export interface Cooccurrence {
  /** Entity ids, `a < b` in entity order. */
  a: string;
  b: string;
  /** How many sentences mention both. */
  sentences: number;
}

export interface SourcingProfile {
  claims: number;
  named: number;
  unnamed: number;
  author: number;
  /** Entity id -> number of claims resting on it. */
  bySource: Record<string, number>;
}

export interface ToneFigures {
  /** Share (0..1) of sentences carrying at least one technique. */
  techniqueShare: number;
  meanSubjectivity: number;
  /** Flesch–Kincaid grade level. */
  readabilityGrade: number;
  /** 0..1; see the README for the formula. */
  sensationalism: number;
}

export interface ToneReport {
  article: ToneFigures;
  paragraphs: Array<ToneFigures & { paragraph: string }>;
}
