import { modelContext } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { emptyArticle } from '../../pipeline.js';
import { segmentStage } from '../segment.js';
import { entitiesStage } from '../entities/index.js';
import { coreferenceStage } from './index.js';

function entities(text: string) {
  const article = emptyArticle(text);
  const context = modelContext();
  for (const stage of [segmentStage(), entitiesStage(), coreferenceStage()]) stage.run(article, context);
  return { article, context };
}

function entityNamed(text: string, name: string) {
  const { article, context } = entities(text);
  const entity = article.entities.find((e) => e.name === name || e.mentions.some((m) => m.text === name));
  expect(entity, `an entity for ${name}`).toBeDefined();
  return { entity: entity!, article, context };
}

describe('one type per entity', () => {
  it('types a retail company ORG, not PERSON, in every mention', () => {
    const text =
      'Tesco said on Tuesday that trading had been difficult. Tesco reported profits of £2bn for the year, ' +
      'and Tesco’s chief executive promised lower prices. Shares in Tesco rose 3%.';
    const { entity, context } = entityNamed(text, 'Tesco');
    expect(entity.type).toBe('ORG');
    expect(entity.mentions.length).toBeGreaterThanOrEqual(3);
    for (const m of context.nerMentions.filter((m) => m.text === 'Tesco')) expect(m.type).toBe('ORG');
  });

  it('types an unknown name that reports profits or merges ORG', () => {
    const profits = entityNamed('On Monday, Brandwell reported profits of $40m, up from a year earlier.', 'Brandwell');
    expect(profits.entity.type).toBe('ORG');
    const merged = entityNamed('Last year Quarrington merged with a smaller rival.', 'Quarrington');
    expect(merged.entity.type).toBe('ORG');
  });

  it('makes a leader named before "administration" a person', () => {
    const { article } = entities('Critics said the Harlow administration had failed. The Harlow administration denied it.');
    expect(article.entities.find((e) => e.name === 'Harlow')?.type ?? 'PERSON').toBe('PERSON');
  });

  it('does not make a team named in the plural a person', () => {
    const { article } = entities('After a loss to the Wildcats two years ago, coach Dana Reyes said little.');
    expect(article.entities.find((e) => e.name === 'Wildcats')?.type ?? 'ORG').not.toBe('PERSON');
  });

  it('types a name with a corporate suffix or an institution word ORG', () => {
    expect(entityNamed('Analysts at Fenwick Holdings said demand was weak.', 'Fenwick Holdings').entity.type).toBe('ORG');
    expect(entityNamed('A spokesman for Pellworth Airlines declined to comment.', 'Pellworth Airlines').entity.type).toBe('ORG');
  });

  it('does not make a newsletter a person', () => {
    const { article } = entities('Sign up for the Morning Brief newsletter to get the news first. Anna Kowalski wrote the story.');
    const people = article.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    expect(people.some((n) => /Morning|Brief/.test(n))).toBe(false);
    expect(people).toContain('Anna Kowalski');
    const { article: other } = entities('Readers of the Hollis Update newsletter asked Mr Grant about it, and Hollis Update replied.');
    expect(other.entities.filter((e) => e.type === 'PERSON').map((e) => e.name).some((n) => /Hollis/.test(n))).toBe(false);
  });

  it('gives all mentions of one entity the same type, and a confidence in [0, 1]', () => {
    const text =
      'Maria Lindqvist, the chief executive of Corvane Group, said sales had fallen. Lindqvist said Corvane ' +
      'would cut costs. Corvane employs 4,000 people. “We will recover,” Lindqvist said.';
    const { article } = entities(text);
    expect(article.entities.length).toBeGreaterThan(0);
    for (const e of article.entities) {
      for (const m of e.mentions) {
        expect(m.confidence).toBeGreaterThanOrEqual(0);
        expect(m.confidence).toBeLessThanOrEqual(1);
      }
    }
    const person = article.entities.find((e) => e.name === 'Maria Lindqvist');
    expect(person?.type).toBe('PERSON');
    expect(person?.mentions.length).toBe(3);
  });
});

describe('capitalised ordinary words', () => {
  it('a sentence’s capitalised opening word or a word in capitals is not an entity', () => {
    const text = 'Already, he said, friends had declared the machine a bargain. "Let’s just wait," said Tom Reed of the Evening Post. We have ZERO evidence, said the mayor. Honestly...';
    const { article } = entities(text);
    const names = article.entities.map((e) => e.name);
    for (const word of ['Already', 'Let', 'ZERO', 'Honestly']) expect(names).not.toContain(word);
    expect(names).toContain('Tom Reed');
  });

  it('a common word the article capitalises inside its sentences more than once is a name', () => {
    const text = 'The manager said his Arsenal counterpart was wrong. Fans of Arsenal waited for an apology, and the club said nothing.';
    const { article } = entities(text);
    expect(article.entities.some((e) => e.name === 'Arsenal')).toBe(true);
  });
});
