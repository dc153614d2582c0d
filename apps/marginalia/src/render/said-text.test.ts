import { describe, expect, it } from 'vitest';
import { loadedShippedAnalyzer } from '../analysis/shipped-analyzer.js';
import { saidText } from './said-text.js';

describe('saidText', () => {
  it('joins the pieces of a content its tag interrupts, and keeps a whole content as it is', () => {
    const article = loadedShippedAnalyzer().analyzeSync('“Part one,” he said, “part two.” The mayor said the bridge will reopen in May.');
    expect(article.attributions.map(saidText)).toEqual(['Part one … part two.', 'the bridge will reopen in May.']);
  });
});
