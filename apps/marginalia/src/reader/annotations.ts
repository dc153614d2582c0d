/**
 * The annotations of one paragraph, as selectable items for the right-hand
 * pane: entities (type, roles, mentions), attributions (source, cue, direct or
 * reported), claims (kind, score, source, hedges, verdict), techniques.
 */
import type { Article } from '@marginalia/core';
import { inert } from '../render/sanitize.js';
import { saidText } from '../render/said-text.js';
import { claimsInParagraph, sourceName, verdictMarker } from './describe.js';
import type { Line } from './line.js';
import { LAYER_MARKERS, type LayerSet } from './marks.js';
import type { ReviewHistory } from './review-history.js';
import { verdictOf } from './review-history.js';

export type ItemKind = 'entity' | 'attribution' | 'claim' | 'technique' | 'tone';

export interface AnnotationItem {
  kind: ItemKind;
  /** The entity, attribution, claim or technique id. */
  id: string;
  /** One styled line; the pane wraps it. */
  line: Line;
}

export interface AnnotationSection {
  title: string;
  items: AnnotationItem[];
}

const mark = (layer: keyof typeof LAYER_MARKERS, text: string): Line => [
  { text: LAYER_MARKERS[layer].open, tones: ['marker'] },
  { text, tones: [LAYER_MARKERS[layer].tone] },
  { text: LAYER_MARKERS[layer].close, tones: ['marker'] },
];

export function paragraphSections(article: Article, index: number, layers: LayerSet, review: ReviewHistory): AnnotationSection[] {
  const p = article.paragraphs[index];
  if (!p) return [];
  const inside = (s: { start: number; end: number }) => s.start < p.end && s.end > p.start;
  const sections: AnnotationSection[] = [];
  if (layers.entities) {
    const items = article.entities
      .filter((e) => e.mentions.some(inside))
      .map((e): AnnotationItem => {
        const n = e.mentions.length;
        const roles = e.roles.length ? ` — ${inert(e.roles.join('; '))}` : '';
        return { kind: 'entity', id: e.id, line: [...mark('entities', inert(e.name)), { text: ` ${e.type}${roles} · ${n} mention${n === 1 ? '' : 's'}` }] };
      });
    if (items.length) sections.push({ title: 'ENTITIES', items });
  }
  if (layers.attributions) {
    const items = article.attributions
      .filter((a) => inside(a.content))
      .map((a): AnnotationItem => {
        const who = a.source ? (a.source.entity ? sourceName(article, a.source.entity) : a.source.text) : 'unknown source';
        const cue = a.cue ? ` ${a.cue.text}` : '';
        return { kind: 'attribution', id: a.id, line: [{ text: inert(`${who}${cue} (${a.direct ? 'direct' : 'reported'}): `) }, ...mark('attributions', inert(saidText(a)))] };
      });
    if (items.length) sections.push({ title: 'ATTRIBUTIONS', items });
  }
  if (layers.claims) {
    const order = new Map([...article.claims].sort((a, b) => a.start - b.start).map((c, i) => [c.id, i + 1]));
    const items = claimsInParagraph(article, index).map((c): AnnotationItem => {
      const hedges = layers.hedges && c.hedges.length ? ` · hedges: ${c.hedges.map((h) => `~${h.text}~`).join(' ')}` : '';
      const v = verdictOf(review, c.id);
      const note = v?.note ? ` · note: ${v.note}` : '';
      return {
        kind: 'claim',
        id: c.id,
        line: [
          { text: `${verdictMarker(review, c.id)} `, tones: ['accent'] },
          { text: `#${order.get(c.id)} ${c.kind} ${c.checkworthiness.toFixed(2)} · ${inert(sourceName(article, c.source))}${inert(hedges)}${inert(note)} ` },
          ...mark('claims', inert(c.text)),
        ],
      };
    });
    if (items.length) sections.push({ title: 'CLAIMS', items });
  }
  if (layers.techniques) {
    const items = article.techniques.filter(inside).map((t): AnnotationItem => ({
      kind: 'technique',
      id: t.id,
      line: [...mark('techniques', t.technique.replace(/_/g, ' ')), { text: inert(` “${t.text}” — why: ${t.rule}`) }],
    }));
    if (items.length) sections.push({ title: 'TECHNIQUES', items });
  }
  const tone = article.tone?.paragraphs.find((t) => t.paragraph === p.id);
  if (tone) {
    const pct = (n: number) => `${Math.round(n * 100)}%`;
    const line: Line = [{ text: `sensationalism ${tone.sensationalism.toFixed(2)} · subjectivity ${tone.meanSubjectivity.toFixed(2)} · sentences with a technique ${pct(tone.techniqueShare)} · reading grade ${tone.readabilityGrade.toFixed(1)}` }];
    sections.push({ title: 'TONE', items: [{ kind: 'tone', id: p.id, line }] });
  }
  return sections;
}

export function paragraphItems(article: Article, index: number, layers: LayerSet, review: ReviewHistory): AnnotationItem[] {
  return paragraphSections(article, index, layers, review).flatMap((s) => s.items);
}
