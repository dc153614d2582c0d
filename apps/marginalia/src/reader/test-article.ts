/**
 * Hand-made Article fixtures for the reader's tests: give paragraphs and the
 * text of each annotation; offsets are found in the text (first occurrence at
 * or after `after`), so fixtures stay readable.
 */
import { SCHEMA_ID, type Article, type ClaimKind, type EntityType, type ParagraphKind } from '@marginalia/core';

export interface FixtureSpec {
  title?: string | null;
  paragraphs: Array<string | { text: string; kind: ParagraphKind }>;
  entities?: Array<{ name: string; type?: EntityType; roles?: string[]; mentions?: string[] }>;
  claims?: Array<{ text: string; kind?: ClaimKind; source?: string; score?: number; hedges?: string[] }>;
  attributions?: Array<{ content: string; source?: string; cue?: string; direct?: boolean }>;
  techniques?: Array<{ text: string; technique?: string }>;
}

export function buildArticle(spec: FixtureSpec): Article {
  const paras = spec.paragraphs.map((p) => (typeof p === 'string' ? { text: p, kind: 'body' as ParagraphKind } : p));
  const text = paras.map((p) => p.text).join('\n');
  const find = (needle: string, after = 0) => {
    const start = text.indexOf(needle, after);
    if (start < 0) throw new Error(`fixture: “${needle}” is not in the text`);
    return { start, end: start + needle.length, text: needle };
  };
  let offset = 0;
  const paragraphs = paras.map((p, i) => {
    const span = { id: `p${i + 1}`, start: offset, end: offset + p.text.length, text: p.text, kind: p.kind };
    offset += p.text.length + 1;
    return span;
  });
  const entities = (spec.entities ?? []).map((e, i) => {
    const mentions: Array<{ start: number; end: number; text: string }> = [];
    let after = 0;
    for (const m of e.mentions ?? [e.name]) {
      const span = find(m, after);
      mentions.push(span);
      after = span.end;
    }
    return { id: `e${i + 1}`, name: e.name, type: e.type ?? 'PERSON', roles: e.roles ?? [], mentions };
  });
  const claims = (spec.claims ?? []).map((c, i) => {
    const span = find(c.text);
    return {
      id: `c${i + 1}`,
      ...span,
      sentence: `s${i + 1}`,
      kind: c.kind ?? 'factual',
      source: c.source ?? 'author',
      hedges: (c.hedges ?? []).map((h) => find(h, span.start)),
      checkworthiness: c.score ?? 0.5,
    };
  });
  const attributions = (spec.attributions ?? []).map((a, i) => {
    const content = find(a.content);
    const source = a.source ? { ...find(a.source), entity: entities.find((e) => e.name === a.source)?.id ?? null } : null;
    return { id: `a${i + 1}`, direct: a.direct ?? true, source, cue: a.cue ? find(a.cue) : null, content };
  });
  const techniques = (spec.techniques ?? []).map((t, i) => ({ id: `t${i + 1}`, ...find(t.text), technique: t.technique ?? 'Loaded_Language', rule: 'test/fixture' }));
  return {
    schema: SCHEMA_ID,
    text,
    meta: { title: spec.title ?? null },
    paragraphs,
    sentences: [],
    entities,
    attributions,
    claims,
    hedges: claims.flatMap((c) => c.hedges),
    techniques,
  };
}

/** Four paragraphs, three entities, five claims: enough to move, review and search. */
export function sampleFixture(): Article {
  return buildArticle({
    title: 'Test article',
    paragraphs: [
      'Alice Smith said the bridge will open in May. Officials reportedly agree.',
      'Bob Jones denied it. The budget is 40 million dollars.',
      'Nothing to see here.',
      { text: 'Please donate to keep us going.', kind: 'boilerplate' },
    ],
    entities: [
      { name: 'Alice Smith', roles: ['mayor'], mentions: ['Alice Smith'] },
      { name: 'Bob Jones', mentions: ['Bob Jones'] },
      { name: 'Officials', type: 'ORG' },
    ],
    claims: [
      { text: 'the bridge will open in May', kind: 'prediction', source: 'e1', score: 0.7 },
      { text: 'Officials reportedly agree.', source: 'unnamed', score: 0.4, hedges: ['reportedly'] },
      { text: 'Bob Jones denied it.', kind: 'quote', source: 'e2', score: 0.3 },
      { text: 'The budget is 40 million dollars.', kind: 'statistical', score: 0.9 },
      { text: 'Please donate to keep us going.', kind: 'opinion', score: 0.1 },
    ],
    attributions: [{ content: 'the bridge will open in May', source: 'Alice Smith', cue: 'said', direct: false }],
    techniques: [{ text: 'Nothing to see', technique: 'Appeal_to_Authority' }],
  });
}
