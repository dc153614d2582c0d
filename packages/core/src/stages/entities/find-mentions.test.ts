import { modelContext, runPipeline } from '../../../test/models.js';
import { analyzeSync } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline.js';
import { segmentStage } from '../segment.js';
import { entitiesStage } from './index.js';
import { createContext } from '../../context.js';
import { emptyArticle } from '../../pipeline.js';
import { miscType } from './misc-type.js';

function mentions(text: string) {
  const article = emptyArticle(text);
  const context = modelContext();
  segmentStage().run(article, context);
  entitiesStage().run(article, context);
  return context.nerMentions;
}

describe('entities stage', () => {
  it('drops a leading title and a trailing possessive from person names', () => {
    const found = mentions('Governor Helen Okafor met Senator Tomas Berg in Chicago on Tuesday. Berg’s aides said little.');
    const texts = found.map((m) => `${m.type}:${m.text}`);
    expect(texts).toContain('PERSON:Helen Okafor');
    expect(texts).toContain('PERSON:Tomas Berg');
    expect(texts).toContain('PLACE:Chicago');
    expect(texts).toContain('DATE:Tuesday');
    expect(texts).toContain('PERSON:Berg');
    for (const m of found) expect(m.text).not.toMatch(/^(Governor|Senator)|’s$/);
  });

  it('writes mentions in text order with token ranges that match their offsets', () => {
    const text = 'The Kremlin and the White House traded notes while German and Polish diplomats waited in Warsaw.';
    const article = emptyArticle(text);
    const context = modelContext();
    segmentStage().run(article, context);
    entitiesStage().run(article, context);
    const found = context.nerMentions;
    expect(found.map((m) => m.start)).toEqual([...found.map((m) => m.start)].sort((a, b) => a - b));
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(context.tokens[m.tokenStart].start).toBe(m.start);
      expect(context.tokens[m.tokenEnd - 1].end).toBe(m.end);
    }
    const typed = Object.fromEntries(found.map((m) => [m.text, m.type]));
    expect(typed).toMatchObject({ Kremlin: 'ORG', 'White House': 'ORG', German: 'NORP', Polish: 'NORP', Warsaw: 'PLACE' });
  });

  it('gives no mentions for empty or name-less text', () => {
    expect(mentions('')).toEqual([]);
    expect(mentions('it rained all day and nobody came.')).toEqual([]);
    expect(analyzeSync('').entities).toEqual([]);
    expect(runPipeline(createPipeline([segmentStage(), entitiesStage()]), '   ').entities).toEqual([]);
  });
});

describe('miscType', () => {
  it('splits CoNLL MISC into groups, events and other names', () => {
    expect(miscType(['Russian'])).toBe('NORP');
    expect(miscType(['Iraqi'])).toBe('NORP');
    expect(miscType(['World', 'Cup'])).toBe('EVENT');
    expect(miscType(['Windows'])).toBe('OTHER');
  });
});

describe('title words', () => {
  it('never makes a name of a title alone', () => {
    const found = mentions('Press Secretary Lena Ortiz and Deputy Minister Omar Haddad spoke in Cairo.');
    expect(found.map((m) => m.text)).not.toContain('Press');
    expect(found.map((m) => m.text)).not.toContain('Deputy Minister');
    expect(found.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual(['Lena Ortiz', 'Omar Haddad']);
  });
});

describe('given names', () => {
  it('keeps the surname after a known given name with the person', () => {
    const found = mentions('Yesterday Maria Lindqvist flew from Stockholm to Berlin.');
    expect(found.find((m) => m.type === 'PERSON')?.text).toBe('Maria Lindqvist');
  });
});

describe('name spans', () => {
  it('joins "Department for Work and Pensions" and splits "MP Nigel Waterson"', () => {
    const found = mentions('A Department for Work and Pensions spokeswoman said Tory MP Nigel Waterson was wrong.').map((m) => `${m.type}:${m.text}`);
    expect(found).toContain('ORG:Department for Work and Pensions');
    expect(found).toContain('PERSON:Nigel Waterson');
  });

  it('stops a name at a function word of a title-case headline', () => {
    const found = mentions('Why Harriet Olsen Is Going To Win The Race\n\nHarriet Olsen spoke in the town hall on Friday.').map((m) => m.text);
    expect(found.some((t) => /Is Going|Win The/.test(t))).toBe(false);
  });

  it('keeps a plural possessive inside an organisation ("Players\' Association")', () => {
    const found = mentions("The Hockey Players' Association said it would appeal.").map((m) => `${m.type}:${m.text}`);
    expect(found.some((t) => t.startsWith('ORG:') && t.endsWith("Players' Association"))).toBe(true);
  });

  it('leaves the group word off a place ("a Vermont Republican")', () => {
    const found = mentions('Senator Tomas Berg, a Vermont Republican, voted against it.').map((m) => `${m.type}:${m.text}`);
    expect(found).toContain('PLACE:Vermont');
  });
});
