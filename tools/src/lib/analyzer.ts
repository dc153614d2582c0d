/** The analysis the tools compare and score: core's default pipeline with the shipped models. */
import { analyze, type Article } from '../../../packages/core/src/index.js';

export async function analyzeWithShippedModels(text: string): Promise<Article> {
  return analyze(text);
}
