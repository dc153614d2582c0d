/**
 * `npm run train -- word-slots`: rewrites the shipped models that look words up by hash (the model
 * package's `embeddings` and `techniques-tagger`) from their own files with the word look-up table core
 * reads instead of hashing every word at load (models/word-slots.ts: slotKeys, slotRows). Every other
 * value is written back unchanged; no data or GloVe needed. Deterministic: the same model gives the same
 * bytes. (The training commands that write these models write the look-up table too.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShippedEmbeddings } from '../../../packages/core/src/models/embeddings/table.js';
import type { TaggerFile } from '../../../packages/core/src/stages/techniques/tagger.js';
import type { ToolArgs } from '../lib/cli.js';
import { writeShippedTable } from '../lib/embeddings-glove.js';
import { MODEL_FOLDER } from '../lib/model-files.js';
import { writeTagger } from '../lib/ptc-tagger-train.js';

export const summary = 'rewrite the shipped word-vector table and technique tagger with their word look-up tables (no data needed; values unchanged)';

/** A model's entry JSON with its vectors file read back (the look-up table, if any, left out: it is rebuilt). */
function shippedEntry<T>(name: string): T {
  const entry = JSON.parse(readFileSync(join(MODEL_FOLDER, `${name}.json`), 'utf8')) as Record<string, unknown> & { vectors: { $file: string } };
  delete entry.slotKeys;
  delete entry.slotRows;
  return { ...entry, vectors: new Uint8Array(readFileSync(join(MODEL_FOLDER, entry.vectors.$file))) } as T;
}

export async function run(_args: ToolArgs): Promise<void> {
  const files = [...writeShippedTable(shippedEntry<ShippedEmbeddings>('embeddings')), ...writeTagger(shippedEntry<TaggerFile>('techniques-tagger'))];
  console.log(`summary: wrote ${files.join(', ')}`);
}
