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

  // Issue #13 item 6: one header and a blank line must not merge the one-line paragraphs below it.
  it('decides per block: a header set off by a blank line leaves the one-line paragraphs below it apart', () => {
    const body = [
      'The harbour board approved the new ferry timetable on Monday after a year of talks with the island council.',
      'Ferries will leave every hour in summer and every two hours in winter, the board said in a statement.',
      '"This is the service people asked for," said the board\'s chair, Lena Ostrova, who has run it since 2019.',
    ];
    const text = `Harbour board backs hourly ferries\n\n${body.join('\n')}\n`;
    expect(paras(text)).toEqual(['Harbour board backs hourly ferries', ...body]);
  });

  it('keeps a block wrapped at a fixed width together, even beside one-line blocks', () => {
    const wrapped = 'The harbour board approved the new ferry timetable on Monday after\na year of talks with the island council, which had asked for more\nsailings in winter.';
    const text = `Ferry news\n\n${wrapped}\n\nA second paragraph on one line that runs on for well over a hundred characters, as web text does.`;
    expect(paras(text)).toEqual(['Ferry news', wrapped, 'A second paragraph on one line that runs on for well over a hundred characters, as web text does.']);
  });

  it('splits a short headline line off the long paragraph right under it, and short link lines from each other', () => {
    const long = 'Also on Sunday the council chair wrote to the minister asking for a full review of the ferry contract and of the way it had been awarded.';
    expect(paras(`Mayor: ferry deal was 'a mistake'\n${long}`)).toEqual(["Mayor: ferry deal was 'a mistake'", long]);
    expect(paras('Police reform\nCivil registration\nUseful sites')).toEqual(['Police reform', 'Civil registration', 'Useful sites']);
  });
});
