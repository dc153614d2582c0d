import { analyzeSync } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { hashWord } from '../../models/classifier/hash.js';

import { tokenize } from '../../text/tokens.js';
import { SHAPE_FEATURES } from './tagger-features.js';
import { sentenceDenseInputs, TechniqueTagger, tokenDenseInputs, type TaggerFile } from './tagger.js';

/**
 * A hand-built model: one hidden unit that fires on the word "sinister" (its "current word"
 * column) and on the neighbour lexicon rate, so "sinister" and a content word beside it are
 * marked Loaded_Language; the sentence network fires on the word "perhaps" (Doubt).
 */
function fixture(plotCurrent = 0): TaggerFile {
  const H = 1;
  const H2 = 1;
  const L = 1;
  const columns = 3 * H + H2 + L;
  const words = ['sinister', 'plot', 'perhaps', 'the'];
  // Per word: prev, current, next, sentence, lexicon (int8, scale 1/100 except lexicon 1/127).
  const rows = [
    [0, 100, 0, 0, 127],
    [0, plotCurrent, 0, 0, 0],
    [0, 0, 0, 100, 0],
    [0, 0, 0, 0, 0],
  ];
  const bytes = new Uint8Array(words.length * columns);
  rows.flat().forEach((v, i) => (bytes[i] = v & 0xff));
  const dense = new Array(tokenDenseInputs(L)).fill(0);
  dense[SHAPE_FEATURES + L] = 0.9; // neighbour lexicon rate pulls "plot" in beside "sinister"
  return {
    id: 'fixture-tagger@1',
    about: 'test fixture',
    tokenLabels: ['Loaded_Language'],
    sentenceLabels: ['Doubt'],
    hidden: H,
    sentenceHidden: H2,
    vectorRows: words.length,
    replacesLexicon: [],
    words: words.join(' '),
    scales: [0.01, 0.01, 0.01, 0.01, 1 / 127],
    vectors: bytes,
    token: { dense, bias: [-0.5], out: [10], outBias: [-2], thresholds: [0.5] },
    sentence: { dense: new Array(sentenceDenseInputs(L)).fill(0), bias: [0], out: [10], outBias: [-2], thresholds: [0.5] },
  };
}

function tagText(text: string) {
  const tagger = new TechniqueTagger(fixture(), hashWord);
  const tokens = tokenize(text);
  const out: Parameters<TechniqueTagger['tag']>[4] = [];
  tagger.tag(text, tokens, [[0, tokens.length]], [{ start: 0, end: text.length }], out);
  return out;
}

describe('technique tagger (fixture model)', () => {
  it('marks the loaded word with its neighbour as one span, true to the text, and says why', () => {
    const text = 'Zoë 👩‍👩‍👧 calls it a Sinister plot.';
    const marks = tagText(text);
    const loaded = marks.filter((m) => m.label === 'Loaded_Language');
    expect(loaded).toHaveLength(1);
    expect(text.slice(loaded[0].start, loaded[0].end)).toBe('Sinister plot');
    expect(loaded[0].rule).toMatch(/^model:fixture-tagger@1\/loaded p=0\.\d\d \(.*word=Sinister \+/);
  });

  it('marks a confident sentence whole, without its final full stop', () => {
    const text = 'Perhaps the figures were wrong.';
    const doubt = tagText(text).filter((m) => m.label === 'Doubt');
    expect(doubt).toHaveLength(1);
    expect(text.slice(doubt[0].start, doubt[0].end)).toBe('Perhaps the figures were wrong');
    expect(doubt[0].rule).toContain('word=Perhaps');
  });

  it('grows a mark over neighbours at the lower extend threshold', () => {
    const file = fixture(60); // "plot": p = 0.27 alone, unknown words 0.12
    file.token.dense[SHAPE_FEATURES + 1] = 0; // no neighbour pull
    const text = 'Zoë calls it a Sinister plot.';
    const tokens = tokenize(text);
    const tag = () => {
      const out: Parameters<TechniqueTagger['tag']>[4] = [];
      new TechniqueTagger(file, hashWord).tag(text, tokens, [[0, tokens.length]], [{ start: 0, end: text.length }], out);
      return out.filter((m) => m.label === 'Loaded_Language').map((m) => text.slice(m.start, m.end));
    };
    expect(tag()).toEqual(['Sinister']);
    file.token.extend = [0.2];
    expect(tag()).toEqual(['Sinister plot']);
  });

  it('marks every other use of a propagating label’s phrase, and says so', () => {
    const file = fixture();
    file.token.propagate = [1];
    const text = 'A sinister plot. They deny the plot. Sinister plot again.';
    const tokens = tokenize(text);
    const out: Parameters<TechniqueTagger['tag']>[4] = [];
    new TechniqueTagger(file, hashWord).tag(text, tokens, [[0, tokens.length]], [{ start: 0, end: text.length }], out);
    const again = out.filter((m) => m.rule.includes('-again'));
    expect(again.length).toBeGreaterThan(0);
    for (const m of again) expect(m.rule).toMatch(/^model:fixture-tagger@1\/loaded-again p=0\.\d\d \(repeats "/);
  });

  it('marks nothing when no word is known', () => {
    expect(tagText('The ministry said exports rose.')).toEqual([]);
  });

  it('keeps the shipped model’s marks true to the text', () => {
    const article = analyzeSync('The so-called reform is a sinister, disgraceful plot by corrupt elites. Perhaps they lied?');
    for (const t of article.techniques) expect(article.text.slice(t.start, t.end)).toBe(t.text);
  });
});
