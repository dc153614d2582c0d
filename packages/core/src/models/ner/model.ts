import { decodeSentence, type WeightTable } from './decode.js';
import { decodeWeights } from './codec.js';
import type { DocumentCase } from './features.js';
import type { WordInfo } from './word-info.js';
import type { ModelData, ModelSpec } from '../store.js';

/** The NER model as the model package ships it (`ner.json` and its packed rows). */
export interface ShippedNerModel {
  bits: number;
  scale: number;
  trainedOn: string;
  /** Varint-packed int16 rows (see codec.ts). */
  packed: Uint8Array;
}

/** The decoded perceptron: its weight table and the scale of its int16 weights. */
export interface NerModel {
  table: WeightTable;
  scale: number;
  trainedOn: string;
}

/** The id findings cite for the tagger (`rule`). */
export const NER_MODEL_ID = 'ner/perceptron@1';

/** The averaged-perceptron NER weights of the model package, unpacked on load (its non-empty rows; a few milliseconds). */
export const NER_MODEL: ModelSpec<NerModel> = {
  name: 'ner',
  decode(data: ModelData): NerModel {
    const shipped = data as unknown as ShippedNerModel;
    return { table: decodeWeights(shipped.packed, shipped.bits), scale: shipped.scale, trainedOn: shipped.trainedOn };
  },
};

/** Tags a tokenised sentence with a weight table: one tag index (see NER_TAGS) per word. */
export function tagWords(words: readonly string[], documentCase: DocumentCase | undefined, table: WeightTable, infos?: readonly WordInfo[], scoresOut?: Float64Array): Int32Array {
  return decodeSentence(table, words, new Int32Array(words.length), documentCase, infos, scoresOut).tags as Int32Array;
}
