/** The analysis the tests compare: the default pipeline over the shipped models. */
import type { Article } from '../src/index.js';
import { analyze } from './models.js';

export async function analyzeForTest(text: string): Promise<Article> {
  return analyze(text);
}
