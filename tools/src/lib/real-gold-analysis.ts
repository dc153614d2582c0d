/**
 * The analyses the real-articles README uses to check a scorer: one built from the gold itself
 * (which must score 1 on both F1s, boilerplate and device recall, with no wrong speaker), the same
 * with speakers rotated among the attributions, and one with every paragraph marked boilerplate.
 */
import type { RealArticle } from './real-gold.js';
import { PRONOUNS, norm } from './real-names.js';
import type { ScoredAnalysis } from './real-score.js';

interface Range {
  start: number;
  end: number;
}

function lines(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

const overlaps = (a: Range, b: Range) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** Paragraphs: one a line; chrome lines boilerplate, mixed entries split out of their line. */
function goldParagraphs(article: RealArticle): ScoredAnalysis['paragraphs'] {
  const { text, gold } = article;
  const claimed: Range[] = [];
  const entries = gold.boilerplate.map((s) => {
    let from = 0;
    for (;;) {
      const i = text.indexOf(s, from);
      if (i < 0) return null;
      const r = { start: i, end: i + s.length };
      if (!claimed.some((q) => overlaps(q, r))) {
        claimed.push(r);
        return { ...r, mixed: gold.boilerplateMixed.includes(s) };
      }
      from = i + 1;
    }
  });
  const placed = entries.filter((e): e is Range & { mixed: boolean } => e !== null);
  const out: ScoredAnalysis['paragraphs'] = [];
  for (const line of lines(text)) {
    if (line.end === line.start) continue;
    const mixedHere = placed.filter((e) => e.mixed && overlaps(e, line)).sort((a, b) => a.start - b.start);
    const chrome = placed.some((e) => !e.mixed && overlaps(e, line));
    let at = line.start;
    for (const m of mixedHere) {
      if (m.start > at) out.push({ start: at, end: m.start, kind: chrome ? 'boilerplate' : 'body' });
      out.push({ start: m.start, end: m.end, kind: 'boilerplate' });
      at = m.end;
    }
    if (at < line.end) out.push({ start: at, end: line.end, kind: chrome ? 'boilerplate' : 'body' });
  }
  return out;
}

export function goldAnalysis(article: RealArticle, rotateSpeakers = false): ScoredAnalysis {
  const { text, gold } = article;
  const entities = gold.entities.map((e, i) => ({
    id: `e${i + 1}`,
    name: e.name,
    type: e.type,
    mentions: [e.name, ...e.surface].map((s) => ({ text: s })),
  }));
  const items = [...gold.attributions, ...gold.attributionsOptional];
  // Rotation moves each item to the next distinct speaker of the article, with that speaker's surfaces.
  const distinct = [...new Map(items.map((a) => [a.speaker, a])).values()];
  const attributions = items.flatMap((a) => {
    const start = text.indexOf(a.content);
    if (start < 0) return [];
    const from = rotateSpeakers ? distinct[(distinct.findIndex((d) => d.speaker === a.speaker) + 1) % distinct.length] : a;
    const speaker = from.speaker;
    const surface = [speaker ?? '', ...from.speakerSurface].find((s) => s && !PRONOUNS.has(norm(s))) ?? null;
    const entity = speaker === null ? undefined : entities.find((e) => e.name === speaker);
    return [
      {
        content: { start, end: start + a.content.length, text: a.content },
        source: surface === null ? null : { text: surface, entity: entity?.id ?? null },
        cue: null,
        rule: 'gold',
      },
    ];
  });
  const techniques = gold.techniqueDevices.flatMap((d) => {
    const start = text.indexOf(d.text);
    return start < 0 ? [] : [{ start, end: start + d.text.length, technique: d.technique, text: d.text }];
  });
  return { paragraphs: goldParagraphs(article), entities, attributions, techniques };
}

export function allBoilerplate(article: RealArticle): ScoredAnalysis {
  return {
    paragraphs: lines(article.text)
      .filter((l) => l.end > l.start)
      .map((l) => ({ ...l, kind: 'boilerplate' })),
    entities: [],
    attributions: [],
    techniques: [],
  };
}
