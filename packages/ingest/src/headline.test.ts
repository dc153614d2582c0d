import { describe, expect, it } from 'vitest';
import { plainTextHeadline } from './headline.js';
import { articleFromText } from './load.js';

describe('plain-text headline', () => {
  it('takes a first line that reads as a headline', () => {
    expect(plainTextHeadline('Harbour vote splits Lisbon council\n\nThe council voted on Monday.')).toBe('Harbour vote splits Lisbon council');
    expect(plainTextHeadline('Is the harbour plan worth €210 million?\r\nThe council voted on Monday.')).toBe('Is the harbour plan worth €210 million?');
    expect(articleFromText('Harbour vote splits council\n\nThe council voted.', 'a.txt').meta.title).toBe('Harbour vote splits council');
  });

  it('leaves it out when the first line is a sentence, a byline, a single word or the whole text', () => {
    expect(plainTextHeadline('In the cold corridors of power, a storm is gathering.\n\nMore text.')).toBeNull();
    expect(plainTextHeadline('By Maria Okafor\n\nThe council voted.')).toBeNull();
    expect(plainTextHeadline('Harbour\n\nThe council voted.')).toBeNull();
    expect(plainTextHeadline('Harbour vote splits Lisbon council')).toBeNull();
    expect(plainTextHeadline('the council voted, and then\nit adjourned.')).toBeNull();
  });
});
