import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('splits words, numbers and punctuation with offsets that slice back to the token', () => {
    const text = 'A 30-day pause, at 3.5% (roughly).';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['A', '30', '-', 'day', 'pause', ',', 'at', '3.5%', '(', 'roughly', ')', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits possessives and negations as CoNLL does', () => {
    expect(words('Trump’s envoy isn’t here; Putin\'s is.')).toEqual(['Trump', '’s', 'envoy', 'is', 'n’t', 'here', ';', 'Putin', "'s", 'is', '.']);
  });

  it('keeps the period of abbreviations, initials and initialisms', () => {
    expect(words('Sen. Marco Rubio met Donald J. Trump in the U.S. capital.')).toEqual([
      'Sen.', 'Marco', 'Rubio', 'met', 'Donald', 'J.', 'Trump', 'in', 'the', 'U.S.', 'capital', '.',
    ]);
  });

  it('keeps emoji and other astral characters whole', () => {
    const text = 'Wow 🎉 done';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Wow', '🎉', 'done']);
    expect(text.slice(tokens[1].start, tokens[1].end)).toBe('🎉');
  });

  it('tokenizes only the given range', () => {
    const text = 'one two three';
    expect(tokenize(text, 4, 7).map((t) => t.text)).toEqual(['two']);
  });

  it('keeps URLs whole without trailing punctuation', () => {
    expect(words('See https://example.org/a?b=1.')).toEqual(['See', 'https://example.org/a?b=1', '.']);
  });
  it('keeps e-mail addresses whole, and splits runs of punctuation into single marks', () => {
    expect(words('Write to tips@news.example.org today.')).toEqual(['Write', 'to', 'tips@news.example.org', 'today', '.']);
    // The e-mail alternative is bounded, so a long run with no '@' costs a constant per character
    // (the bench `npm run bench -- adversarial` times it); the tokens are the same as before.
    for (const mark of ['.', '-', '_', '+']) {
      const run = tokenize(mark.repeat(5000));
      expect(run).toHaveLength(5000);
      expect(run.every((t, i) => t.text === mark && t.start === i)).toBe(true);
    }
    const local = 'a'.repeat(70);
    expect(words(`${local}@news.org`).slice(0, 2)).toEqual([local, '@']);
  });
});
