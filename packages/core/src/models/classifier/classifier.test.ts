import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokens.js';
import { decodeBase64, encodeBase64 } from './base64.js';
import { FeatureBuffer, sentenceFeatures } from './features.js';
import { hashWord } from './hash.js';
import { LinearModel } from './linear-model.js';
import { SENTIMENT_WORDS_MODEL } from './cue-words.js';
import { loadedModels } from '../../../test/models.js';

/** The shipped cue classes (hand-written lists and the model package's sentiment-words). */
const cues = loadedModels().get(SENTIMENT_WORDS_MODEL);

const config = { bits: 12, trigrams: true, suffixes: true };

function featuresOf(text: string): number[] {
  const tokens = tokenize(text);
  const buffer = new FeatureBuffer(4); // small, so growing is exercised
  sentenceFeatures(tokens, 0, tokens.length, config, buffer, cues);
  return Array.from(buffer.ids.slice(0, buffer.count));
}

describe('base64', () => {
  it('round-trips bytes of every length mod 3', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 256]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 0xff);
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }
  });

  it('rejects a character outside the alphabet', () => {
    expect(() => decodeBase64('AB*D')).toThrow(/not base64/);
  });
});

describe('hashWord', () => {
  it('folds case and curly apostrophes', () => {
    expect(hashWord("DON'T")).toBe(hashWord('don’t'));
    expect(hashWord('Said')).not.toBe(hashWord('sad'));
  });
});

describe('sentenceFeatures', () => {
  it('is deterministic and stays inside the hash table', () => {
    const a = featuresOf('The ministry said 12% of the 2,400 schools closed in 2021.');
    expect(a).toEqual(featuresOf('The ministry said 12% of the 2,400 schools closed in 2021.'));
    for (const id of a) expect(id >= 0 && id < 1 << config.bits).toBe(true);
  });

  it('folds numbers into shape classes, so different figures give the same features', () => {
    expect(featuresOf('Prices rose 4% in 2019.')).toEqual(featuresOf('Prices rose 9% in 2022.'));
    expect(featuresOf('Prices rose 4% in 2019.')).not.toEqual(featuresOf('Prices rose sharply in 2019.'));
  });

  it('reads only the token range it is given', () => {
    const tokens = tokenize('First one here. Second one.');
    const buffer = new FeatureBuffer();
    sentenceFeatures(tokens, 4, tokens.length, config, buffer, cues);
    expect(Array.from(buffer.ids.slice(0, buffer.count))).toEqual(featuresOf('Second one.'));
  });
});

describe('LinearModel', () => {
  const bits = 8;
  it('scores 0.5 with zero weights and zero bias, and follows the bias', () => {
    const zero = new Uint8Array(1 << bits);
    const model = { id: 'test', trainedOn: 'nothing', features: { bits, trigrams: false, suffixes: false }, scale: 1, weights: zero };
    const tokens = tokenize('Anything at all.');
    expect(new LinearModel({ ...model, bias: 0 }).score(tokens, 0, tokens.length, cues)).toBeCloseTo(0.5, 6);
    expect(new LinearModel({ ...model, bias: 2 }).score(tokens, 0, tokens.length, cues)).toBeGreaterThan(0.8);
  });

  it('refuses weights of the wrong size', () => {
    const model = { id: 'bad', trainedOn: 'nothing', features: { bits, trigrams: false, suffixes: false }, bias: 0, scale: 1, weights: new Uint8Array(10) };
    expect(() => new LinearModel(model)).toThrow(/expected 256 weights/);
  });
});
