import { describe, expect, it } from 'vitest';
import { exportArticle } from './index.js';
import { hostileArticle } from './fixture-article.js';

describe('conll export', () => {
  const article = hostileArticle();
  const conll = exportArticle('conll', article).files[0].content;
  const sentences = conll.trim().split('\n\n').slice(1).map((block) => block.split('\n').map((line) => line.split('\t')));

  it('has one block per sentence, one TOKEN<TAB>TAG line per token', () => {
    expect(conll.startsWith('-DOCSTART- -X- O O\n\n')).toBe(true);
    expect(sentences).toHaveLength(article.sentences.length);
    for (const block of sentences) for (const row of block) expect(row).toHaveLength(2);
  });

  it('tags entities in IOB2', () => {
    const rows = sentences[1];
    expect(rows.slice(0, 4)).toEqual([['Mayor', 'O'], ['Elena', 'B-PERSON'], ['Rossi', 'I-PERSON'], ['said', 'O']]);
    expect(sentences[2]).toContainEqual(['Rossi', 'B-PERSON']);
    expect(sentences[4]).toContainEqual(['council', 'B-ORG']);
    // Every I- tag follows a tag of the same type (the IOB2 rule).
    for (const block of sentences) {
      block.forEach(([, tag], i) => {
        if (tag.startsWith('I-')) expect(block[i - 1][1].slice(2)).toBe(tag.slice(2));
      });
    }
  });

  it('does not tag mentions found by coreference', () => {
    expect(sentences[4][0]).toEqual(['Critics', 'O']);
  });
});
