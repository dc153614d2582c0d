import { describe, expect, it } from 'vitest';
import { inertStrings, inertText } from './escape.js';
import { hostileArticle, sampleReview } from './fixture-article.js';
import { EXPORT_FORMATS, exportArticle } from './index.js';
import { codePointMapper } from './spans.js';

/**
 * An article full of control characters: letters of the hostile fixture swapped, one for
 * one in every string (so every offset stays valid), for ESC, BEL, BS, CR, DEL and C1 CSI.
 */
function controlArticle() {
  const swap = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/o/g, '\u001b').replace(/a/g, '\u0007').replace(/e/g, '\b').replace(/i/g, '\r').replace(/u/g, '\u009b').replace(/y/g, '\u007f');
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'id' || k === 'claim' || k === 'entity' || k === 'paragraph' || k === 'sentence' || k === 'source' || k === 'schema' || k === 'kind' || k === 'type' || k === 'technique' || k === 'verdict' ? v : swap(v)]));
    return value;
  };
  const base = hostileArticle();
  const article = swap(base) as typeof base;
  return { article, review: swap(sampleReview(base)) as ReturnType<typeof sampleReview> };
}

// Raw controls that can act on a terminal: C0 but tab and line feed, DEL, C1.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('inert output: control characters from the article never reach a file raw', () => {
  const { article, review } = controlArticle();
  expect(article.text).toMatch(RAW_CONTROL);

  for (const format of EXPORT_FORMATS) {
    it(`${format}: holds no raw ESC, BEL, BS, CR, DEL or C1 byte`, () => {
      const { files } = exportArticle(format, article, review, { reviewUrl: 'https://factcheck.example/review' });
      for (const file of files) {
        const at = file.content.search(RAW_CONTROL);
        expect(at, `${format}${file.suffix}: raw U+${file.content.charCodeAt(at).toString(16).padStart(4, '0')} near “${file.content.slice(Math.max(0, at - 20), at + 20)}”`).toBe(-1);
      }
    });
  }

  it('symbols are one for one: ␛ ␇ ␈ ␍ ␡ and � for C1, offsets unchanged', () => {
    expect(inertText('a\u001b]0;x\u0007b\b\r\u007f\u009b\tc\n')).toBe('a␛]0;x␇b␈␍␡\ufffd\tc\n');
    expect(inertText(article.text)).toHaveLength(article.text.length);
    expect(inertStrings({ a: ['\u001b'], n: 3 })).toEqual({ a: ['␛'], n: 3 });
  });

  it('brat: each T line’s offsets (code points) select its text in the .txt written', () => {
    const [txt, ann] = exportArticle('brat', article, review).files.map((f) => f.content);
    const points = [...txt];
    expect(codePointMapper(txt)(txt.length)).toBe(points.length);
    const tLines = ann.split('\n').filter((l) => l.startsWith('T'));
    expect(tLines.length).toBeGreaterThan(5);
    for (const line of tLines) {
      const [, typeAndOffsets, text] = line.split('\t');
      const fragments = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((f) => f.split(' ').map(Number));
      expect(fragments.map(([s, e]) => points.slice(s, e).join('')).join(' '), line).toBe(text);
    }
  });

  it('json exports escape them the JSON way and read back to the original text', () => {
    const json = exportArticle('json', article, review).files[0].content;
    expect(JSON.parse(json).text).toBe(article.text);
    expect(json).toContain('\\u001b');
  });
});
