import type { Stage } from '../../context.js';
import type { ParagraphKind } from '../../model/types.js';
import { SENTIMENT_WORDS_MODEL } from '../../models/classifier/cue-words.js';
import { FeatureBuffer, sentenceFeatures, type FeatureConfig } from '../../models/classifier/features.js';
import { hashWord as hashWordImport } from '../../models/classifier/hash.js';
import { CHECKWORTHINESS_MODEL, SUBJECTIVITY_MODEL } from '../../models/classifier/wide-deep.js';
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

/** Stage `sentence-scores`: check-worthiness and subjectivity scores (0..1) for every sentence. */
export function sentenceScoresStage(): Stage {
  return {
    id: 'sentence-scores',
    description: 'check-worthiness and subjectivity scores for every sentence',
    requires: ['sentences', 'tokens'],
    uses: ['paragraph-kinds'],
    provides: ['sentence-scores'],
    models: [EMBEDDINGS_MODEL, CHECKWORTHINESS_MODEL, SUBJECTIVITY_MODEL, SENTIMENT_WORDS_MODEL],
    run(article, context) {
      const checkworthiness = context.models.get(CHECKWORTHINESS_MODEL);
      const subjectivity = context.models.get(SUBJECTIVITY_MODEL);
      const table = context.models.get(EMBEDDINGS_MODEL);
      const cues = context.models.get(SENTIMENT_WORDS_MODEL);
      const pooled = new Float32Array(table.pooledLength);
      for (const model of [checkworthiness, subjectivity]) {
        if (model.inputs !== table.pooledLength) {
          throw new Error(`sentence-scores: model ${model.id} reads ${model.inputs} pooled values, the word-vector table ${table.id} gives ${table.pooledLength}; install a matching model package.`);
        }
      }
      const shared = sameFeatures(checkworthiness.features, subjectivity.features);
      const { tokens } = context;
      if (tokenHashes.length < tokens.length) tokenHashes = new Uint32Array(Math.max(tokens.length, 2 * tokenHashes.length));
      const hashes = tokenHashes;
      for (let i = 0; i < tokens.length; i++) hashes[i] = hashWord(tokens[i].text);
      const kindOf = new Map<string, ParagraphKind>();
      for (const paragraph of article.paragraphs) kindOf.set(paragraph.id, paragraph.kind);
      const count = article.sentences.length;
      article.sentences.forEach((sentence, i) => {
        const range = context.sentenceTokens[i];
        if (!range) {
          throw new Error(
            `sentence-scores: sentence ${sentence.id} has no token range in context.sentenceTokens (${count} sentences, ${context.sentenceTokens.length} ranges); run the segment stage first.`,
          );
        }
        const [from, to] = range;
        // One pooled word vector per sentence, shared by both models.
        table.pool(tokens, from, to, pooled, 0, hashes);
        const factor = NON_BODY_FACTOR[kindOf.get(sentence.paragraph) ?? 'body'] ?? 1;
        if (shared) {
          // One pass of full 32-bit feature hashes; each model masks them to its table size.
          sentenceFeatures(tokens, from, to, checkworthiness.features, sharedBuffer, cues, hashes, true);
          sentence.checkworthiness = checkworthiness.scoreFeatures(sharedBuffer.ids, sharedBuffer.count, pooled) * factor;
          sentence.subjectivity = subjectivity.scoreFeatures(sharedBuffer.ids, sharedBuffer.count, pooled);
        } else {
          sentence.checkworthiness = checkworthiness.score(tokens, from, to, pooled, cues) * factor;
          sentence.subjectivity = subjectivity.score(tokens, from, to, pooled, cues);
        }
      });
    },
  };
}
