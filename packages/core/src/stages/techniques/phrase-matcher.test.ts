import { readModelData } from '@marginalia/model-en/node';
import { describe, expect, it } from 'vitest';
import { learnedLexicon } from './lexicons.js';
import { normalizeTokens, PhraseMatcher } from './phrase-matcher.js';

type Row = [string, string];

describe('PhraseMatcher.lazy', () => {
  const expand = ([phrase, label]: Row) => ({ tokens: phrase.split(' '), entry: `${label}:${phrase}` });
  const firstWord = ([phrase]: Row) => phrase.split(' ')[0];

  it('matches exactly as the eager matcher: longest first, every entry of a phrase, one-word phrases', () => {
    const rows: Row[] = [
      ['the deep state', 'a'],
      ['the deep', 'b'],
      ['deep state', 'c'],
      ['the deep state', 'd'],
      ['witch hunt', 'e'],
      ['witch', 'f'],
      ['hunt', 'g'],
    ];
    const text = 'They blame the deep state for a witch hunt, the deep end and a witch.'.split(/\s+/).map((t) => t.replace(/[,.]/g, '').toLowerCase());
    const lazy = PhraseMatcher.lazy(rows, firstWord, expand);
    const eager = new PhraseMatcher(rows.map(expand));
    expect(lazy.size).toBe(eager.size);
    expect(lazy.match(text, 0, text.length)).toEqual(eager.match(text, 0, text.length));
    expect(lazy.match(text, 0, text.length).map((m) => m.entry)).toEqual(['a:the deep state', 'd:the deep state', 'e:witch hunt', 'b:the deep', 'f:witch']);
  });

  it('gives the shipped learned lexicon the matches an eager build of its rows gives', () => {
    const file = readModelData('techniques-lexicon') as unknown as Parameters<typeof learnedLexicon>[0];
    const lazy = learnedLexicon(file);
    const eager = new PhraseMatcher(file.entries.map(([phrase, label]) => ({ tokens: phrase.split(' '), entry: label })));
    expect(lazy.size).toBe(file.entries.length);
    // A text made of every learned phrase in turn, then the same words shuffled by a fixed stride.
    const words = file.entries.flatMap(([phrase]) => [...phrase.split(' '), '.']);
    const shuffled = words.map((_, k) => words[(k * 7919) % words.length]);
    for (const tokens of [words, shuffled]) {
      const normal = normalizeTokens(tokens.map((text) => ({ text })));
      const got = lazy.match(normal, 0, normal.length).map((m) => [m.first, m.end, m.entry.label]);
      const want = eager.match(normal, 0, normal.length).map((m) => [m.first, m.end, m.entry]);
      expect(got.length).toBeGreaterThan(100);
      expect(got).toEqual(want);
    }
  });
});
