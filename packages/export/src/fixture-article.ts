/**
 * Hand-made analysed articles for the export tests (the analysis stages are built
 * elsewhere; these fix every layer by hand). The hostile article carries HTML,
 * Markdown link syntax, quotes, pipes, an emoji and a line break inside a span.
 */
import { SCHEMA_ID, type Article, type Review, type Span } from '@marginalia/core';

/** The span of the `nth` (0-based) occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" (occurrence ${nth}) is not in the text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

const TEXT = [
  'Harbour plan approved 🎉 after "long" dispute',
  'Mayor Elena Rossi said the plan would create 400 jobs. “This is a good day,” Rossi said.',
  'Officials reportedly estimate the cost at <script>alert("x")</script> €210 million | in [the budget](javascript:alert(1)).',
  'Critics said the council had\nignored the </textarea> fishermen, a disgraceful betrayal.',
].join('\n\n');

export function hostileArticle(): Article {
  const t = TEXT;
  const s = (needle: string, nth = 0) => spanOf(t, needle, nth);
  const paragraphs = t.split('\n\n').map((p, i) => ({ id: `p${i + 1}`, kind: i === 0 ? ('heading' as const) : ('body' as const), ...s(p) }));
  const sentenceTexts = [
    'Harbour plan approved 🎉 after "long" dispute',
    'Mayor Elena Rossi said the plan would create 400 jobs.',
    '“This is a good day,” Rossi said.',
    'Officials reportedly estimate the cost at <script>alert("x")</script> €210 million | in [the budget](javascript:alert(1)).',
    'Critics said the council had\nignored the </textarea> fishermen, a disgraceful betrayal.',
  ];
  const paragraphOf = [0, 1, 1, 2, 3];
  const sentences = sentenceTexts.map((x, i) => ({ id: `s${i + 1}`, paragraph: `p${paragraphOf[i] + 1}`, checkworthiness: 0.5, subjectivity: 0.3, ...s(x) }));
  const hedge = { ...s('reportedly'), rule: 'hedge/reportedly' };
  return {
    schema: SCHEMA_ID,
    text: t,
    meta: {
      title: 'Harbour <b>plan</b> & "dispute"',
      source: 'harbour.html',
      byline: 'Maria Okafor',
      published: '2024-03-05T09:30:00Z',
      siteName: 'The Daily Ledger',
      canonicalUrl: 'https://ledger.example/news/harbour-plan',
    },
    paragraphs,
    sentences,
    entities: [
      { id: 'e1', name: 'Elena Rossi', type: 'PERSON', roles: ['Mayor'], mentions: [s('Elena Rossi'), s('Rossi', 1)], salience: 0.9, aliases: ['Rossi'] },
      { id: 'e2', name: 'Harbour', type: 'PLACE', roles: [], mentions: [s('Harbour')], salience: 0.2 },
      { id: 'e3', name: 'council', type: 'ORG', roles: [], mentions: [s('council')] },
      { id: 'e4', name: 'Critics', type: 'OTHER', roles: [], mentions: [{ ...s('Critics'), rule: 'coref/pronoun' }] },
    ],
    attributions: [
      { id: 'a1', direct: false, source: { ...s('Mayor Elena Rossi'), entity: 'e1' }, cue: s('said'), content: s('the plan would create 400 jobs') },
      { id: 'a2', direct: true, source: { ...s('Rossi', 1), entity: 'e1' }, cue: s('said', 1), content: s('This is a good day,') },
      { id: 'a3', direct: false, source: { ...s('Critics'), entity: null }, cue: s('said', 2), content: s('the council had\nignored the </textarea> fishermen') },
    ],
    claims: [
      { id: 'c1', sentence: 's2', kind: 'statistical', source: 'e1', hedges: [], checkworthiness: 0.91, attribution: 'a1', ...s('Mayor Elena Rossi said the plan would create 400 jobs.') },
      { id: 'c2', sentence: 's4', kind: 'statistical', source: 'unnamed', hedges: [hedge], checkworthiness: 0.8, ...s(sentenceTexts[3]) },
      { id: 'c3', sentence: 's5', kind: 'factual', source: 'author', hedges: [], checkworthiness: 0.6, attribution: 'a3', ...s(sentenceTexts[4]) },
    ],
    hedges: [hedge],
    techniques: [{ id: 't1', technique: 'Loaded_Language', rule: 'lexicon/disgraceful', ...s('a disgraceful betrayal') }],
    sourcing: { claims: 3, named: 1, unnamed: 1, author: 1, bySource: { e1: 1 } },
    tone: { article: { techniqueShare: 0.2, meanSubjectivity: 0.3, readabilityGrade: 8.25, sensationalism: 0.4 }, paragraphs: [] },
  };
}

export function sampleReview(article: Article): Review {
  const c = (id: string) => article.claims.find((x) => x.id === id)!;
  return {
    articleHash: 'fixture',
    verdicts: [
      { claim: 'c1', text: c('c1').text, start: c('c1').start, end: c('c1').end, verdict: 'misleading', note: 'Counts <b>temporary</b> jobs | "twice"', evidence: 'https://factcheck.example/jobs?a=1&b=2', updatedAt: '2024-03-06T10:00:00Z' },
      // Recorded under an old id: matched again by its text.
      { claim: 'c99', text: c('c3').text, start: c('c3').start - 3, end: c('c3').end - 3, verdict: 'false', updatedAt: '2024-03-07T08:00:00Z' },
      // Its claim is gone from the analysis.
      { claim: 'c7', text: 'A claim that no longer exists.', start: 0, end: 30, verdict: 'true', updatedAt: '2024-03-07T08:00:00Z' },
    ],
  };
}
