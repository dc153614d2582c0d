import { decodeSentence, type WeightTable } from './decode.js';
import { decodeWeights } from './codec.js';
import type { DocumentCase } from './features.js';
import type { WordInfo } from './word-info.js';
import { NER_WEIGHTS } from './weights.js';

let table: WeightTable | undefined;

/** The shipped perceptron weights, unpacked on first use (a few tens of milliseconds). */
export function nerModel(): WeightTable {
  table ??= { weights: decodeWeights(NER_WEIGHTS.packed, NER_WEIGHTS.bits), mask: (1 << NER_WEIGHTS.bits) - 1 };
  return table;
}

/** What trained the shipped model (shown in reports). */
export const NER_MODEL_INFO = { id: 'ner/perceptron@1', trainedOn: NER_WEIGHTS.trainedOn, bits: NER_WEIGHTS.bits, scale: NER_WEIGHTS.scale };

/** Tags a tokenised sentence with the shipped model: one tag index (see NER_TAGS) per word. */
export function tagWords(words: readonly string[], documentCase?: DocumentCase, table: WeightTable = nerModel(), infos?: readonly WordInfo[], scoresOut?: Float64Array): Int32Array {
  return decodeSentence(table, words, new Int32Array(words.length), documentCase, infos, scoresOut).tags as Int32Array;
}
