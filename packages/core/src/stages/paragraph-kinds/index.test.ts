import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline.js';
import { segmentStage } from '../segment.js';
import { paragraphKindsStage } from './index.js';
import SAMPLE from '../../../../../apps/marginalia/samples/kremlin-signal.txt?raw';

const pipeline = createPipeline([segmentStage(), paragraphKindsStage()]);
const kinds = (text: string) => pipeline.run(text).paragraphs.map((p) => [p.kind, p.kindRule]);

describe('paragraph-kinds', () => {
  it('marks the sample article’s donation appeal as boilerplate and the rest as body', () => {
    const paragraphs = pipeline.run(SAMPLE).paragraphs;
    const last = paragraphs[paragraphs.length - 1];
    expect(last.text).toMatch(/^If you’ve enjoyed this article/);
    expect([last.kind, last.kindRule]).toEqual(['boilerplate', 'boilerplate/donation']);
    expect(paragraphs.slice(0, -1).every((p) => p.kind === 'body')).toBe(true);
  });

  it('recognises a heading, a byline and several kinds of boilerplate', () => {
    const text = [
      'Harbour Town Votes On New Ferry Route',
      'By Mara Ellison and Tom Quill, Coastal Herald',
      'The council voted on Tuesday to add a second ferry to the island route, ending a year of delays.',
      'Officials said the new boat would carry 200 passengers and run every hour in summer.',
      'Related articles',
      'Sign up for our weekly newsletter to get local news delivered to your inbox.',
      'Follow us on Twitter for live updates.',
      'This website uses cookies to improve your experience. Accept all cookies or manage settings.',
      'Mara Ellison is a freelance writer who covers transport and coastal towns.',
    ].join('\n\n');
    expect(kinds(text)).toEqual([
      ['heading', 'heading/title-case'],
      ['byline', 'byline/by'],
      ['body', 'body/default'],
      ['body', 'body/default'],
      ['boilerplate', 'boilerplate/related'],
      ['boilerplate', 'boilerplate/subscription'],
      ['boilerplate', 'boilerplate/social'],
      ['boilerplate', 'boilerplate/cookies'],
      ['boilerplate', 'boilerplate/author-bio'],
    ]);
  });

  it('keeps story text that merely mentions donations or newsletters as body', () => {
    const text = [
      'The senator received donations from three energy firms, records show.',
      'A leaked newsletter from the ministry described the plan in detail.',
      'By the end of the week, the river had risen two metres.',
      'Priya Nandakumar | Reuters',
    ].join('\n\n');
    expect(kinds(text)).toEqual([
      ['body', 'body/default'],
      ['body', 'body/default'],
      ['body', 'body/default'],
      ['byline', 'byline/name-outlet'],
    ]);
  });
});
