import { embeddingsData } from './data.js';
import { EmbeddingTable } from './table.js';

let table: EmbeddingTable | undefined;

/** The shipped word-vector table, decoded on first use. */
export function embeddingTable(): EmbeddingTable {
  table ??= new EmbeddingTable(embeddingsData);
  return table;
}
