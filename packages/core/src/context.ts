import type { Article } from './model/types.js';

/** A token: a word, number or punctuation mark, with its offsets in the article. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** A candidate entity mention from the NER stage, before aliases are merged. */
export interface NerMention {
  start: number;
  end: number;
  text: string;
  type: import('./model/types.js').EntityType;
  /** Index of the sentence it sits in. */
  sentence: number;
  /** Token index range [first, last + 1) in `context.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  rule: string;
}

/**
 * What stages share while one article is analysed, beside the article itself.
 * It is not part of the output: it holds working data (tokens, raw NER
 * mentions, token-to-entity links) that later stages read.
 */
export interface AnalysisContext {
  /** Every token of the article, in order. */
  tokens: Token[];
  /** For each sentence (same index as `article.sentences`): its token range [start, end). */
  sentenceTokens: Array<[number, number]>;
  /** Raw NER mentions, in text order (written by the `entities` stage). */
  nerMentions: NerMention[];
  /**
   * Resolved references: for a mention offset (start), the entity id it refers to.
   * Written by the `coreference` stage; pronouns resolved to a person are in here too.
   */
  referents: Map<number, string>;
  /** Free room for a stage to leave data for a later one, keyed by stage id. */
  scratch: Map<string, unknown>;
}

export function createContext(): AnalysisContext {
  return { tokens: [], sentenceTokens: [], nerMentions: [], referents: new Map(), scratch: new Map() };
}

/** A named step of the pipeline. It adds annotations to the article; it never rewrites another stage's. */
export interface Stage {
  /** Short, stable id (`segment`, `entities`, ...), shown in `article.pipeline`. */
  id: string;
  /** One line: what the stage adds. */
  description: string;
  run(article: Article, context: AnalysisContext): void;
}
