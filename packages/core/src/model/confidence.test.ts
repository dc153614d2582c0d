import { describe, expect, it } from 'vitest';
import { filterByConfidence } from './confidence.js';
import { SCHEMA_ID, type Article } from './types.js';

const TEXT = 'Putin said “no deal” yesterday. Officials reportedly agree. It may rain.';
const at = (text: string, from = 0) => {
  const start = TEXT.indexOf(text, from);
  return { start, end: start + text.length, text };
};

function article(): Article {
  return {
    schema: SCHEMA_ID,
    text: TEXT,
    meta: { title: null },
    paragraphs: [{ id: 'p1', ...at(TEXT), kind: 'body' }],
    sentences: [],
    entities: [
      { id: 'e1', name: 'Putin', type: 'PERSON', roles: [], mentions: [{ ...at('Putin'), confidence: 0.9 }], firstMention: 0 },
      { id: 'e2', name: 'Officials', type: 'NORP', roles: [], mentions: [{ ...at('Officials'), confidence: 0.2 }] },
    ],
    attributions: [
      { id: 'a1', direct: true, source: { ...at('Putin'), entity: 'e1' }, cue: at('said'), content: at('no deal'), confidence: 0.3 },
      { id: 'a2', direct: false, source: { ...at('Officials'), entity: 'e2' }, cue: null, content: at('agree'), confidence: 0.8 },
    ],
    claims: [
      { id: 'c1', ...at('no deal'), sentence: 's1', kind: 'quote', source: 'e1', hedges: [], checkworthiness: 0.7, entities: ['e1'], attribution: 'a1', confidence: 0.7 },
      { id: 'c2', ...at('Officials reportedly agree.'), sentence: 's2', kind: 'factual', source: 'e2', hedges: [{ ...at('reportedly'), confidence: 0.4 }], checkworthiness: 0.6, entities: ['e2'], attribution: 'a2', confidence: 0.6 },
      { id: 'c3', ...at('It may rain.'), sentence: 's3', kind: 'prediction', source: 'author', hedges: [{ ...at('may'), confidence: 0.9 }], checkworthiness: 0.1, entities: [], attribution: null, confidence: 0.1 },
    ],
    hedges: [{ ...at('reportedly'), confidence: 0.4 }, { ...at('may'), confidence: 0.9 }],
    techniques: [
      { id: 't1', ...at('no deal'), technique: 'Slogans', rule: 'x', confidence: 0.45 },
      { id: 't2', ...at('rain'), technique: 'Loaded_Language', rule: 'y' },
    ],
    cooccurrence: [{ a: 'e1', b: 'e2', sentences: 1 }],
    sourcing: { claims: 3, named: 2, unnamed: 0, author: 1, bySource: { e1: 1, e2: 1 } },
  };
}

describe('filterByConfidence', () => {
  it('drops findings below the minimum and keeps references consistent', () => {
    const input = article();
    const before = JSON.stringify(input);
    const out = filterByConfidence(input, 0.5);
    expect(JSON.stringify(input)).toBe(before);
    expect(out.entities.map((e) => e.id)).toEqual(['e1']);
    expect(out.attributions.map((a) => a.id)).toEqual(['a2']);
    expect(out.attributions[0].source?.entity).toBeNull();
    expect(out.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    const [c1, c2] = out.claims;
    expect(c1.attribution).toBeNull();
    expect(c1.source).toBe('e1');
    expect(c2.source).toBe('unnamed');
    expect(c2.entities).toEqual([]);
    expect(c2.hedges).toEqual([]);
    expect(out.hedges.map((h) => h.text)).toEqual(['may']);
    expect(out.techniques.map((t) => t.id)).toEqual(['t2']);
    expect(out.cooccurrence).toEqual([]);
    expect(out.sourcing).toEqual({ claims: 2, named: 1, unnamed: 1, author: 0, bySource: { e1: 1 } });
  });

  it('keeps everything at 0 and only findings without a confidence or at 1 at 1', () => {
    const input = article();
    expect(filterByConfidence(input, 0)).toEqual(input);
    const top = filterByConfidence(input, 1);
    expect(top.entities).toEqual([]);
    expect(top.claims).toEqual([]);
    expect(top.techniques.map((t) => t.id)).toEqual(['t2']);
  });

  it('refuses a minimum outside 0..1', () => {
    for (const bad of [-0.1, 1.5, Number.NaN]) expect(() => filterByConfidence(article(), bad)).toThrow(RangeError);
  });
});
