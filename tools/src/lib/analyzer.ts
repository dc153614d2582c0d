/** The analysis and models the tools compare and score: core's default pipeline over @marginalia/model-en. */
import type { Article } from '../../../packages/core/src/index.js';
import type { ModelSpec, ModelStore } from '../../../packages/core/src/models/store.js';
import { NER_MODEL } from '../../../packages/core/src/models/ner/model.js';
import type { WeightTable } from '../../../packages/core/src/models/ner/decode.js';
import { analyze, defaultAnalyzer } from '../../../packages/core/src/node.js';

export async function analyzeWithShippedModels(text: string): Promise<Article> {
  return analyze(text);
}

/** A shipped model, decoded (once per process: the default analyzer's). */
export function shippedModel<T>(spec: ModelSpec<T>): T {
  return shippedModelStore().get(spec);
}

/** The shipped NER weights as `findMentions` takes them. */
export function shippedNer(): { table: WeightTable; scale: number } {
  const ner = shippedModel(NER_MODEL);
  return { table: ner.table, scale: ner.scale };
}

/** Every shipped model, loaded: a store for `createContext` when a tool runs stages itself. */
export function shippedModelStore(): ModelStore {
  const analyzer = defaultAnalyzer();
  analyzer.loadSync();
  return analyzer.models;
}
