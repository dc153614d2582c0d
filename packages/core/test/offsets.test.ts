import { analyze } from './models.js';
import { describe, expect, it } from 'vitest';
import { allSpans, findSpanViolations, type Article } from '../src/index.js';
import { randomArticle, SAMPLE } from './fixtures.js';

/** The contract: every span of every layer slices back to its own text. */
function expectOffsetsHold(article: Article): void {
  expect(findSpanViolations(article)).toEqual([]);
  for (const { span } of allSpans(article)) expect(article.text.slice(span.start, span.end)).toBe(span.text);
}

const LAYERS = ['paragraphs', 'sentences', 'entities', 'attributions', 'claims', 'hedges', 'techniques'] as const;

describe('offsets (0-based UTF-16, end exclusive) hold for every layer', () => {
  it('on the bundled sample, with every layer present', async () => {
    const article = await analyze(SAMPLE);
    expectOffsetsHold(article);
    for (const layer of LAYERS) expect(Array.isArray(article[layer])).toBe(true);
    expect(article.paragraphs.length).toBe(12);
    expect(article.sentences.length).toBeGreaterThan(30);
  });

  it.each([
    ['emoji and combining sequences', 'Zoë met 👩‍👩‍👧 in São Paulo. “Great!” she said 🎉.\nThen 東京 followed.'],
    ['CRLF line ends', 'First paragraph here.\r\nSecond one, said Putin.\r\n\r\nThird after a blank line.\r\n'],
    ['no trailing newline', 'The Kremlin said it may reconsider.'],
    ['a lone CR', 'Old Mac file.\rSecond paragraph.'],
    ['right-to-left text', 'مرحبا بالعالم. The U.S. embassy said so.'],
    ['surrogate pairs at edges', '𝒜𝒷𝒸 starts here. Ends with 𝔷'],
  ])('on %s', async (_name, text) => {
    const article = await analyze(text);
    expectOffsetsHold(article);
    expect(article.sentences.length).toBeGreaterThan(0);
  });

  // 200 whole analyses: real work, so an explicit timeout (a loaded machine took over vitest's default 5 s).
  it('on 200 generated articles (unicode, emoji, CRLF, with and without trailing newline)', { timeout: 60_000 }, async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const article = await analyze(randomArticle(seed));
      const problems = findSpanViolations(article);
      if (problems.length) throw new Error(`seed ${seed}: ${problems.slice(0, 3).join('; ')}`);
    }
  });

  it('sentences lie inside their paragraph and in order', async () => {
    const article = await analyze(SAMPLE);
    const byId = new Map(article.paragraphs.map((p) => [p.id, p]));
    let last = -1;
    for (const s of article.sentences) {
      const p = byId.get(s.paragraph)!;
      expect(s.start).toBeGreaterThanOrEqual(p.start);
      expect(s.end).toBeLessThanOrEqual(p.end);
      expect(s.start).toBeGreaterThan(last);
      last = s.start;
    }
  });
});
