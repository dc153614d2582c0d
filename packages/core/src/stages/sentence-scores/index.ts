import type { Stage } from '../../context.js';

/** Stage `sentence-scores`: check-worthiness and subjectivity scores for every sentence. (First version pending: it adds nothing yet.) */
export function sentenceScoresStage(): Stage {
  return { id: 'sentence-scores', description: 'check-worthiness and subjectivity scores for every sentence', run() {} };
}
