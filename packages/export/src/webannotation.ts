import { contentHash, type Article, type Review } from '@marginalia/core';
import { safeJson } from './escape.js';
import { codePointMapper, markedSpans } from './spans.js';
import { reviewClaims, verdictName } from './verdicts.js';

/**
 * W3C Web Annotation JSON-LD: an AnnotationPage with one Annotation per marked span.
 * Each target carries first a TextQuoteSelector (exact, prefix, suffix), which anchors the
 * span on the live page, then a TextPositionSelector into the analysed text. Positions count
 * Unicode code points, as the W3C model says, not UTF-16 code units; prefix and suffix never
 * cut a surrogate pair. For HTML and URL inputs the analysed text is the text extracted from
 * the page (Readability), so positions count into that text, not into the page's DOM: tools
 * anchoring on the page should use the quote selector.
 */

/** The URL when it is an absolute http(s) URL, else null. */
function httpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** How many characters of context the prefix and suffix carry. */
const CONTEXT = 32;

export function webAnnotations(article: Article, review?: Review | null) {
  const meta = article.meta;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const hash = contentHash(article.text);
  const source = str(meta.canonicalUrl) ?? str(meta.url) ?? `urn:marginalia:text:${hash}`;
  const toPoint = codePointMapper(article.text);
  const verdicts = new Map(reviewClaims(article, review).claims.map((c) => [c.claim.id, c.verdict]));
  const items = markedSpans(article).map((span) => {
    const verdict = span.layer === 'claim' ? verdicts.get(span.id) : null;
    const body: object[] = [
      { type: 'TextualBody', purpose: 'tagging', value: `${span.layer}:${span.label}` },
      { type: 'TextualBody', purpose: 'describing', value: span.description, format: 'text/plain' },
    ];
    if (verdict) {
      body.push({ type: 'TextualBody', purpose: 'assessing', value: verdictName(verdict.verdict) });
      if (verdict.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: verdict.note, format: 'text/plain' });
      // A link to evidence is a SpecificResource (an External Web Resource may not carry a
      // purpose); only http(s) links are exported, never javascript:, data: or file: ones.
      const evidence = httpUrl(verdict.evidence);
      if (evidence) body.push({ type: 'SpecificResource', source: evidence, purpose: 'linking' });
    }
    return {
      id: `urn:marginalia:${hash}:${span.id}`,
      type: 'Annotation',
      motivation: verdict ? 'assessing' : span.layer === 'claim' || span.layer === 'technique' ? 'highlighting' : 'classifying',
      ...(verdict ? { modified: verdict.updatedAt } : {}),
      generator: { type: 'Software', name: 'Marginalia' },
      body,
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: span.text,
            prefix: article.text.slice(Math.max(0, span.start - CONTEXT), span.start).replace(/^[\udc00-\udfff]/, ''),
            suffix: article.text.slice(span.end, span.end + CONTEXT).replace(/[\ud800-\udbff]$/, ''),
          },
          { type: 'TextPositionSelector', start: toPoint(span.start), end: toPoint(span.end) },
        ],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:marginalia:${hash}:annotations`,
    type: 'AnnotationPage',
    items,
  };
}

export function renderWebAnnotation(article: Article, review?: Review | null): string {
  return `${safeJson(webAnnotations(article, review))}\n`;
}
