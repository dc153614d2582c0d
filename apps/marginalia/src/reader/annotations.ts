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
import { confidenceShow, LAYER_MARKERS, type LayerSet } from './marks.js';
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

/** A finding in its layer's brackets; a low-confidence one dimmed and ending in `?` (not colour alone). */
const mark = (layer: keyof typeof LAYER_MARKERS, text: string, low = false): Line => [
  { text: LAYER_MARKERS[layer].open, tones: low ? ['marker', 'dim'] : ['marker'] },
  { text, tones: low ? [LAYER_MARKERS[layer].tone, 'dim'] : [LAYER_MARKERS[layer].tone] },
  { text: `${LAYER_MARKERS[layer].close}${low ? '?' : ''}`, tones: low ? ['marker', 'dim'] : ['marker'] },
];

export function paragraphSections(article: Article, index: number, layers: LayerSet, review: ReviewHistory, showLow = false, selectedClaim: string | null = null): AnnotationSection[] {
  const p = article.paragraphs[index];
  if (!p) return [];
  // Findings below the confidence threshold are left out unless `tl` shows them all.
  const inside = (s: { start: number; end: number; confidence?: number }) => s.start < p.end && s.end > p.start && confidenceShow(s.confidence, showLow) !== 'hide';
  const low = (s: { confidence?: number }) => confidenceShow(s.confidence, showLow) === 'low';
  const sections: AnnotationSection[] = [];
  if (layers.entities) {
    const items = article.entities
      .filter((e) => e.mentions.some(inside))
      .map((e): AnnotationItem => {
        const n = e.mentions.length;
        const roles = e.roles.length ? ` — ${inert(e.roles.join('; '))}` : '';
        const allLow = e.mentions.filter(inside).every(low);
        return { kind: 'entity', id: e.id, line: [...mark('entities', inert(e.name), allLow), { text: ` ${e.type}${roles} · ${n} mention${n === 1 ? '' : 's'}` }] };
      });
    if (items.length) sections.push({ title: 'ENTITIES', items });
  }
  if (layers.attributions) {
    const items = article.attributions
      .filter((a) => inside({ ...a.content, confidence: a.confidence }))
      .map((a): AnnotationItem => {
        const who = a.source ? (a.source.entity ? sourceName(article, a.source.entity) : a.source.text) : 'unknown source';
        const cue = a.cue ? ` ${a.cue.text}` : '';
        return { kind: 'attribution', id: a.id, line: [{ text: inert(`${who}${cue} (${a.direct ? 'direct' : 'reported'}): `) }, ...mark('attributions', inert(saidText(a)), low(a))] };
      });
    if (items.length) sections.push({ title: 'ATTRIBUTIONS', items });
  }
  if (layers.claims) {
    const order = new Map([...article.claims].sort((a, b) => a.start - b.start).map((c, i) => [c.id, i + 1]));
    // The selected claim and a claim with a verdict are listed whatever their confidence.
    const items = claimsInParagraph(article, index).filter((c) => inside(c) || c.id === selectedClaim || verdictOf(review, c.id)).map((c): AnnotationItem => {
      const hedges = layers.hedges && c.hedges.length ? ` · hedges: ${c.hedges.map((h) => `~${h.text}~`).join(' ')}` : '';
      const v = verdictOf(review, c.id);
      const note = v?.note ? ` · note: ${v.note}` : '';
      return {
        kind: 'claim',
        id: c.id,
        line: [
          { text: `${verdictMarker(review, c.id)} `, tones: ['accent'] },
          { text: `#${order.get(c.id)} ${c.kind} ${c.checkworthiness.toFixed(2)} · ${inert(sourceName(article, c.source))}${inert(hedges)}${inert(note)} ` },
          ...mark('claims', inert(c.text), low(c)),
        ],
      };
    });
    if (items.length) sections.push({ title: 'CLAIMS', items });
  }
  if (layers.techniques) {
    const items = article.techniques.filter(inside).map((t): AnnotationItem => ({
      kind: 'technique',
      id: t.id,
      line: [...mark('techniques', t.technique.replace(/_/g, ' '), low(t)), { text: inert(` “${t.text}” — why: ${t.rule}`) }],
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

export function paragraphItems(article: Article, index: number, layers: LayerSet, review: ReviewHistory, showLow = false, selectedClaim: string | null = null): AnnotationItem[] {
  return paragraphSections(article, index, layers, review, showLow, selectedClaim).flatMap((s) => s.items);
}
