/** The shipped models for tests: one analyzer per test file, loaded on first use (from @marginalia/model-en). */
import type { Analyzer, AnalyzeOptions, Article, ArticleMeta, Pipeline } from '../src/index.js';
import { createContext } from '../src/context.js';
import type { ModelStore } from '../src/models/store.js';
import { createNodeAnalyzer } from '../src/node.js';

let analyzer: Analyzer | undefined;

/** The tests' analyzer over the shipped models, with the default pipeline. */
export function shippedAnalyzer(): Analyzer {
  return (analyzer ??= createNodeAnalyzer());
}

/** Analyses with the default pipeline over the shipped models. */
export function analyze(text: string, options?: AnalyzeOptions): Promise<Article> {
  return shippedAnalyzer().analyze(text, options);
}

/** The same synchronously, loading the models first if need be. */
export function analyzeSync(text: string, options?: Omit<AnalyzeOptions, 'signal'>): Article {
  return shippedAnalyzer().loadSync().analyzeSync(text, options);
}

/** Every shipped model, loaded. */
export function loadedModels(): ModelStore {
  return shippedAnalyzer().loadSync().models;
}

/** A context over the shipped models, for tests that run stages by hand. */
export function modelContext() {
  return createContext(loadedModels());
}

/** Runs a pipeline over the shipped models. */
export function runPipeline(pipeline: Pipeline, text: string, meta: Partial<ArticleMeta> = {}): Article {
  return pipeline.run(text, meta, modelContext());
}
