import { chunks } from '../../../packages/core/src/models/ner/tags.js';
import type { ConllSentence } from './ner-conll.js';

/** CoNLL class names used in reports. */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** Gold chunks of a CoNLL sentence as token spans. */
export function goldChunks(sentence: ConllSentence): Array<{ start: number; end: number; type: string }> {
  return chunks(sentence.tags).map(([start, end, type]) => ({ start, end, type }));
}
