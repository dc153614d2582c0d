import { createContext, type AnalysisContext, type Stage } from './context.js';
import { SCHEMA_ID, type Article, type ArticleMeta } from './model/types.js';
import { attributionStage } from './stages/attribution/index.js';
import { claimsStage } from './stages/claims/index.js';
import { coreferenceStage } from './stages/coreference/index.js';
import { entitiesStage } from './stages/entities/index.js';
import { hedgesStage } from './stages/hedges/index.js';
import { paragraphKindsStage } from './stages/paragraph-kinds/index.js';
import { rolesStage } from './stages/roles/index.js';
import { segmentStage } from './stages/segment.js';
import { sentenceScoresStage } from './stages/sentence-scores/index.js';
import { techniquesStage } from './stages/techniques/index.js';
import { toneStage } from './stages/tone/index.js';

export interface AnalyzeOptions {
  /** Metadata to carry into `article.meta` (a title, a URL, ...). */
  meta?: Partial<ArticleMeta>;
  /** The pipeline to run; the default pipeline when absent. */
  pipeline?: Pipeline;
}

/**
 * An ordered, immutable list of stages. Each method returns a new pipeline, so a
 * caller can add, remove, replace or reorder stages without touching the default.
 */
export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    const seen = new Set<string>();
    for (const stage of stages) {
      if (seen.has(stage.id)) throw new Error(`Pipeline: stage id "${stage.id}" appears twice; stage ids must be unique.`);
      seen.add(stage.id);
    }
    checkContracts(stages);
    this.stages = [...stages];
  }

  get ids(): string[] {
    return this.stages.map((s) => s.id);
  }

  private indexOf(id: string): number {
    const i = this.stages.findIndex((s) => s.id === id);
    if (i < 0) throw new Error(`Pipeline: no stage "${id}"; the stages are ${this.ids.join(', ')}.`);
    return i;
  }

  without(id: string): Pipeline {
    this.indexOf(id);
    return new Pipeline(this.stages.filter((s) => s.id !== id));
  }

  append(stage: Stage): Pipeline {
    return new Pipeline([...this.stages, stage]);
  }

  insertBefore(id: string, stage: Stage): Pipeline {
    const i = this.indexOf(id);
    return new Pipeline([...this.stages.slice(0, i), stage, ...this.stages.slice(i)]);
  }

  insertAfter(id: string, stage: Stage): Pipeline {
    const i = this.indexOf(id);
    return new Pipeline([...this.stages.slice(0, i + 1), stage, ...this.stages.slice(i + 1)]);
  }

  replace(id: string, stage: Stage): Pipeline {
    const i = this.indexOf(id);
    return new Pipeline([...this.stages.slice(0, i), stage, ...this.stages.slice(i + 1)]);
  }

  /** The same stages in the order of `ids`, which must name every stage exactly once. */
  reorder(ids: readonly string[]): Pipeline {
    if (ids.length !== this.stages.length || new Set(ids).size !== ids.length) {
      throw new Error(`Pipeline.reorder: expected each of ${this.ids.join(', ')} once, got ${ids.join(', ')}.`);
    }
    return new Pipeline(ids.map((id) => this.stages[this.indexOf(id)]));
  }

  /**
   * Runs every stage in order over `text`, synchronously. A context belongs to one run: passing
   * one that a run has used throws (its tokens and mentions are another article's).
   */
  run(text: string, meta: Partial<ArticleMeta> = {}, context: AnalysisContext = createContext()): Article {
    if (typeof text !== 'string') throw new TypeError(`analyze: expected the article text as a string, got ${typeof text}.`);
    if (usedContexts.has(context)) {
      throw new Error('Pipeline.run: this context was used by an earlier run; a context belongs to one run, so pass createContext() (or nothing) for each article.');
    }
    usedContexts.add(context);
    const article = emptyArticle(text, meta);
    for (const stage of this.stages) {
      stage.run(article, context);
      article.pipeline!.push(stage.id);
    }
    return article;
  }
}

/** Contexts a run has used (weakly held: a context is garbage once its run is over). */
const usedContexts = new WeakSet<AnalysisContext>();

/** `sentence-scores` -> `sentenceScoresStage()`: the factory that makes a default stage. */
function factoryName(id: string): string {
  return `${id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Stage()`;
}

/** The default stage that provides `layer`, for the error message. */
function defaultProvider(layer: string): Stage | undefined {
  return defaultStages().find((s) => s.provides?.includes(layer));
}

/**
 * Checks stage contracts in order: each required layer is provided by an earlier stage, and no used
 * layer is provided only by a later one. Throws naming the stage to add or move.
 */
function checkContracts(stages: readonly Stage[]): void {
  const provided = new Set<string>();
  stages.forEach((stage, i) => {
    const later = (layer: string) => stages.slice(i + 1).find((s) => s.provides?.includes(layer));
    for (const layer of stage.requires ?? []) {
      if (provided.has(layer)) continue;
      const after = later(layer);
      if (after) throw new Error(`Pipeline: stage ${stage.id} requires ${layer}, which stage ${after.id} provides only after it; move ${after.id} before ${stage.id}.`);
      const provider = defaultProvider(layer);
      const fix = provider ? `add ${factoryName(provider.id)} before ${stage.id}` : `add a stage that provides ${layer} before ${stage.id}`;
      throw new Error(`Pipeline: stage ${stage.id} requires ${layer}, which no earlier stage provides; ${fix}.`);
    }
    for (const layer of stage.uses ?? []) {
      if (provided.has(layer)) continue;
      const after = later(layer);
      if (after) throw new Error(`Pipeline: stage ${stage.id} reads ${layer}, which stage ${after.id} provides only after it; move ${after.id} before ${stage.id}.`);
    }
    for (const layer of stage.provides ?? []) {
      const owner = stages.slice(0, i).find((s) => s.provides?.includes(layer));
      if (owner) throw new Error(`Pipeline: stages ${owner.id} and ${stage.id} both provide ${layer}; a layer has one owner, so replace ${owner.id} rather than add ${stage.id}.`);
      provided.add(layer);
    }
  });
}

export function emptyArticle(text: string, meta: Partial<ArticleMeta> = {}): Article {
  return {
    schema: SCHEMA_ID,
    text,
    meta: { ...meta, title: meta.title ?? null },
    paragraphs: [],
    sentences: [],
    entities: [],
    attributions: [],
    claims: [],
    hedges: [],
    techniques: [],
    pipeline: [],
  };
}

/**
 * The default stages, in order. Order matters:
 * - paragraph kinds come right after segmentation, so boilerplate is known to every later stage;
 * - entities (raw mentions) before coreference (which clusters them into entities) before
 *   roles (which reads titles around the clustered mentions);
 * - attribution after coreference, so a source links to its entity and pronouns resolve;
 * - hedges and sentence scores before claims, which read both;
 * - techniques before tone, which counts them.
 */
export function defaultStages(): Stage[] {
  return [
    segmentStage(),
    paragraphKindsStage(),
    entitiesStage(),
    coreferenceStage(),
    rolesStage(),
    attributionStage(),
    hedgesStage(),
    sentenceScoresStage(),
    claimsStage(),
    techniquesStage(),
    toneStage(),
  ];
}

let defaultPipelineInstance: Pipeline | undefined;

/** The default pipeline (built once; pipelines are immutable). */
export function defaultPipeline(): Pipeline {
  defaultPipelineInstance ??= new Pipeline(defaultStages());
  return defaultPipelineInstance;
}

export function createPipeline(stages: readonly Stage[] = defaultStages()): Pipeline {
  return new Pipeline(stages);
}

/** Analyses an article synchronously (for workers and benchmarks). */
export function analyzeSync(text: string, options: AnalyzeOptions = {}): Article {
  return (options.pipeline ?? defaultPipeline()).run(text, options.meta);
}

/** Analyses an article's text and resolves to the plain-data `Article` (contract `marginalia/analysis@2`). */
export async function analyze(text: string, options: AnalyzeOptions = {}): Promise<Article> {
  return analyzeSync(text, options);
}
