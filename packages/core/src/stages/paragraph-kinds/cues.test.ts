import { describe, expect, it } from 'vitest';
import { BYLINE_RULES } from './bylines.js';
import { BOILERPLATE_RULES, type KindRule } from './rules.js';

/*
 * A rule's `cue` is a cheap test tried before its pattern (whose first use compiles it, milliseconds
 * for the big Unicode ones). It must never refuse a text the pattern matches, or a decision changes.
 * Examples of every rule, matched by its pattern; each cue is checked against all of them, and
 * against variants in other cases and with the pattern's optional words.
 */
const EXAMPLES: Record<string, string[]> = {
  'boilerplate/donation': ['Please consider donating to keep us going.', 'Chip in $5 today.', 'Buy me a coffee', 'Support us on Patreon', 'Thank you for your support!', 'Become a member'],
  'boilerplate/subscription': [
    'Subscribe now for full access',
    'Sign up for our weekly newsletter',
    'Get our morning newsletter',
    'Delivered straight to your inbox',
    'Already a subscriber? Log in',
    'Start your free trial',
    'Enter your e-mail address',
    'Never miss a story',
    'Newsletter',
    'Text alerts',
    'Subscribe',
    'Free email newsletters:',
    'Get it free sign up',
  ],
  'boilerplate/form': ['This field is for validation purposes and should be left unchanged.', 'You may unsubscribe at any time.'],
  'boilerplate/poll': ['Quick poll: who won?', 'Vote now', 'Take our survey', 'Cast your vote', 'View poll results', 'Results so far'],
  'boilerplate/caption': ['Protesters gather in the square. Jane Doe/Getty Images', '(AP Photo/Carlos Osorio)', '(AP file photo)', 'image caption The minister', 'Image caption The minister', 'photo: Jane Doe', 'Photo: Jane Doe', 'Pictured: The minister', 'picture: Reuters', 'Photo by Jane Doe'],
  'boilerplate/social': ['Follow us on Twitter', 'Follow Jane on Instagram', 'Like us on Facebook', 'Share this article:', 'Share this', 'Join us on Telegram'],
  'boilerplate/cookies': ['This site uses cookies to improve your experience.', 'Accept all cookies', 'Cookie settings'],
  'boilerplate/related': ['Related stories: a, b, c', 'More headlines » x', 'Related', 'Read more', 'Read the full story', 'Continue reading', 'See also', 'You may also like', 'Click here', 'More from Politics'],
  'boilerplate/contact': ['E-mail the writers at news@example.com', 'Contact Jane Doe at jane@example.com', 'Email us your comments', 'Send us your tips'],
  'boilerplate/rights': ['© 2024 Example News', 'Copyright (c) 2023', 'Copyright 2021', 'All rights reserved.', 'This material may not be published, broadcast or rewritten.', '(C) 2020 Example'],
  'boilerplate/updated': ['Last updated: 3 May', 'Page last updated at 10:00', 'Last modified on Monday'],
  'boilerplate/navigation': ['Skip to main content', 'Toggle navigation', 'Open menu', 'Menu', 'Search', 'Sign in', 'Log out', 'Register', 'Home'],
  'boilerplate/back-to-top': ['Back to top', 'Return to the top', 'Top of page'],
  'boilerplate/video': ['JUST WATCHED', 'Must watch', 'Now playing', 'Watch the video:'],
  'boilerplate/comments': ['Jane Doe • 13 hours ago', 'Bob | 2 days ago'],
  'boilerplate/promo': ['The Book Jane Doe Best Price: $9.85 Buy New $9.95 (as of 03:35 EDT - Details)', 'Save $150 with coupons in Sunday’s paper', 'Get up to 50% off with code X'],
  'boilerplate/advert': ['Advertisement', 'Sponsored content', 'Paid content', 'Story continues below advertisement'],
  'boilerplate/author-bio': ['Jane Doe is a senior writer at the Example.'],
  'byline/by': ['By Jane Doe', 'BY JANE DOE and John Roe, Reuters'],
  'byline/name-outlet': ['Jane Doe | Reuters'],
  'byline/contributor': ['Jo Roe contributed reporting to this story.', 'Jo Roe writes for The Sun.', 'reporting by Jo Roe', 'Reporting by Jo Roe', '(Reporting by Jo Roe in London; Editing by Ann Poe)', 'Edited by Ann Poe'],
  'byline/names': ['Jane Doe, John Roe and Ann Poe'],
  'byline/dateline': ['LONDON (Reuters) -', 'WASHINGTON, May 3 (AP) --'],
};

const RULES: readonly KindRule[] = [...BOILERPLATE_RULES, ...BYLINE_RULES];

function variants(text: string): string[] {
  return [text, text.toLowerCase(), text.toUpperCase(), `${text[0].toUpperCase()}${text.slice(1)}`];
}

describe('paragraph-kind cues', () => {
  it('has examples for every rule, each matched by a rule of its id', () => {
    for (const rule of RULES) expect(EXAMPLES[rule.id], rule.id).toBeDefined();
    for (const [id, texts] of Object.entries(EXAMPLES)) {
      for (const text of texts) expect(RULES.some((r) => r.id === id && r.pattern.test(text)), `${id}: ${text}`).toBe(true);
    }
  });

  it('never refuses a text its pattern matches', () => {
    const texts = Object.values(EXAMPLES).flat().flatMap(variants);
    for (const rule of RULES) {
      if (!rule.cue) continue;
      for (const text of texts) if (rule.pattern.test(text)) expect(rule.cue(text), `${rule.id} refuses "${text}"`).toBe(true);
    }
  });

  it('gives every rule a cue, so a paragraph compiles only the patterns it may need', () => {
    expect(RULES.filter((r) => !r.cue).map((r) => r.id)).toEqual([]);
  });
});
