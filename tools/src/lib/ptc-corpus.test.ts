import { describe, expect, it } from 'vitest';
import { codePointToUtf16, splitPtc, type PtcArticle } from './ptc-corpus.js';

describe('ptc-corpus', () => {
  it('turns code-point offsets into UTF-16 offsets past astral characters', () => {
    const text = 'a🎉b c';
    const toUtf16 = codePointToUtf16(text);
    // code points: a=0 🎉=1 b=2 ' '=3 c=4; UTF-16: the emoji takes two units
    expect(toUtf16(2)).toBe(3);
    expect(text.slice(toUtf16(2), toUtf16(5))).toBe('b c');
    expect(codePointToUtf16('plain')(3)).toBe(3);
  });

  it('puts every 5th article by sorted id into dev, whatever order they come in', () => {
    const articles: PtcArticle[] = Array.from({ length: 10 }, (_, i) => ({ id: String(100 + ((i * 7) % 10)), text: '', spans: [] }));
    const { train, dev } = splitPtc(articles);
    expect(dev.map((a) => a.id)).toEqual(['104', '109']);
    expect(train).toHaveLength(8);
  });
});
