import { analyzeSync } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';

import SAMPLE from '../../../../../apps/marginalia/samples/kremlin-signal.txt?raw';
import { fleschKincaidGrade, syllables } from './readability.js';
import { sensationalism } from './sensationalism.js';

/** A sober wire-style report written for this test. */
const WIRE = [
  'Port Authority Reports Higher Cargo Volumes',
  'The regional port authority said on Monday that cargo volumes rose 4.2 percent in the first quarter compared with a year earlier.',
  'Container traffic accounted for most of the increase, according to figures published by the authority. Bulk shipments of grain were unchanged.',
  'A spokeswoman for the authority said the new crane terminal, which opened in January, had shortened average loading times by about six hours.',
  'The authority expects to publish figures for the second quarter in July.',
].join('\n\n');

describe('tone', () => {
  const sample = analyzeSync(SAMPLE);
  const wire = analyzeSync(WIRE);

  it('fills figures in range for the article and each body paragraph, leaving boilerplate out', () => {
    for (const article of [sample, wire]) {
      const tone = article.tone!;
      for (const f of [tone.article, ...tone.paragraphs]) {
        expect(f.techniqueShare).toBeGreaterThanOrEqual(0);
        expect(f.techniqueShare).toBeLessThanOrEqual(1);
        expect(f.meanSubjectivity).toBeGreaterThanOrEqual(0);
        expect(f.meanSubjectivity).toBeLessThanOrEqual(1);
        expect(f.sensationalism).toBeGreaterThanOrEqual(0);
        expect(f.sensationalism).toBeLessThanOrEqual(1);
        expect(f.readabilityGrade).toBeGreaterThanOrEqual(0);
        expect(f.readabilityGrade).toBeLessThan(25);
      }
    }
    const boilerplate = sample.paragraphs.filter((p) => p.kind === 'boilerplate').map((p) => p.id);
    expect(boilerplate.length).toBe(1);
    expect(sample.tone!.paragraphs.map((p) => p.paragraph)).not.toContain(boilerplate[0]);
    expect(sample.tone!.paragraphs.length).toBe(sample.paragraphs.length - 1);
  });

  it('ranks the sober wire report below the sample on sensationalism and technique share', () => {
    expect(wire.tone!.article.sensationalism).toBeLessThan(0.25);
    expect(sample.tone!.article.sensationalism).toBeGreaterThan(0.45);
    expect(wire.tone!.article.techniqueShare).toBeLessThan(sample.tone!.article.techniqueShare);
  });

  it('grades harder prose higher (Flesch–Kincaid)', () => {
    expect(syllables('cat')).toBe(1);
    expect(syllables('table')).toBe(2);
    expect(syllables('make')).toBe(1);
    expect(syllables('international')).toBe(5);
    expect(fleschKincaidGrade(20, 1, 40)).toBeGreaterThan(fleschKincaidGrade(10, 2, 12));
    expect(fleschKincaidGrade(0, 0, 0)).toBe(0);
  });

  it('scores sensationalism from its six signals within 0..1', () => {
    const calm = { words: 200, sentences: 10, techniques: 0, techniqueWeight: 0, meanSubjectivity: 0, exclaimsOrQuestions: 0, fragments: 0, shouted: 0, authorShare: 0.4 };
    expect(sensationalism(calm)).toBe(0);
    const loud = { ...calm, techniques: 40, techniqueWeight: 20, meanSubjectivity: 1, exclaimsOrQuestions: 10, fragments: 10, shouted: 10, authorShare: 1 };
    expect(sensationalism(loud)).toBeGreaterThan(0.95);
    expect(sensationalism({ ...calm, techniques: 6, techniqueWeight: 1.5 })).toBeGreaterThan(0);
    // Unsure marks weigh less than sure ones; the author's own voice weighs more than reported speech.
    expect(sensationalism({ ...calm, techniques: 6, techniqueWeight: 0.6 })).toBeLessThan(sensationalism({ ...calm, techniques: 6, techniqueWeight: 3 }));
    expect(sensationalism({ ...calm, authorShare: 0.9 })).toBeGreaterThan(sensationalism(calm));
  });

  it('ranks a made-up sensational piece above a made-up wire report', () => {
    const rant = analyzeSync(
      [
        'THE COVER-UP THEY DON’T WANT YOU TO SEE',
        'Crooked Mayor Dan Hollis and his cronies have lied to you again. Wake up! The lying media will never report it.',
        'Why does nobody ask where the money went? Because the fake news media covers for him. Every single time.',
        'This madness must end. We must stop the corrupt machine before it is too late!',
      ].join('\n\n'),
    );
    expect(rant.tone!.article.sensationalism).toBeGreaterThan(wire.tone!.article.sensationalism + 0.2);
    expect(rant.tone!.article.techniqueShare).toBeGreaterThan(wire.tone!.article.techniqueShare);
  });
});
