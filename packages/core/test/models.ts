/** The shipped models for tests: loaded once per test file (synchronously, from @marginalia/model-en). */
import type { Article, ArticleMeta, Pipeline } from '../src/index.js';
import { createContext } from '../src/context.js';
import type { ModelStore } from '../src/models/store.js';
import { defaultAnalyzer } from '../src/node.js';

/** Every shipped model, loaded. */
export function loadedModels(): ModelStore {
  const analyzer = defaultAnalyzer();
  analyzer.loadSync();
  return analyzer.models;
}

/** A context over the shipped models, for tests that run stages by hand. */
export function modelContext() {
  return createContext(loadedModels());
}

/** Runs a pipeline over the shipped models. */
export function runPipeline(pipeline: Pipeline, text: string, meta: Partial<ArticleMeta> = {}): Article {
  return pipeline.run(text, meta, modelContext());
}
