import type { ModelData, ModelSpec } from '../store.js';
import { EmbeddingTable, type ShippedEmbeddings } from './table.js';

/** The word-vector table (GloVe, 100 dimensions, int8), shared by the sentence models. */
export const EMBEDDINGS_MODEL: ModelSpec<EmbeddingTable> = {
  name: 'embeddings',
  decode: (data: ModelData) => new EmbeddingTable(data as unknown as ShippedEmbeddings),
};
