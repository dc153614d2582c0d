import type { Stage } from '../../context.js';
import type { ParagraphKind } from '../../model/types.js';
import { FeatureBuffer, sentenceFeatures, type FeatureConfig } from '../../models/classifier/features.js';
import { hashWord as hashWordImport } from '../../models/classifier/hash.js';
import { CHECKWORTHINESS_MODEL, neighbourInput, SUBJECTIVITY_MODEL, type WideDeepModel } from '../../models/classifier/wide-deep.js';
import { EMBEDDINGS_MODEL } from '../../models/embeddings/index.js';

/**
 * The shipped decision threshold on `sentence.checkworthiness`: a sentence at or above
 * it counts as check-worthy. Training tunes the threshold for check-worthy F1 on a
 * tuning part of the training data (never the dev split that is reported) and folds it
 * into the model's bias, so the decision point is always 0.5.
 */
export const CHECKWORTHY_THRESHOLD = 0.5;

/**
 * Check-worthiness in paragraphs that are not body text is scaled by this factor:
 * donation appeals, bylines and the like state nothing worth checking, and the
 * factor keeps them below the threshold whatever their wording.
 */
const NON_BODY_FACTOR: Readonly<Record<ParagraphKind, number>> = { body: 1, heading: 1, boilerplate: 0.2, byline: 0.2 };

/** A local copy: an imported binding can compile to a getter (tsx), too slow per token. */
const hashWord = hashWordImport;

/** Two feature configurations that differ at most in `bits` (then one pass of full hashes serves both). */
function sameFeatures(a: FeatureConfig, b: FeatureConfig): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('bits');
  for (const k of keys) if ((a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  return true;
}

/** Reused between articles: one feature pass per sentence for both models. */
const sharedBuffer = new FeatureBuffer();
let tokenHashes = new Uint32Array(0);
/** Reused between articles: every sentence's pooled vector (when a model reads its neighbours'). */
let allPooled = new Float32Array(0);

/** Stage `sentence-scores`: check-worthiness and subjectivity scores (0..1) for every sentence. */
export function sentenceScoresStage(): Stage {
  return {
    id: 'sentence-scores',
    description: 'check-worthiness and subjectivity scores for every sentence',
    requires: ['sentences', 'tokens'],
    uses: ['paragraph-kinds'],
    provides: ['sentence-scores'],
    models: [EMBEDDINGS_MODEL, CHECKWORTHINESS_MODEL, SUBJECTIVITY_MODEL],
    run(article, context) {
      const checkworthiness = context.models.get(CHECKWORTHINESS_MODEL);
      const subjectivity = context.models.get(SUBJECTIVITY_MODEL);
      const table = context.models.get(EMBEDDINGS_MODEL);
      const pooled = new Float32Array(table.pooledLength);
      const withMax = Math.max(checkworthiness.inputs, subjectivity.inputs) > table.dimensions + 1;
      const shared = sameFeatures(checkworthiness.features, subjectivity.features);
      const { tokens } = context;
      if (tokenHashes.length < tokens.length) tokenHashes = new Uint32Array(Math.max(tokens.length, 2 * tokenHashes.length));
      const hashes = tokenHashes;
      for (let i = 0; i < tokens.length; i++) hashes[i] = hashWord(tokens[i].text);
      const kindOf = new Map<string, ParagraphKind>();
      for (const paragraph of article.paragraphs) kindOf.set(paragraph.id, paragraph.kind);
      const stride = table.pooledLength;
      const own = table.dimensions + 1;
      const dim = table.dimensions;
      const withNeighbours = checkworthiness.neighbours || subjectivity.neighbours;
      const count = article.sentences.length;
      const rangeOf = (i: number): readonly [number, number] => {
        const range = context.sentenceTokens[i];
        if (!range) {
          throw new Error(
            `sentence-scores: sentence ${article.sentences[i].id} has no token range in context.sentenceTokens (${count} sentences, ${context.sentenceTokens.length} ranges); run the segment stage first.`,
          );
        }
        return range;
      };
      // With neighbour context: every sentence's pooled vector first, then the scores.
      if (withNeighbours) {
        if (allPooled.length < count * stride) allPooled = new Float32Array(Math.max(count * stride, 2 * allPooled.length));
        for (let i = 0; i < count; i++) {
          const [from, to] = rangeOf(i);
          table.pool(tokens, from, to, allPooled, i * stride, withMax, hashes);
        }
      }
      // A model reading only the pooled vector reads `pooled` itself; one with word detectors
      // or neighbour context gets its own input (pooled values, neighbours', detectors).
      const cwInput = checkworthiness.neighbours || checkworthiness.detectors > 0 ? new Float32Array(checkworthiness.inputs) : pooled;
      const subjInput = subjectivity.neighbours || subjectivity.detectors > 0 ? new Float32Array(subjectivity.inputs) : pooled;
      const fill = (model: WideDeepModel, input: Float32Array, i: number): void => {
        if (input === pooled) return;
        if (model.neighbours) neighbourInput(allPooled, stride, own, i, count, input);
        else for (let k = 0; k < model.pooledInputs; k++) input[k] = pooled[k];
        if (model.detectors > 0) model.writeDetectors(table.foundRows, table.foundCount, dim, input);
      };
      article.sentences.forEach((sentence, i) => {
        const [from, to] = rangeOf(i);
        // One pooled word-vector (or, with neighbours, one look-up of the words) per sentence, shared by both models.
        if (withNeighbours) {
          table.findRows(tokens, from, to, hashes);
          for (let k = 0; k < stride; k++) pooled[k] = allPooled[i * stride + k];
        } else table.pool(tokens, from, to, pooled, 0, withMax, hashes);
        fill(checkworthiness, cwInput, i);
        fill(subjectivity, subjInput, i);
        const factor = NON_BODY_FACTOR[kindOf.get(sentence.paragraph) ?? 'body'] ?? 1;
        if (shared) {
          // One pass of full 32-bit feature hashes; each model masks them to its table size.
          sentenceFeatures(tokens, from, to, checkworthiness.features, sharedBuffer, hashes, true);
          sentence.checkworthiness = checkworthiness.scoreFeatures(sharedBuffer.ids, sharedBuffer.count, cwInput) * factor;
          sentence.subjectivity = subjectivity.scoreFeatures(sharedBuffer.ids, sharedBuffer.count, subjInput);
        } else {
          sentence.checkworthiness = checkworthiness.score(tokens, from, to, cwInput) * factor;
          sentence.subjectivity = subjectivity.score(tokens, from, to, subjInput);
        }
      });
    },
  };
}
