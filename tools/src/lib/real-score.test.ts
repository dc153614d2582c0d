import { describe, expect, it } from 'vitest';
import { allBoilerplate, goldAnalysis } from './real-gold-analysis.js';
import type { RealArticle } from './real-gold.js';
import { namesSurface, norm, variants, words } from './real-names.js';
import { emptyTotals, rankingAuc, realFigures, scoreReal, type ScoredAnalysis } from './real-score.js';

// A made-up article in the shape of the real set: a caption line, a mixed copyright line, two speakers.
const text = [
  'Harbour plan approved',
  'A crane at the port. Jo Bloggs/Agency',
  '“The harbour will reopen in spring,” said Mayor Ann Lee. Tom Gray of Lee’s party said the cost was too high. Copyright 2026 Example News.',
  'Critics called it a reckless gamble.',
].join('\n');

const article: RealArticle = {
  file: 'X01_made_up.txt',
  text,
  gold: {
    kind: 'wire',
    entities: [
      { name: 'Ann Lee', type: 'PERSON', surface: ['Mayor Ann Lee', 'Lee'] },
      { name: 'Tom Gray', type: 'PERSON', surface: ['Tom Gray'] },
      { name: 'Jo Bloggs', type: 'PERSON', surface: ['Jo Bloggs'] },
    ],
    ignoreEntities: ['Agency'],
    attributions: [
      { speaker: 'Ann Lee', speakerSurface: ['Mayor Ann Lee'], content: 'The harbour will reopen in spring', direct: true },
      { speaker: 'Tom Gray', speakerSurface: ['Tom Gray of Lee’s party', 'Tom Gray'], content: 'the cost was too high', direct: false },
    ],
    attributionsOptional: [],
    notAttributions: ['Critics called it'],
    boilerplate: ['A crane at the port. Jo Bloggs/Agency', 'Copyright 2026 Example News.'],
    boilerplateMixed: ['Copyright 2026 Example News.'],
    meta: [],
    techniqueDevices: [],
  },
};

const empty: ScoredAnalysis = { paragraphs: [], entities: [], attributions: [], techniques: [] };
const score = (a: ScoredAnalysis) => {
  const totals = emptyTotals();
  const errors = scoreReal(article, a, totals);
  return { totals, errors, figures: realFigures(totals) };
};
const span = (s: string) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};

describe('real-articles names', () => {
  it('normalises as the README says', () => {
    expect(norm('  “The Guardian’s”. ')).toBe('guardian');
    expect([...variants('Mr. Smith')]).toEqual(['mr. smith', 'smith']);
    expect(words('Tom Gray, of Lee’s party')).toBe(" tom gray of lee's party ");
  });
  it('names a surface by last word, but not a one-word surface beside another entity', () => {
    const ctx = { surfaces: ['Barnard'], otherEntityForms: [] };
    expect(namesSurface('Retail analyst Kurt Barnard', ctx, false)).toBe(true);
    const tory = { surfaces: ['Tory'], otherEntityForms: [words('Liam Fox')] };
    expect(namesSurface('Tory co-chairman Liam Fox', tory, false)).toBe(false);
    expect(namesSurface('he', { surfaces: ['he'], otherEntityForms: [] }, false)).toBe(false);
    expect(namesSurface('he', { surfaces: ['he'], otherEntityForms: [] }, true)).toBe(true);
  });
});

describe('real-articles scoring', () => {
  it('scores an empty analysis 0', () => {
    const { figures } = score(empty);
    expect(figures.entityF1).toBe(0);
    expect(figures.attributionF1).toBe(0);
    expect(figures.boilerplateRecall).toBe(0);
  });

  it('scores the gold-built analysis 1', () => {
    const { figures } = score(goldAnalysis(article));
    expect(figures.entityF1).toBe(1);
    expect(figures.attributionF1).toBe(1);
    expect(figures.wrongSpeaker).toBe(0);
    expect(figures.boilerplateRecall).toBe(1);
    expect(figures.falseBoilerplate).toBe(0);
  });

  it('counts rotated speakers as wrong, publishable names', () => {
    const { figures } = score(goldAnalysis(article, true));
    expect(figures.wrongSpeaker).toBe(1);
    expect(figures.attributionF1).toBe(0);
  });

  it('flags a boilerplate paragraph holding article text, once', () => {
    const { totals } = score(allBoilerplate(article));
    expect(totals.boilerplate.found).toBe(2);
    expect(totals.boilerplate.falseParagraphs).toBe(3);
  });

  it('gives a source linked to the person inside the source phrase a wrong speaker', () => {
    const entities = [
      { id: 'e1', name: 'Ann Lee', type: 'PERSON', mentions: [{ text: 'Ann Lee' }] },
      { id: 'e2', name: 'Tom Gray', type: 'PERSON', mentions: [{ text: 'Tom Gray' }] },
    ];
    const attribution = (entity: string | null) => ({
      content: span('the cost was too high'),
      source: { text: 'Tom Gray of Lee’s party', entity },
      cue: null,
    });
    expect(score({ ...empty, entities, attributions: [attribution('e1')] }).figures.wrongSpeaker).toBe(1);
    expect(score({ ...empty, entities, attributions: [attribution('e2')] }).figures.wrongSpeaker).toBe(0);
    // Unlinked, the source words decide: "Tom Gray of Lee’s party" names Tom Gray.
    expect(score({ ...empty, entities, attributions: [attribution(null)] }).totals.attributions.right).toBe(1);
  });

  it('tells false alarms on notAttributions from other extras', () => {
    const { totals } = score({
      ...empty,
      attributions: [
        { content: span('it a reckless gamble'), source: { text: 'Critics', entity: null }, cue: span('called') },
        { content: span('Harbour plan approved'), source: null, cue: null },
      ],
    });
    expect(totals.attributions.falseAlarms).toBe(1);
    expect(totals.attributions.other).toBe(1);
  });

  it('ranks by AUC with ties as half', () => {
    const rows = [
      { kind: 'propaganda', score: 0.9 },
      { kind: 'propaganda', score: 0.4 },
      { kind: 'wire', score: 0.4 },
      { kind: 'wire', score: 0.1 },
    ];
    expect(rankingAuc(rows, ['propaganda'], ['wire'])).toBe(0.875);
  });
});
