import { describe, expect, it } from 'vitest';
import type { Stage } from './context.js';
import { analyze, createPipeline, defaultPipeline, emptyArticle } from './pipeline.js';

const marker = (id: string): Stage => ({
  id,
  description: `test stage ${id}`,
  run(article) {
    article.hedges.push({ start: 0, end: 0, text: '', rule: id });
  },
});

describe('Pipeline', () => {
  it('runs the default stages in their documented order', () => {
    expect(defaultPipeline().ids).toEqual([
      'segment', 'paragraph-kinds', 'entities', 'coreference', 'roles', 'attribution', 'hedges', 'sentence-scores', 'claims', 'techniques', 'tone',
    ]);
  });

  it('adds, removes, replaces and reorders stages without changing the original', () => {
    const base = createPipeline([marker('a'), marker('b')]);
    expect(base.append(marker('c')).ids).toEqual(['a', 'b', 'c']);
    expect(base.insertBefore('a', marker('z')).ids).toEqual(['z', 'a', 'b']);
    expect(base.insertAfter('a', marker('z')).ids).toEqual(['a', 'z', 'b']);
    expect(base.without('a').ids).toEqual(['b']);
    expect(base.replace('b', marker('y')).ids).toEqual(['a', 'y']);
    expect(base.reorder(['b', 'a']).ids).toEqual(['b', 'a']);
    expect(base.ids).toEqual(['a', 'b']);
  });

  it('runs stages in order and records them in article.pipeline', async () => {
    const pipeline = createPipeline([marker('first'), marker('second')]);
    const article = await analyze('Some text.', { pipeline });
    expect(article.hedges.map((h) => h.rule)).toEqual(['first', 'second']);
    expect(article.pipeline).toEqual(['first', 'second']);
  });

  it('explains what is wrong with a bad change', () => {
    const base = createPipeline([marker('a')]);
    expect(() => base.without('nope')).toThrow(/no stage "nope"; the stages are a/);
    expect(() => base.append(marker('a'))).toThrow(/appears twice/);
    expect(() => base.reorder(['a', 'a'])).toThrow(/expected each of a once/);
  });

  it('carries meta and defaults the title to null', () => {
    expect(emptyArticle('x').meta).toEqual({ title: null });
    expect(emptyArticle('x', { title: 'T', url: 'u' }).meta).toEqual({ title: 'T', url: 'u' });
  });

  it('rejects a text that is not a string', async () => {
    await expect(analyze(42 as unknown as string)).rejects.toThrow(/expected the article text as a string, got number/);
  });
});
