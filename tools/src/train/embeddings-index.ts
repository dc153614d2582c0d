/**
 * `npm run train -- embeddings-index`: rewrites the shipped word-vector table (the model package's
 * `embeddings`) from its own files with the word look-up table core reads instead of hashing every word
 * at load (`embeddingIndex`: slotKeys, slotRows). Words, scales and vectors are written back unchanged;
 * no data or GloVe needed. Deterministic: the same table gives the same bytes. (`train -- checkworthiness`
 * and `train -- subjectivity` write the look-up table too when they write the table.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShippedEmbeddings } from '../../../packages/core/src/models/embeddings/table.js';
import type { ToolArgs } from '../lib/cli.js';
import { writeShippedTable } from '../lib/embeddings-glove.js';
import { MODEL_FOLDER } from '../lib/model-files.js';

export const summary = 'rewrite the shipped word-vector table with its word look-up table (no data needed; values unchanged)';

export async function run(_args: ToolArgs): Promise<void> {
  const entry = JSON.parse(readFileSync(join(MODEL_FOLDER, 'embeddings.json'), 'utf8')) as Omit<ShippedEmbeddings, 'vectors'> & { vectors: { $file: string } };
  const vectors = new Uint8Array(readFileSync(join(MODEL_FOLDER, entry.vectors.$file)));
  const table: ShippedEmbeddings = { id: entry.id, source: entry.source, dimensions: entry.dimensions, words: entry.words, scales: entry.scales, vectors };
  const files = writeShippedTable(table);
  console.log(`summary: wrote ${files.join(', ')}`);
}
