import { describe, expect, it } from 'vitest';
import { paragraphRanges } from './paragraphs.js';

const paras = (text: string) => paragraphRanges(text).map(([s, e]) => text.slice(s, e));

describe('paragraphRanges', () => {
  it('splits at every line break when the text has no blank lines', () => {
    expect(paras('First line.\nSecond line.\r\nThird.')).toEqual(['First line.', 'Second line.', 'Third.']);
  });

  it('splits at blank lines and keeps hard-wrapped lines together', () => {
    expect(paras('Title\n\nA wrapped\nparagraph.\r\n\r\nLast one.\n')).toEqual(['Title', 'A wrapped\nparagraph.', 'Last one.']);
  });

  it('ignores leading and trailing white space and returns nothing for blank text', () => {
    expect(paras('  \n\n  ')).toEqual([]);
    expect(paras('\n\n  Only.  \n')).toEqual(['Only.']);
  });
});
