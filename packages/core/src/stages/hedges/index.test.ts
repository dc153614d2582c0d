import { modelContext } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { emptyArticle } from '../../pipeline.js';
import { segmentStage } from '../segment.js';
import { findHedges, hedgesStage } from './index.js';

describe('hedges', () => {
  it('finds lexicon entries with their rule ids and exact offsets', () => {
    const text = 'The minister reportedly resigned. Her so-called reform appears to have stalled, and it may collapse.';
    const hedges = findHedges(text);
    expect(hedges.map((h) => [h.text, h.rule])).toEqual([
      ['reportedly', 'hedge/reportedly'],
      ['so-called', 'hedge/so-called'],
      ['appears to', 'hedge/appears-to'],
      ['may', 'hedge/may'],
    ]);
    for (const h of hedges) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it('does not take the month May or words that merely contain an entry', () => {
    expect(findHedges('The vote was held in May. Mightiness and unlikeliness abound.').map((h) => h.text)).toEqual([]);
    expect(findHedges('May be true, they hinted.').map((h) => h.rule)).toEqual(['hedge/may', 'hedge/hint']);
  });

  it('skips boilerplate paragraphs', () => {
    const article = emptyArticle('Prices could rise.\nPlease donate, it might help us.');
    const context = modelContext();
    segmentStage().run(article, context);
    article.paragraphs[1].kind = 'boilerplate';
    hedgesStage().run(article, context);
    expect(article.hedges.map((h) => h.text)).toEqual(['could']);
  });
});
