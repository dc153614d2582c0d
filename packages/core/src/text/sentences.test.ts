import { describe, expect, it } from 'vitest';
import { sentenceRanges } from './sentences.js';

function split(text: string): string[] {
  return sentenceRanges(text, 0, text.length).map(([s, e]) => text.slice(s, e));
}

describe('sentenceRanges', () => {
  it('splits at terminal punctuation followed by a capital', () => {
    expect(split('The talks ended. Nobody spoke! Why not? Nobody knows.')).toEqual([
      'The talks ended.',
      'Nobody spoke!',
      'Why not?',
      'Nobody knows.',
    ]);
  });

  it('keeps titles, initials and place abbreviations inside the sentence', () => {
    expect(split('They met in St. Petersburg on Monday. Donald J. Trump was not there. Sen. Jane Roe voted no.')).toEqual([
      'They met in St. Petersburg on Monday.',
      'Donald J. Trump was not there.',
      'Sen. Jane Roe voted no.',
    ]);
  });

  it('keeps "U.S." mid-sentence but breaks after it before a sentence opener', () => {
    expect(split('The U.S. Senate met. Aid went to the U.S. The vote was close.')).toEqual([
      'The U.S. Senate met.',
      'Aid went to the U.S.',
      'The vote was close.',
    ]);
  });

  it('keeps a closing quote with its sentence and a lower-case attribution after a quote', () => {
    expect(split('“It is over!” he said. “We will see.” Then she left.')).toEqual([
      '“It is over!” he said.',
      '“We will see.”',
      'Then she left.',
    ]);
  });

  it('does not split at decimals, dashes or a comma inside quotes', () => {
    expect(split('Growth was 3.5 percent—a record. “We need it,” she said.')).toEqual([
      'Growth was 3.5 percent—a record.',
      '“We need it,” she said.',
    ]);
  });

  it('returns one sentence for text without a terminator and trims white space', () => {
    expect(split('  GoGetFunding  ')).toEqual(['GoGetFunding']);
  });

  it('respects the range it is given', () => {
    const text = 'Skip me. Keep this. And this.';
    const ranges = sentenceRanges(text, 9, text.length);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Keep this.', 'And this.']);
  });
});
