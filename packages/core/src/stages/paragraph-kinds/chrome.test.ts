import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline.js';
import { findSpanViolations } from '../../model/spans.js';
import { segmentStage } from '../segment.js';
import { paragraphKindsStage } from './index.js';

const pipeline = createPipeline([segmentStage(), paragraphKindsStage()]);
const run = (text: string) => {
  const article = pipeline.run(text);
  expect(findSpanViolations(article)).toEqual([]);
  expect(article.paragraphs.map((p) => p.id)).toEqual(article.paragraphs.map((_, i) => `p${i + 1}`));
  return article.paragraphs;
};
const kinds = (text: string) => run(text).map((p) => [p.text, p.kindRule]);

// Short made-up articles shaped like web extracts: one paragraph a line, chrome among them.
const LEAD = 'The harbour board approved the new ferry timetable on Monday after a year of talks with the island council.';
const SECOND = 'Ferries will leave every hour in summer and every two hours in winter, the board said in a statement on Monday.';

describe('web chrome', () => {
  it('reads a wire sign-off and capitalised caption labels as what they are, not as story text', () => {
    const signOff = '(Reporting by Jane Doe in London; Additional reporting by Jo Roe; Editing by Ann Poe.)';
    const text = [LEAD, 'Photo: The new ferry at the harbour on Monday.', 'Image: A ferry leaves the island at dawn', SECOND, 'Reporting by Jane Doe; Editing by Ann Poe', signOff].join('\n');
    expect(kinds(text)).toEqual([
      [LEAD, 'body/default'],
      ['Photo: The new ferry at the harbour on Monday.', 'boilerplate/caption'],
      ['Image: A ferry leaves the island at dawn', 'boilerplate/caption'],
      [SECOND, 'body/default'],
      ['Reporting by Jane Doe; Editing by Ann Poe', 'byline/contributor'],
      [signOff, 'byline/contributor'],
    ]);
    // A story sentence that starts with the same words stays body text.
    expect(kinds(['Photographers were kept away from the harbour on Monday, the board said.', SECOND].join('\n')).map(([, r]) => r)).toEqual(['body/default', 'body/default']);
  });

  it('marks a poll block, its question and its answers', () => {
    const text = [LEAD, 'QUICK VOTE', 'Should the island get a second ferry?', 'Yes', 'No', 'View results', SECOND].join('\n');
    expect(kinds(text)).toEqual([
      [LEAD, 'body/default'],
      ['QUICK VOTE', 'boilerplate/poll'],
      ['Should the island get a second ferry?', 'boilerplate/poll'],
      ['Yes', 'boilerplate/poll'],
      ['No', 'boilerplate/poll'],
      ['View results', 'boilerplate/poll'],
      [SECOND, 'body/default'],
    ]);
  });

  it('ends a poll block where the form under it ends, before the story resumes', () => {
    const text = [LEAD, 'take our poll - story continues below', 'Should the island get a second ferry?', '* Yes * No', 'Email *', 'You may opt out at any time.', 'So which is it?', SECOND].join('\n');
    expect(kinds(text).map(([, r]) => r)).toEqual([
      'body/default',
      'boilerplate/poll',
      'boilerplate/poll',
      'boilerplate/poll',
      'boilerplate/share',
      'boilerplate/form',
      'body/default',
      'body/default',
    ]);
  });

  it('marks shop widgets, video labels and comment headers, but not a widget glued to the story', () => {
    const widget = 'Island Ferries: A Hist... Jo Marsh Best Price: $4.99 Buy New $9.95 (as of 03:35 EDT - Details)';
    const text = [LEAD, widget, 'JUST WATCHED Ferry board chair speaks Replay More Videos', 'Ann Roe • 3 hours ago', `The chair said she had “no regrets.” ${widget}`].join('\n');
    expect(kinds(text).map(([, r]) => r)).toEqual(['body/default', 'boilerplate/promo', 'boilerplate/video', 'boilerplate/comments', 'body/default']);
  });

  it('marks a photo caption on its own line and splits one off an article line', () => {
    const caption = 'Passengers queue for the morning ferry at Port Alder. Jo Marsh/Getty Images';
    expect(kinds([LEAD, caption, SECOND].join('\n'))[1]).toEqual([caption, 'boilerplate/caption']);
    const mixed = `Passengers queue for the morning ferry. Jo Marsh/Getty Images PORT ALDER (AP) -- ${LEAD}`;
    expect(kinds(mixed)).toEqual([
      ['Passengers queue for the morning ferry. Jo Marsh/Getty Images', 'boilerplate/caption'],
      [`PORT ALDER (AP) -- ${LEAD}`, 'body/default'],
    ]);
  });

  it('marks newsletter and subscription prompts', () => {
    const text = [LEAD, 'Sign up for the Harbour Brief Our free weekly guide to the islands', 'Text alerts Get the top headlines straight to your phone', SECOND].join('\n');
    expect(kinds(text).map(([, rule]) => rule)).toEqual(['body/default', 'boilerplate/subscription', 'boilerplate/subscription', 'body/default']);
  });

  it('splits "Click here for full story." and the teasers it closes off the story', () => {
    const text = [
      'Ferry board in new row. Sam Lee/Reuters Columnist Ann Roe The board has lost the trust of the islands.',
      `Click here for full story. ${LEAD} ${SECOND}`,
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['Ferry board in new row. Sam Lee/Reuters', 'boilerplate/caption'],
      ['Columnist Ann Roe The board has lost the trust of the islands.', 'boilerplate/teaser'],
      ['Click here for full story.', 'boilerplate/read-more'],
      [`${LEAD} ${SECOND}`, 'body/default'],
    ]);
  });

  it('splits a copyright footer off the last line and marks one standing alone', () => {
    const notice = 'Copyright 2005 Coastal Press. All rights reserved. This material may not be published or redistributed.';
    expect(kinds(`${LEAD} ${SECOND} ${notice}`)).toEqual([
      [`${LEAD} ${SECOND}`, 'body/default'],
      [notice, 'boilerplate/rights'],
    ]);
    expect(kinds([LEAD, 'Copyright 2005 The Coastal Herald', 'Back to Top'].join('\n')).map(([, r]) => r)).toEqual([
      'body/default',
      'boilerplate/rights',
      'boilerplate/back-to-top',
    ]);
  });

  it('marks a pull quote that repeats the body and the speaker line under it', () => {
    const quote = '“We have waited long enough for a ferry that runs on time, and the islands will not wait any longer,” said Lena Ostrova, the board chair.';
    const text = [LEAD, 'The islands will not wait any longer for a ferry that runs on time', 'Lena Ostrova, board chair', quote, SECOND].join('\n');
    expect(kinds(text).map(([, r]) => r)).toEqual(['body/default', 'boilerplate/pull-quote', 'boilerplate/pull-quote', 'body/default', 'body/default']);
  });

  it('marks share bars, contact lines and the link list after the story', () => {
    const text = [
      `E-MAIL THIS STORY | PRINTER-FRIENDLY FORMAT Ferry Board Backs Hourly Sailings`,
      `${LEAD} Contact ANN ROE at 555-123-4567 or aroe@example.com.`,
      'What do you think? Email your comments to letters@example.com',
      'Special report Island transport',
      'Ferry timetables',
      'Printable version | Send it to a friend | Save story',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['E-MAIL THIS STORY | PRINTER-FRIENDLY FORMAT', 'boilerplate/share'],
      ['Ferry Board Backs Hourly Sailings', 'heading/title-case'],
      [LEAD, 'body/default'],
      ['Contact ANN ROE at 555-123-4567 or aroe@example.com.', 'boilerplate/contact'],
      ['What do you think? Email your comments to letters@example.com', 'boilerplate/contact'],
      ['Special report Island transport', 'boilerplate/link-list'],
      ['Ferry timetables', 'boilerplate/link-list'],
      ['Printable version | Send it to a friend | Save story', 'boilerplate/share'],
    ]);
  });

  it('marks menus and breadcrumbs as chrome, and lone dates, datelines and contributor lines as bylines', () => {
    const text = [
      'Skip to main content',
      'Home | News | Sport | Weather',
      'News › Islands › Transport',
      'Ann Roe, Sam Lee and Jo Marsh',
      'Published Wednesday, March 2, 2005',
      'PORT ALDER (AP) --',
      LEAD,
      'Staff writer Ann Roe contributed to this report.',
    ].join('\n');
    expect(kinds(text).map(([, r]) => r)).toEqual(['boilerplate/navigation', 'boilerplate/menu', 'boilerplate/menu', 'byline/names', 'byline/date', 'byline/dateline', 'body/default', 'byline/contributor']);
  });

  it('never calls story text boilerplate when it only mentions the words', () => {
    const text = [
      'Poll: Islanders back the ferry plan by two to one',
      'The board used the timetable as a bargaining chip in negotiations with the council.',
      'A crew member started a GoFundMe account for the injured captain, his sister said.',
      'Few islanders now subscribe to the notion that the ferry will ever run on time.',
      'He is a former professor of maritime law at the island college.',
      'The photographer, Jo Marsh, sold the picture to Getty Images, she said.',
      'Copyright law was not the issue, the board said, and the print edition carried the story.',
    ].join('\n');
    expect(run(text).filter((p) => p.kind === 'boilerplate').map((p) => p.text)).toEqual([]);
  });

  it('names the deciding rule on every boilerplate paragraph', () => {
    const text = [LEAD, 'Read more', 'Follow us on Twitter for live updates.', 'Back to top'].join('\n');
    for (const p of run(text).filter((q) => q.kind === 'boilerplate')) expect(p.kindRule).toMatch(/^boilerplate\/[a-z-]+$/);
  });
});
