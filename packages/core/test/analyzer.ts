/** The analysis the tests compare: the default pipeline over the shipped models. */
import { analyze, type Article } from '../src/index.js';

export async function analyzeForTest(text: string): Promise<Article> {
  return analyze(text);
}
