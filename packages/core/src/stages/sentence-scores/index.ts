import type { Stage } from '../../context.js';

/**
 * The shipped decision threshold on `sentence.checkworthiness`: a sentence at or above
 * it counts as check-worthy. Tuned on the check-worthiness dev split (see docs/classifiers.md).
 */
export const CHECKWORTHY_THRESHOLD = 0.5;

/** Stage `sentence-scores`: check-worthiness and subjectivity scores for every sentence. (First version pending: it adds nothing yet.) */
export function sentenceScoresStage(): Stage {
  return { id: 'sentence-scores', description: 'check-worthiness and subjectivity scores for every sentence', run() {} };
}
