import { modelContext } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import type { Article } from '../../model/types.js';
import { emptyArticle } from '../../pipeline.js';
import { attributionStage } from '../attribution/index.js';
import { hedgesStage } from '../hedges/index.js';
import { segmentStage } from '../segment.js';
import { claimsStage } from './index.js';

function analyse(text: string, prepare?: (article: Article) => void): Article {
  const article = emptyArticle(text);
  const context = modelContext();
  segmentStage().run(article, context);
  prepare?.(article);
  attributionStage().run(article, context);
  hedgesStage().run(article, context);
  claimsStage().run(article, context);
  return article;
}

describe('claims', () => {
  it('marks statistics, predictions, opinions and hedged reports by rule, with hedges inside', () => {
    const article = analyse(
      'Unemployment fell to 4.2% in the port town. The new ferry will carry cars from June. That is not reform. The mayor reportedly met the investors twice. Gulls circled the pier.',
    );
    expect(article.claims.map((c) => [c.kind, c.source, c.text])).toEqual([
      ['statistical', 'author', 'Unemployment fell to 4.2% in the port town.'],
      ['prediction', 'author', 'The new ferry will carry cars from June.'],
      ['opinion', 'author', 'That is not reform.'],
      ['factual', 'author', 'The mayor reportedly met the investors twice.'],
    ]);
    expect(article.claims[3].hedges.map((h) => h.rule)).toEqual(['hedge/reportedly']);
    expect(article.claims[3].rule).toContain('claim/hedged-report');
  });

  it('takes a quote as one claim whose source is the speaker entity, and counts sources', () => {
    const text = '“The levees will hold this year,” engineer Ana Ruiz said. Officials said the pumps were replaced in 2023.';
    const article = analyse(text, (a) => {
      const start = text.indexOf('Ana Ruiz');
      a.entities.push({ id: 'e1', name: 'Ana Ruiz', type: 'PERSON', roles: [], mentions: [{ start, end: start + 8, text: 'Ana Ruiz' }] });
    });
    const [quote, reported] = article.claims;
    expect(quote).toMatchObject({ kind: 'quote', source: 'e1', text: 'The levees will hold this year', attribution: 'a1' });
    expect(quote.entities).toContain('e1');
    expect(reported).toMatchObject({ source: 'unnamed', attribution: 'a2' });
    expect(article.sourcing).toEqual({ claims: 2, named: 1, unnamed: 1, author: 0, bySource: { e1: 1 } });
  });

  it('uses the check-worthiness score and keeps boilerplate out', () => {
    const article = analyse('Putin agreed to the plan.\nPlease donate, it will help a lot.', (a) => {
      a.sentences[0].checkworthiness = 0.9;
      a.paragraphs[1].kind = 'boilerplate';
    });
    expect(article.claims.map((c) => [c.text, c.checkworthiness])).toEqual([['Putin agreed to the plan.', 0.9]]);
    expect(article.claims[0].rule).toContain('claim/checkworthy');
  });
});
