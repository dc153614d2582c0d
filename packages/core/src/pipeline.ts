import { createContext, type AnalysisContext, type Stage } from './context.js';
import { SCHEMA_ID, type Article, type ArticleMeta } from './model/types.js';
import { ModelStore, throwIfAborted, type AbortSignalLike, type ModelData, type ModelSource, type ModelSpec } from './models/store.js';
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
  /** Stops the analysis between stages (and model loads); it then rejects with an `AbortError`. */
  signal?: AbortSignalLike;
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

  /** The models the stages declare, each once, in stage order. */
  get models(): ModelSpec<unknown>[] {
    const byName = new Map<string, ModelSpec<unknown>>();
    for (const stage of this.stages) for (const spec of stage.models ?? []) if (!byName.has(spec.name)) byName.set(spec.name, spec);
    return [...byName.values()];
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
   * one that a run has used throws (its tokens and mentions are another article's). Stages that
   * need models read them from `context.models` (an analyzer's, loaded: see `createAnalyzer`).
   */
  run(text: string, meta: Partial<ArticleMeta> = {}, context: AnalysisContext = createContext()): Article {
    const article = this.start(text, meta, context);
    for (const stage of this.stages) runStage(stage, article, context);
    return finishArticle(article);
  }

  /** Checks the input and the context, and makes the empty article a run fills in. */
  start(text: string, meta: Partial<ArticleMeta>, context: AnalysisContext): Article {
    if (typeof text !== 'string') throw new TypeError(`analyze: expected the article text as a string, got ${typeof text}.`);
    if (usedContexts.has(context)) {
      throw new Error('Pipeline.run: this context was used by an earlier run; a context belongs to one run, so pass createContext() (or nothing) for each article.');
    }
    usedContexts.add(context);
    const article = emptyArticle(text, meta);
    const info = context.models.info;
    if (info && this.models.length > 0) article.meta.model = { name: info.name, version: info.version };
    return article;
  }
}

function runStage(stage: Stage, article: Article, context: AnalysisContext): void {
  stage.run(article, context);
  article.pipeline!.push(stage.id);
}

/**
 * What the schema requires of every paragraph and sentence, for a pipeline without the stage that
 * owns it: a paragraph is `body` without `paragraph-kinds`, a sentence scores 0 without `sentence-scores`.
 * With those stages it changes nothing.
 */
function finishArticle(article: Article): Article {
  for (const p of article.paragraphs) p.kind ??= 'body';
  for (const s of article.sentences) {
    s.checkworthiness ??= 0;
    s.subjectivity ??= 0;
  }
  return article;
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

export interface AnalyzerOptions {
  /** Where the models come from: a `ModelSource` (in Node, `fileModelSource` or `createNodeAnalyzer` of `@marginalia/core/node`). */
  models?: ModelSource;
  /**
   * Models given as data instead of the source's, by name (the entry JSON with bytes for each
   * `$file`): training passes the weights it is tuning this way.
   */
  inject?: Readonly<Record<string, ModelData>>;
  /** The stages to run (default: `defaultStages()`), or a pipeline. */
  stages?: readonly Stage[] | Pipeline;
}

/** An analysis bound to its models: loads what its stages need, once. */
export interface Analyzer {
  readonly pipeline: Pipeline;
  /** The analyzer's models (loaded on demand; `models.info` is the model package once its manifest is read). */
  readonly models: ModelStore;
  /** Loads every model the stages need (optional: `analyze` loads them as it reaches each stage). */
  load(options?: { signal?: AbortSignalLike }): Promise<void>;
  /**
   * Loads every model the stages need synchronously, where the source can read synchronously (the file
   * system); returns this analyzer, so `createNodeAnalyzer().loadSync().analyzeSync(text)` reads as one step.
   */
  loadSync(): Analyzer;
  /** Analyses an article: loads the models a stage needs before it runs, yields between stages, honours `signal`. */
  analyze(text: string, options?: AnalyzeOptions): Promise<Article>;
  /** Analyses an article synchronously; the models must be loaded (`load`, `loadSync`, or an earlier `analyze`). */
  analyzeSync(text: string, options?: Omit<AnalyzeOptions, 'signal'>): Article;
  /** An analyzer running other stages over these same models: what either has loaded, the other need not load again. */
  withStages(stages: readonly Stage[] | Pipeline): Analyzer;
}

/** Lets the event loop run (timers, I/O, an abort) between stages. */
function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (f: () => void) => void; setTimeout?: (f: () => void, ms: number) => void };
  return new Promise((resolve) => (g.setImmediate ? g.setImmediate(resolve) : g.setTimeout ? g.setTimeout(resolve, 0) : resolve()));
}

/**
 * An analyzer over `models` running `stages`. No model is loaded until a stage that needs it is
 * about to run, and each is loaded once per analyzer: a pipeline without techniques never loads the tagger.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  return analyzerOver(pipelineOf(options.stages ?? defaultStages()), new ModelStore(options.models, options.inject));
}

function pipelineOf(stages: readonly Stage[] | Pipeline): Pipeline {
  return stages instanceof Pipeline ? stages : new Pipeline(stages);
}

function analyzerOver(pipeline: Pipeline, models: ModelStore): Analyzer {
  const needed = pipeline.models;
  const loadAll = async (signal?: AbortSignalLike): Promise<void> => {
    await models.loadManifest(signal);
    await models.load(needed, signal);
  };
  const analyzer: Analyzer = {
    pipeline,
    models,
    load: (o = {}) => loadAll(o.signal),
    loadSync() {
      models.loadSync(needed);
      return analyzer;
    },
    async analyze(text, o = {}) {
      const { signal } = o;
      throwIfAborted(signal);
      if (needed.length > 0) await models.loadManifest(signal);
      const context = createContext(models);
      const article = pipeline.start(text, o.meta ?? {}, context);
      for (const stage of pipeline.stages) {
        if (stage.models?.length) await models.load(stage.models, signal);
        throwIfAborted(signal);
        runStage(stage, article, context);
        await yieldToEventLoop();
      }
      throwIfAborted(signal);
      return finishArticle(article);
    },
    analyzeSync(text, o = {}) {
      for (const spec of needed) models.get(spec);
      return pipeline.run(text, o.meta ?? {}, createContext(models));
    },
    withStages: (stages) => analyzerOver(pipelineOf(stages), models),
  };
  return analyzer;
}
