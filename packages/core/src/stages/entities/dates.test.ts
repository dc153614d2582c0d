import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens.js';
import { dateRanges } from './dates.js';

function dates(text: string): string[] {
  const tokens = tokenize(text);
  return dateRanges(tokens, 0, tokens.length, new Uint8Array(tokens.length)).map(([a, b]) => text.slice(tokens[a].start, tokens[b - 1].end));
}

describe('dateRanges', () => {
  it('takes months with their day and year, weekdays and years after a date word', () => {
    expect(dates('Earlier in March the mayor spoke.')).toEqual(['March']);
    expect(dates('The vote was held on Friday, March 7, 2025 in the hall.')).toEqual(['Friday, March 7, 2025']);
    expect(dates('The bridge has stood since 1932 and was painted on 4 June.')).toEqual(['1932', '4 June']);
  });

  it('leaves the modal "May" and bare numbers alone', () => {
    expect(dates('May I ask the minister about 2000 new homes?')).toEqual([]);
    expect(dates('The plant opens in May.')).toEqual(['May']);
  });
});
