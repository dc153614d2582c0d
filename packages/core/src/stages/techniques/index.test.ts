import { runPipeline } from '../../../test/models.js';
import { analyzeSync } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createPipeline, defaultStages } from '../../pipeline.js';
import { TECHNIQUE_LABELS } from '../../model/schema.js';
import SAMPLE from '../../../../../apps/marginalia/samples/kremlin-signal.txt?raw';
import { DEFAULT_MIN_CONFIDENCE, isAuthorQuestion, techniquesStage } from './index.js';
import { ptc2020ClassOf } from './labels.js';

const sample = analyzeSync(SAMPLE);
/** Every mark, whatever its confidence (the default output leaves out those below the threshold). */
const everyMark = createPipeline(defaultStages().map((s) => (s.id === 'techniques' ? techniquesStage({ minConfidence: 0 }) : s)));
const sampleAll = runPipeline(everyMark, SAMPLE);

/** The technique marks (of every confidence) whose text is exactly `text`, or that contain it. */
function marksOver(text: string) {
  return sampleAll.techniques.filter((t) => t.text.includes(text));
}

describe('techniques on the sample article', () => {
  it.each([
    ['secrets slither', 'Loaded_Language'],
    ['dark convergence', 'Loaded_Language'],
    ['ultimatums wrapped in iron', 'Loaded_Language'],
    ['a storm is gathering', 'Appeal_to_Fear-Prejudice'],
    ['The topic?', 'Rhetorical_Question'],
    ['That’s not diplomacy. That’s choreography.', 'False_Dilemma-No_Choice'],
    ['so-called peace initiative', 'Doubt'],
  ])('marks “%s” as %s', (text, label) => {
    const marks = marksOver(text).filter((t) => t.technique === label);
    expect(marks.length, `no ${label} mark covers “${text}”; marks: ${JSON.stringify(sampleAll.techniques.map((t) => [t.technique, t.text]))}`).toBeGreaterThan(0);
    // Tight: the mark is the phrase itself, not a whole paragraph that happens to hold it.
    expect(marks.some((t) => t.text.length <= text.length + 12)).toBe(true);
  });

  it('says why for every mark, uses only contract labels and gives a confidence in 0..1', () => {
    expect(sample.techniques.length).toBeGreaterThan(10);
    for (const t of sampleAll.techniques) {
      expect(TECHNIQUE_LABELS).toContain(t.technique);
      expect(t.rule).toMatch(/^(lexicon|rule|model):[\w@.-]+\/\S/);
      expect(t.confidence).toBeGreaterThanOrEqual(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
    }
    // The default output is the marks at or above the threshold.
    expect(sample.techniques.length).toBe(sampleAll.techniques.filter((t) => t.confidence! >= DEFAULT_MIN_CONFIDENCE).length);
  });

  it('keeps every technique span true to the text (0-based UTF-16, end exclusive)', () => {
    for (const t of sample.techniques) {
      expect(t.start).toBeLessThan(t.end);
      expect(SAMPLE.slice(t.start, t.end)).toBe(t.text);
    }
    const odd = analyzeSync('Zoë 👩‍👩‍👧 said the so-called reform is a sinister plot. Why? 🎉 This isn’t reform. It’s theft.');
    expect(odd.techniques.length).toBeGreaterThan(0);
    for (const t of odd.techniques) expect(odd.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('leaves the donation appeal alone', () => {
    const appeal = sample.paragraphs.find((p) => p.kind === 'boilerplate')!;
    expect(sample.techniques.filter((t) => t.start >= appeal.start && t.end <= appeal.end)).toEqual([]);
  });
});

describe('technique rules on small texts', () => {
  it('treats a question in quotation marks as reported speech, not the author’s rhetoric', () => {
    expect(isAuthorQuestion('Who benefits from this deal?')).toBe(true);
    expect(isAuthorQuestion('“Who benefits from this deal?” she asked.')).toBe(false);
    expect(isAuthorQuestion('The deal was signed.')).toBe(false);
  });

  it('finds nothing in a plain wire sentence', () => {
    const plain = analyzeSync('The ministry said on Tuesday that exports rose 3 percent in May, led by machinery and chemicals.');
    expect(plain.techniques).toEqual([]);
  });

  it('maps each 2023 label to at most one 2020 class, merged classes included', () => {
    expect(ptc2020ClassOf('False_Dilemma-No_Choice')).toBe('Black-and-White_Fallacy');
    expect(ptc2020ClassOf('Straw_Man')).toBe('Whataboutism,Straw_Men,Red_Herring');
    expect(ptc2020ClassOf('Guilt_by_Association')).toBe('Bandwagon,Reductio_ad_hitlerum');
    expect(ptc2020ClassOf('Rhetorical_Question')).toBeUndefined();
  });
});
