/** Scores labelled sentences with a shipped model exactly as the pipeline does (core tokenizer, shipped weights and word-vector table). */
import { tokenize } from '../../../packages/core/src/text/tokens.js';
import type { WideDeepModel } from '../../../packages/core/src/models/classifier/wide-deep.js';
import { EMBEDDINGS_MODEL } from '../../../packages/core/src/models/embeddings/index.js';
import { SENTIMENT_WORDS_MODEL, type CueClasses } from '../../../packages/core/src/models/classifier/cue-words.js';
import { shippedModel } from './analyzer.js';
import type { EmbeddingTable } from '../../../packages/core/src/models/embeddings/table.js';
import type { LabelledSentence } from './classifier-data.js';
import { accuracy, countAt, f1, f1Negative, macroF1, precision, recall } from './classifier-metrics.js';

/** Scores each sentence as the sentence-scores stage does: the pooled word vectors and the hashed features. */
export function scoreAll(
  model: WideDeepModel,
  sentences: readonly LabelledSentence[],
  table: EmbeddingTable = shippedModel(EMBEDDINGS_MODEL),
  cues: CueClasses = shippedModel(SENTIMENT_WORDS_MODEL),
): number[] {
  const pooled = new Float32Array(table.pooledLength);
  return sentences.map((s) => {
    const tokens = tokenize(s.text);
    table.pool(tokens, 0, tokens.length, pooled, 0);
    return model.score(tokens, 0, tokens.length, pooled, cues);
  });
}

/** One line per figure: positive-class P/R/F1, negative F1, macro F1, accuracy. */
export function figureLines(name: string, sentences: readonly LabelledSentence[], scores: readonly number[], threshold: number): string[] {
  const c = countAt(scores, sentences.map((s) => s.label), threshold);
  const n = sentences.length;
  const positives = sentences.filter((s) => s.label === 1).length;
  return [
    `${name} sentences ${n} (positive ${positives})`,
    `${name} positive-class precision ${precision(c).toFixed(4)}`,
    `${name} positive-class recall ${recall(c).toFixed(4)}`,
    `${name} positive-class F1 ${f1(c).toFixed(4)}`,
    `${name} negative-class F1 ${f1Negative(c).toFixed(4)}`,
    `${name} macro F1 ${macroF1(c).toFixed(4)}`,
    `${name} accuracy ${accuracy(c).toFixed(4)}`,
  ];
}
