/** The analysis and models the tools compare and score: core's default pipeline over @marginalia/model-en. */
import type { Analyzer, Article } from '../../../packages/core/src/index.js';
import type { ModelSpec, ModelStore } from '../../../packages/core/src/models/store.js';
import { NER_MODEL } from '../../../packages/core/src/models/ner/model.js';
import type { WeightTable } from '../../../packages/core/src/models/ner/decode.js';
import { createNodeAnalyzer } from '../../../packages/core/src/node.js';

let analyzer: Analyzer | undefined;

/** The tools' analyzer over the shipped models (one per process, so each model is read once). */
export function shippedAnalyzer(): Analyzer {
  return (analyzer ??= createNodeAnalyzer());
}

export async function analyzeWithShippedModels(text: string): Promise<Article> {
  return shippedAnalyzer().analyze(text);
}

/** The default analysis over the shipped models, synchronously (they are read on first use). */
export function analyzeSync(text: string, options?: Parameters<Analyzer['analyzeSync']>[1]): Article {
  return shippedAnalyzer().loadSync().analyzeSync(text, options);
}

/** A shipped model, decoded (once per process: the tools' analyzer's). */
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
  return shippedAnalyzer().loadSync().models;
}
