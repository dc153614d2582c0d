import { describe, expect, it } from 'vitest';
import { LinearModel } from '../../../packages/core/src/models/classifier/linear-model.js';
import { tokenize } from '../../../packages/core/src/text/tokens.js';
import { SENTIMENT_WORDS_MODEL } from '../../../packages/core/src/models/classifier/cue-words.js';
import { shippedModel } from './analyzer.js';
import type { LabelledSentence } from './classifier-data.js';
import { featurise, marginsOf, trainLogistic } from './classifier-train.js';
import { quantise } from './classifier-write.js';

// Invented sentences: figures and events (positive) against greetings and asides (negative).
const fixture: LabelledSentence[] = [
  ['Exports rose 12 percent last year, the ministry reported.', 1],
  ['The city spent $4 million on the new stadium in 2019.', 1],
  ['Crime fell by a third after the programme began.', 1],
  ['The company cut 800 jobs in March.', 1],
  ['Good evening and welcome, everyone.', 0],
  ['Thanks so much for having me here.', 0],
  ['Let me just say one more thing.', 0],
  ['Well, I am glad you asked that.', 0],
].map(([text, label], i) => ({ id: String(i), text: text as string, label: label as 0 | 1 }));

const config = { bits: 12, trigrams: false, suffixes: true };
const options = { epochs: 30, rate: 0.5, l2: 0, positiveWeight: 1, seed: 3 };

describe('trainLogistic', () => {
  it('separates a small training set', () => {
    const data = featurise(fixture, config);
    const margins = marginsOf(trainLogistic(data, config, options), data);
    fixture.forEach((s, i) => expect(margins[i] > 0).toBe(s.label === 1));
  });

  it('gives the same weights for the same seed', () => {
    const data = featurise(fixture, config);
    expect(trainLogistic(data, config, options).weights).toEqual(trainLogistic(data, config, options).weights);
  });

  it('ships a quantised model whose scores at 0.5 agree with the float model at the tuned threshold', () => {
    const data = featurise(fixture, config);
    const model = trainLogistic(data, config, options);
    const threshold = 0.3;
    for (const width of [1, 2] as const) {
      const runtime = new LinearModel(quantise(model, threshold, 'test', 'fixture', width));
      const margins = marginsOf(model, data);
      fixture.forEach((s, i) => {
        const tokens = tokenize(s.text);
        const floatDecision = 1 / (1 + Math.exp(-margins[i])) >= threshold;
        expect(runtime.score(tokens, 0, tokens.length, shippedModel(SENTIMENT_WORDS_MODEL)) >= 0.5).toBe(floatDecision);
      });
    }
  });
});
