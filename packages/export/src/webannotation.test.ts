import { describe, expect, it } from 'vitest';
import { exportArticle } from './index.js';
import { hostileArticle, sampleReview } from './fixture-article.js';
import { markedSpans } from './spans.js';

interface Selector { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }

/** Anchors a TextQuoteSelector the way a browser tool does: find exact with its prefix and suffix. */
function anchorQuote(text: string, s: Selector): number[] {
  const hits: number[] = [];
  for (let at = text.indexOf(s.exact!); at >= 0; at = text.indexOf(s.exact!, at + 1)) {
    if (text.slice(0, at).endsWith(s.prefix!) && text.slice(at + s.exact!.length).startsWith(s.suffix!)) hits.push(at);
  }
  return hits;
}

describe('webannotation export', () => {
  const article = hostileArticle();
  const page = JSON.parse(exportArticle('webannotation', article, sampleReview(article)).files[0].content);

  it('is an AnnotationPage with one Annotation per span', () => {
    expect(page['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(page.type).toBe('AnnotationPage');
    expect(page.items).toHaveLength(markedSpans(article).length);
    expect(new Set(page.items.map((a: any) => a.id)).size).toBe(page.items.length);
    for (const a of page.items) {
      expect(a.type).toBe('Annotation');
      expect(a.target.source).toBe('https://ledger.example/news/harbour-plan');
    }
  });

  it('re-anchors every quote selector on the text, exactly once, at the span', () => {
    const spans = markedSpans(article);
    page.items.forEach((a: any, i: number) => {
      const quote = a.target.selector.find((s: Selector) => s.type === 'TextQuoteSelector');
      expect(anchorQuote(article.text, quote), quote.exact).toEqual([spans[i].start]);
    });
  });

  it('re-anchors every position selector in code points (the emoji counts once)', () => {
    const points = Array.from(article.text);
    for (const a of page.items) {
      const quote = a.target.selector.find((s: Selector) => s.type === 'TextQuoteSelector');
      const position = a.target.selector.find((s: Selector) => s.type === 'TextPositionSelector');
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
    const rossi = page.items.find((a: any) => a.id.endsWith(':e1-m1'));
    const utf16 = article.text.indexOf('Elena Rossi');
    expect(rossi.target.selector[1].start).toBe(utf16 - 1);
  });

  it('carries the verdict and note as assessing and commenting bodies', () => {
    const claim = page.items.find((a: any) => a.id.endsWith(':c1'));
    expect(claim.motivation).toBe('assessing');
    expect(claim.body).toContainEqual({ type: 'TextualBody', purpose: 'assessing', value: 'Misleading' });
    expect(claim.body).toContainEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Counts <b>temporary</b> jobs | "twice"', format: 'text/plain' });
    expect(claim.body).toContainEqual({ type: 'SpecificResource', source: 'https://factcheck.example/jobs?a=1&b=2', purpose: 'linking' });
    const unreviewed = page.items.find((a: any) => a.id.endsWith(':c2'));
    expect(unreviewed.motivation).toBe('highlighting');
  });

  it('exports only http(s) evidence links', () => {
    for (const evidence of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'not a url']) {
      const review = sampleReview(article);
      review.verdicts[0].evidence = evidence;
      const items = JSON.parse(exportArticle('webannotation', article, review).files[0].content).items;
      const claim = items.find((a: any) => a.id.endsWith(':c1'));
      expect(JSON.stringify(claim.body)).not.toContain(evidence.slice(0, 8));
      expect(claim.body.some((b: any) => b.purpose === 'linking')).toBe(false);
    }
  });
});
