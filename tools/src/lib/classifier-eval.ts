/** Scores labelled sentences with a shipped model exactly as the pipeline does (core tokenizer, shipped weights and word-vector table). */
import { tokenize } from '../../../packages/core/src/text/tokens.js';
import type { WideDeepModel } from '../../../packages/core/src/models/classifier/wide-deep.js';
import { EMBEDDINGS_MODEL } from '../../../packages/core/src/models/embeddings/index.js';
import { shippedModel } from './analyzer.js';
import type { EmbeddingTable } from '../../../packages/core/src/models/embeddings/table.js';
import type { LabelledSentence } from './classifier-data.js';
import { accuracy, countAt, f1, f1Negative, macroF1, precision, recall } from './classifier-metrics.js';

/**
 * `neighbours(i)`, for a model with neighbour context: the texts of the sentences just before
 * and after sentence i (undefined where there is none), as the stage reads the article's.
 */
export function scoreAll(
  model: WideDeepModel,
  sentences: readonly LabelledSentence[],
  table: EmbeddingTable = shippedModel(EMBEDDINGS_MODEL),
  neighbours?: (i: number) => [string | undefined, string | undefined],
): number[] {
  const own = table.dimensions + 1;
  const withMax = model.pooledInputs > own && !model.neighbours;
  const pooled = new Float32Array(table.pooledLength);
  const around = new Float32Array(table.pooledLength);
  const input = new Float32Array(Math.max(model.inputs, table.pooledLength));
  return sentences.map((s, i) => {
    if (model.neighbours) {
      input.fill(0, own, 2 * own);
      const texts = (neighbours?.(i) ?? [undefined, undefined]).filter((t): t is string => t !== undefined);
      for (const text of texts) {
        const tokens = tokenize(text);
        table.pool(tokens, 0, tokens.length, around, 0, false);
        for (let k = 0; k < own; k++) input[own + k] += around[k] / texts.length;
      }
    }
    const tokens = tokenize(s.text);
    table.pool(tokens, 0, tokens.length, pooled, 0, withMax);
    for (let k = 0; k < (model.neighbours ? own : model.pooledInputs); k++) input[k] = pooled[k];
    if (model.detectors > 0) model.writeDetectors(table.foundRows, table.foundCount, table.dimensions, input);
    return model.score(tokens, 0, tokens.length, input);
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
