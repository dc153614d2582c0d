/**
 * The current paragraph as one styled line with its annotated spans marked.
 * Each layer has a bracket marker that does not depend on colour, plus a tone.
 * Article text passes through `inert()` here, after the offsets are used.
 */
import type { Article, Span } from '@marginalia/core';
import { inert } from '../render/sanitize.js';
import type { Line } from './line.js';
import type { Tone } from './theme.js';

export type Layer = 'entities' | 'attributions' | 'claims' | 'hedges' | 'techniques' | 'boilerplate';
export const LAYERS: readonly Layer[] = ['entities', 'attributions', 'claims', 'hedges', 'techniques', 'boilerplate'];

export const LAYER_MARKERS: Readonly<Record<Layer, { open: string; close: string; letter: string; tone: Tone }>> = {
  entities: { open: '[', close: ']', letter: 'E', tone: 'entity' },
  attributions: { open: '«', close: '»', letter: 'A', tone: 'attribution' },
  claims: { open: '⟦', close: '⟧', letter: 'C', tone: 'claim' },
  hedges: { open: '~', close: '~', letter: 'H', tone: 'hedge' },
  techniques: { open: '{', close: '}', letter: 'T', tone: 'technique' },
  boilerplate: { open: '', close: '', letter: 'B', tone: 'boilerplate' },
};

export type LayerSet = Readonly<Record<Layer, boolean>>;
export const ALL_LAYERS_ON: LayerSet = { entities: true, attributions: true, claims: true, hedges: true, techniques: true, boilerplate: true };

export interface MarkOptions {
  layers: LayerSet;
  selectedClaim?: string | null;
  selectedEntity?: string | null;
  /** Search matches (article offsets); the current one is drawn as selected too. */
  matches?: readonly Span[];
  currentMatch?: number;
}

interface Mark {
  start: number;
  end: number;
  tones: Tone[];
  open: string;
  close: string;
}

function marksFor(article: Article, para: Span, options: MarkOptions): Mark[] {
  const marks: Mark[] = [];
  const within = (s: Span) => s.end > para.start && s.start < para.end;
  const add = (s: Span, layer: Layer, extra: Tone[] = []) => {
    if (!options.layers[layer] || !within(s)) return;
    const m = LAYER_MARKERS[layer];
    marks.push({ start: Math.max(s.start, para.start), end: Math.min(s.end, para.end), tones: [m.tone, ...extra], open: m.open, close: m.close });
  };
  for (const c of article.claims) add(c, 'claims', c.id === options.selectedClaim ? ['selected'] : []);
  for (const a of article.attributions) add(a.content, 'attributions');
  for (const e of article.entities) for (const m of e.mentions) add(m, 'entities', e.id === options.selectedEntity ? ['selected'] : []);
  for (const h of article.hedges) add(h, 'hedges');
  for (const t of article.techniques) add(t, 'techniques');
  options.matches?.forEach((s, i) => {
    if (within(s)) marks.push({ start: s.start, end: s.end, tones: i === options.currentMatch ? ['match', 'selected'] : ['match'], open: '', close: '' });
  });
  return marks;
}

/** The paragraph's text with markers and tones for every enabled layer. */
export function markParagraph(article: Article, index: number, options: MarkOptions): Line {
  const para = article.paragraphs[index];
  if (!para) return [];
  const line: Line = [];
  const boilerplate = para.kind === 'boilerplate' && options.layers.boilerplate;
  const baseTones: Tone[] = boilerplate ? ['boilerplate'] : [];
  if (boilerplate) line.push({ text: '▒ boilerplate: ', tones: ['marker'] });
  else if (para.kind === 'heading' || para.kind === 'byline') line.push({ text: `▒ ${para.kind}: `, tones: ['marker'] });
  const marks = marksFor(article, para, options);
  const cuts = new Set<number>([para.start, para.end]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const active: Mark[] = [];
  for (let i = 0; i < points.length; i++) {
    const at = points[i];
    // Close innermost first, then open the longest first so brackets nest.
    const closing = active.filter((m) => m.end === at).reverse();
    for (const m of closing) {
      active.splice(active.indexOf(m), 1);
      if (m.close) line.push({ text: m.close, tones: ['marker', ...m.tones] });
    }
    const opening = marks.filter((m) => m.start === at && m.end > at).sort((a, b) => b.end - a.end);
    for (const m of opening) {
      active.push(m);
      if (m.open) line.push({ text: m.open, tones: ['marker', ...m.tones] });
    }
    const next = points[i + 1];
    if (next === undefined) break;
    const text = inert(article.text.slice(at, next));
    if (text) line.push({ text, tones: [...baseTones, ...active.flatMap((m) => m.tones)] });
  }
  return line;
}
