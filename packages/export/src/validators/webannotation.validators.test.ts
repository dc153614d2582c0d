/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, expect, it } from 'vitest';
import { hostileArticle, sampleReview } from '../fixture-article.js';
import { exportArticle } from '../index.js';
import { describeWithValidators } from './locate.js';
import { mixedArticle } from './sample-articles.js';

/** Every exported annotation against every "must" assertion of the W3C Web Annotation test suite. */
describeWithValidators('webannotation: the W3C test suite must-schemas (ajv, draft-04)', (dir) => {
  const root = resolve(dir, 'web-annotation-tests');
  const read = (p: string) => JSON.parse(readFileSync(resolve(root, p), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const f of readdirSync(resolve(root, 'definitions')).filter((f) => f.endsWith('.json'))) ajv.addSchema(read(`definitions/${f}`));
  const musts = (read('annotations/annotationMusts.test').assertions as string[]).map((p) => {
    const s = read(p);
    return { s, v: ajv.getSchema(s.id) ?? ajv.compile(s) };
  });
  const failures = (annotation: object) =>
    musts.filter(({ v }) => !v(annotation)).map(({ s, v }) => `${s.id}: ${s.errorMessage} ${ajv.errorsText(v.errors)}`);

  // An annotation taken out of its AnnotationPage carries the page's @context with it.
  const standalone = (page: any) => page.items.map((a: any) => ({ '@context': page['@context'], ...a }));
  let pages: Array<{ name: string; items: any[]; text: string }> = [];
  beforeAll(async () => {
    const hostile = hostileArticle();
    const { article, review } = await mixedArticle();
    pages = [
      { name: 'hostile fixture', items: standalone(JSON.parse(exportArticle('webannotation', hostile, sampleReview(hostile)).files[0].content)), text: hostile.text },
      { name: 'emoji, CJK, CRLF', items: standalone(JSON.parse(exportArticle('webannotation', article, review).files[0].content)), text: article.text },
    ];
  }, 60_000); // analyses a whole article (loads the models): explicit, not the 10 s default

  it('loads all 54 must assertions', () => {
    expect(musts).toHaveLength(54);
  });

  it('passes every must assertion, annotation by annotation', () => {
    for (const { name, items } of pages) {
      expect(items.length, name).toBeGreaterThan(10);
      for (const annotation of items) expect(failures(annotation), `${name} ${annotation.id}`).toEqual([]);
    }
  });

  it('is caught by the schemas when it breaks a must (the old evidence body: an External Web Resource with a purpose)', () => {
    const annotation = structuredClone(pages[0].items.find((a) => a.motivation === 'assessing'));
    annotation.body.push({ id: 'https://factcheck.example/x', type: 'Text', purpose: 'linking' });
    expect(failures(annotation).length).toBeGreaterThan(0);
  });

  it('links evidence as a SpecificResource with purpose linking, http(s) only', () => {
    const links = pages.flatMap((p) => p.items.flatMap((a) => a.body.filter((b: any) => b.purpose === 'linking')));
    expect(links).toContainEqual({ type: 'SpecificResource', source: 'https://factcheck.example/jobs', purpose: 'linking' });
    expect(JSON.stringify(pages.map((p) => p.items.map((a) => a.body)))).not.toContain('javascript:');
  });

  it('puts the quote selector first and counts positions in code points', () => {
    for (const { items, text } of pages) {
      const points = Array.from(text);
      for (const a of items) {
        const [quote, position] = a.target.selector;
        expect(quote.type).toBe('TextQuoteSelector');
        expect(position.type).toBe('TextPositionSelector');
        expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
      }
    }
  });
});
