import type { Article } from './model/types.js';
import { ModelStore, type ModelSpec } from './models/store.js';

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
  /**
   * Paragraphs `segment` split off a line as chrome (a caption glued to a story's sentence): paragraph
   * id → the rule that found it. `paragraph-kinds` marks them; segment leaves the kinds to it.
   */
  chromeSplits: Map<string, string>;
  /** Raw NER mentions, in text order (written by the `entities` stage). */
  nerMentions: NerMention[];
  /**
   * Resolved references: for a mention offset (start), the entity id it refers to.
   * Written by the `coreference` stage; pronouns resolved to a person are in here too.
   */
  referents: Map<number, string>;
  /** Free room for a stage to leave data for a later one, keyed by stage id. */
  scratch: Map<string, unknown>;
  /** The analyzer's models: a stage reads the ones it declares (`Stage.models`) with `models.get(spec)`. */
  models: ModelStore;
}

/**
 * A fresh context, for one run of a pipeline over one article (`Pipeline.run` refuses a used one),
 * over an analyzer's models (none by default: stages that need a model then say how to give one).
 */
export function createContext(models: ModelStore = new ModelStore()): AnalysisContext {
  return { tokens: [], sentenceTokens: [], chromeSplits: new Map(), nerMentions: [], referents: new Map(), scratch: new Map(), models };
}

/**
 * What a stage reads or writes, by name: the article's layers and the context's working data.
 * - `paragraphs`, `sentences`, `tokens`: `segment` (`tokens`, `sentenceTokens` and `chromeSplits` in the context);
 * - `paragraph-kinds`: each paragraph's `kind` and `kindRule` (`paragraph-kinds`);
 * - `mentions`: `context.nerMentions` (`entities`); `entities`, `referents`: `article.entities`,
 *   `context.referents` (`coreference`); `roles`: `entity.roles`, `article.cooccurrence` (`roles`);
 * - `attributions`, `hedges`, `claims`, `techniques`, `tone`: the layers of those names;
 * - `sentence-scores`: each sentence's `checkworthiness` and `subjectivity` (`sentence-scores`).
 * A custom stage may name layers of its own.
 */
export type Layer =
  | 'paragraphs'
  | 'sentences'
  | 'tokens'
  | 'paragraph-kinds'
  | 'mentions'
  | 'entities'
  | 'referents'
  | 'roles'
  | 'attributions'
  | 'hedges'
  | 'sentence-scores'
  | 'claims'
  | 'techniques'
  | 'tone'
  | (string & {});

/**
 * A named step of the pipeline. It adds annotations to the article; it never rewrites another stage's.
 *
 * Its contract: `requires` names the layers it cannot work without, `uses` those it reads when an
 * earlier stage provides them (it works without them: an attribution without entities has no linked
 * source), `provides` those it writes. `Pipeline` checks, when it is built, that every required layer
 * is provided by an earlier stage and that no used layer is provided only by a later one. A layer has
 * one owner: only the stage that provides it writes it, and no stage writes a placeholder for another:
 * `segment` makes paragraphs and sentences, `paragraph-kinds` adds each paragraph's `kind` and
 * `sentence-scores` each sentence's scores. A stage that reads such a field requires or uses the owner's
 * layer. A pipeline without the owner fills in the schema's required fields when it ends (`body`, 0).
 * A stage without a contract is not checked.
 */
export interface Stage {
  /** Short, stable id (`segment`, `entities`, ...), shown in `article.pipeline`. */
  id: string;
  /** One line: what the stage adds. */
  description: string;
  /** Layers an earlier stage must provide. */
  requires?: readonly Layer[];
  /** Layers read when present; if a stage provides one, it must come earlier. */
  uses?: readonly Layer[];
  /** Layers this stage writes (and owns). */
  provides?: readonly Layer[];
  /** Models of the model package it reads (`context.models.get(spec)`); an analyzer loads them before the stage runs. */
  models?: readonly ModelSpec<unknown>[];
  run(article: Article, context: AnalysisContext): void;
}
