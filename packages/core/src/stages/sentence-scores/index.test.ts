import { modelContext } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { emptyArticle } from '../../pipeline.js';
import { segmentStage } from '../segment.js';
import { CHECKWORTHY_THRESHOLD, sentenceScoresStage } from './index.js';

function scored(text: string, markBoilerplate?: (paragraphIndex: number) => boolean) {
  const article = emptyArticle(text);
  const context = modelContext();
  segmentStage().run(article, context);
  if (markBoilerplate) article.paragraphs.forEach((p, i) => markBoilerplate(i) && (p.kind = 'boilerplate'));
  sentenceScoresStage().run(article, context);
  return article;
}

describe('sentence-scores stage', () => {
  it('ships a threshold in 0..1', () => {
    expect(CHECKWORTHY_THRESHOLD).toBeGreaterThan(0);
    expect(CHECKWORTHY_THRESHOLD).toBeLessThan(1);
  });

  it('scores every sentence in 0..1', () => {
    const article = scored(
      'The mayor opened the new bridge on Friday. Critics called it a vanity project!\n\nWill it last? Nobody knows. 42% of residents said they use it daily.',
    );
    expect(article.sentences.length).toBe(5);
    for (const s of article.sentences) {
      for (const score of [s.checkworthiness, s.subjectivity]) {
        expect(Number.isFinite(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('puts a statistical claim above the check-worthiness threshold and a courtesy below', () => {
    const [claim, courtesy] = scored(
      'Unemployment fell to 3.5 percent in March, the lowest rate since 1969. Thank you all for coming tonight.',
    ).sentences;
    expect(claim.checkworthiness).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
    expect(courtesy.checkworthiness).toBeLessThan(CHECKWORTHY_THRESHOLD);
  });

  it('scores an evaluative outburst as subjective and a plain report as objective', () => {
    const [outburst, report] = scored(
      'This is a disgraceful, shameful betrayal. The council met on Tuesday and approved the budget for 2025.',
    ).sentences;
    expect(outburst.subjectivity).toBeGreaterThan(0.5);
    expect(report.subjectivity).toBeLessThan(0.5);
  });

  it('keeps boilerplate below the check-worthiness threshold', () => {
    const text = 'Unemployment fell to 3.5 percent in March, the lowest rate since 1969.';
    const body = scored(text).sentences[0];
    const boilerplate = scored(text, () => true).sentences[0];
    expect(boilerplate.checkworthiness).toBeLessThan(CHECKWORTHY_THRESHOLD);
    expect(boilerplate.checkworthiness).toBeLessThan(body.checkworthiness);
  });

  it('fails clearly when the segment stage has not run', () => {
    const article = emptyArticle('One sentence.');
    article.sentences = [{ id: 's1', paragraph: 'p1', start: 0, end: 13, text: 'One sentence.', checkworthiness: 0, subjectivity: 0 }];
    expect(() => sentenceScoresStage().run(article, modelContext())).toThrow(/run the segment stage first/);
  });
});
