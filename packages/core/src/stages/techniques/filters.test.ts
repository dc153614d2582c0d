import { runPipeline } from '../../../test/models.js';
import { analyzeSync } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createPipeline, defaultStages } from '../../pipeline.js';
import { paragraphKindsStage } from '../paragraph-kinds/index.js';
import { segmentStage } from '../segment.js';
import { dedupe, techniquesStage, type Mark } from './index.js';
import { quotedRanges } from './filters.js';

/** The default pipeline with every technique mark kept, whatever its confidence: the filters alone decide. */
const everyMark = createPipeline(defaultStages().map((s) => (s.id === 'techniques' ? techniquesStage({ minConfidence: 0 }) : s)));

// All texts below are made up for these tests.
const WIRE = [
  'Regional Council Approves Budget',
  'The regional council approved a budget of 2.4 billion euros on Thursday, a spokesman said. The plan raises spending on roads by 3 percent and leaves school funding unchanged.',
  'Council member Ana Whitcombe said the vote followed three months of consultation with local businesses. The budget takes effect in January.',
  'A meat processing plant in the district, which packs chicken and beef for export, will receive a grant for new cooling equipment, according to the council’s figures.',
].join('\n\n');

describe('technique marks are the author’s devices', () => {
  it('gives a neutral wire-style report no marks', () => {
    expect(analyzeSync(WIRE).techniques).toEqual([]);
  });

  it('never marks "chicken and beef"', () => {
    const all = runPipeline(everyMark, WIRE);
    const at = WIRE.indexOf('chicken and beef');
    expect(all.techniques.filter((t) => t.start < at + 16 && at < t.end)).toEqual([]);
  });

  it('never marks a person’s or an organisation’s name on its own', () => {
    const text =
      'Talk radio host Rusty Gallagher spoke to listeners on Monday. Gallagher said the Dunmore Institute would publish its report in May. Rusty Gallagher thanked the Dunmore Institute.';
    const article = runPipeline(everyMark, text);
    const names = article.entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG').flatMap((e) => e.mentions);
    expect(names.length).toBeGreaterThan(0);
    for (const t of article.techniques) {
      const onlyName = names.some((m) => m.start <= t.start && t.end <= m.end);
      expect(onlyName, `${t.technique} on the name “${t.text}”`).toBe(false);
    }
  });

  it('does not make a slogan a politician is quoted saying the author’s, nor spread it', () => {
    const text = [
      'Governor Lena Marsh opened her campaign in Dayton on Saturday.',
      '“Take back our future! Take back our future!” Marsh told about 2,000 supporters, who answered: “Take back our future!”',
      'Her campaign said she would repeat the slogan “Take back our future” at rallies in three more cities this month.',
    ].join('\n\n');
    const article = runPipeline(everyMark, text);
    const quoted = quotedRanges(text);
    for (const t of article.techniques) {
      const inQuote = quoted.some((q) => q.start <= t.start && t.end <= q.end);
      expect(inQuote, `${t.technique} inside a quote: “${t.text}”`).toBe(false);
    }
    expect(article.techniques.filter((t) => t.technique === 'Slogans' || t.technique === 'Repetition')).toEqual([]);
  });

  it('finds smears: a label on a named person, contempt for the media', () => {
    const text = [
      'Senator Tom Redding gave another speech on Tuesday.',
      'Crooked Redding and the lying media will never tell you the truth about the deal. Redding is a liar, and everyone knows it.',
      'The fake news media covered for him again. Wake up! They want us to believe this was an accident.',
    ].join('\n\n');
    const article = analyzeSync(text);
    const found = (label: string, words: string) => article.techniques.some((t) => t.technique === label && t.text.includes(words));
    expect(found('Name_Calling-Labeling', 'Crooked Redding'), JSON.stringify(article.techniques.map((t) => [t.technique, t.text, t.confidence]))).toBe(true);
    expect(found('Name_Calling-Labeling', 'lying media')).toBe(true);
    expect(found('Name_Calling-Labeling', 'liar')).toBe(true);
    expect(article.techniques.some((t) => t.technique === 'Doubt' && t.text.includes('want us to believe'))).toBe(true);
  });
});

describe('short quotes', () => {
  const text = 'The row went on. Reminded that Dalton had called him “a disgrace”, Webb added: “I don’t respond to anything.” Critics called the plan a “disgrace”.';

  it('a label someone was called is reported, not the author’s scare quotes', () => {
    const all = runPipeline(everyMark, text);
    const at = text.indexOf('a disgrace');
    expect(all.techniques.filter((t) => t.start < at + 10 && at < t.end)).toEqual([]);
  });

  it('a word the author puts in quotes alone stays the author’s', () => {
    const plain = 'This so-called reform is a “disgrace” and a betrayal of every voter.';
    const all = runPipeline(everyMark, plain);
    const at = plain.indexOf('disgrace');
    expect(all.techniques.some((t) => t.start <= at && at < t.end)).toBe(true);
  });
});

describe('large input (issue #13)', () => {
  it('de-duplicates a million overlapping marks without a stack overflow, keeping the longest of each run', () => {
    const marks: Mark[] = [];
    for (let i = 0; i < 500_000; i++) {
      marks.push({ label: 'Loaded_Language', start: 10 * i, end: 10 * i + 4, rule: 'short' });
      marks.push({ label: 'Loaded_Language', start: 10 * i + 1, end: 10 * i + 8, rule: 'long' });
    }
    const kept = dedupe(marks);
    expect(kept.length).toBe(500_000);
    expect(kept.every((m) => m.rule === 'long')).toBe(true);
  });

  it('analyses a 10 MB article without throwing, with the marks of each copy of its paragraph', () => {
    const paragraph =
      'The sinister plot was hatched in secret. Who benefits from the so-called reform? That’s not reform. That’s theft. The council met on Monday and approved the budget for roads and schools.';
    const pipeline = createPipeline([segmentStage(), paragraphKindsStage(), techniquesStage({ tagger: false, repetition: false, minConfidence: 0 })]);
    const one = runPipeline(pipeline, paragraph).techniques;
    expect(one.length).toBeGreaterThan(2);
    const copies = Math.ceil(10_000_000 / (paragraph.length + 2));
    const text = Array.from({ length: copies }, () => paragraph).join('\n\n');
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    let marks: ReturnType<typeof pipeline.run>['techniques'] = [];
    expect(() => (marks = runPipeline(pipeline, text).techniques)).not.toThrow();
    expect(marks.length).toBe(copies * one.length);
    const last = text.length - paragraph.length;
    const tail = marks.slice(-one.length).map((t) => [t.technique, t.start - last, t.end - last, t.rule]);
    expect(tail).toEqual(one.map((t) => [t.technique, t.start, t.end, t.rule]));
  }, 300_000);
});
