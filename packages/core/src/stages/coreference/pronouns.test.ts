import { modelContext } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../context.js';
import { createPipeline, emptyArticle } from '../../pipeline.js';
import { entitiesStage } from '../entities/index.js';
import { segmentStage } from '../segment.js';
import { coreferenceStage } from './index.js';

function resolve(text: string) {
  const article = emptyArticle(text);
  const context = modelContext();
  for (const stage of createPipeline([segmentStage(), entitiesStage(), coreferenceStage()]).stages) stage.run(article, context);
  const nameOf = (word: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
    const id = context.referents.get(at);
    return article.entities.find((e) => e.id === id)?.name ?? null;
  };
  return { article, context, nameOf };
}

describe('pronoun resolution', () => {
  it('points He and His at the first person of the sentence before', () => {
    const { nameOf } = resolve('“We will wait,” spokesman Ivan Sokolov told reporter Mark Hughes on Monday. He added that talks would resume. His remarks came late.');
    expect(nameOf('He ')).toBe('Ivan Sokolov');
    expect(nameOf('His ')).toBe('Ivan Sokolov');
  });

  it('matches she to a woman and he to a man', () => {
    const { nameOf } = resolve('Minister Maria Lopez met John Carter in Madrid. She said the deal was close, and he agreed.');
    expect(nameOf('She ')).toBe('Maria Lopez');
    expect(nameOf('he agreed')).toBe('John Carter');
  });

  it('resolves nothing when no person is named', () => {
    const { context } = resolve('He left the building. She stayed.');
    expect(context.referents.size).toBe(0);
  });
});
