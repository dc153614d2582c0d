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

/** Findings below this confidence are hidden unless `tl` shows them all. */
export const HIDE_BELOW = 0.35;
/** Findings below this confidence are shown dimmed, with a `?` after the closing marker. */
export const DIM_BELOW = 0.6;

/** How a finding with this confidence is shown: hidden, low (dimmed, `?`) or plain. Missing confidence is plain. */
export function confidenceShow(confidence: number | undefined, showLow: boolean | undefined): 'hide' | 'low' | 'plain' {
  if (confidence === undefined || confidence >= DIM_BELOW) return 'plain';
  return confidence < HIDE_BELOW && !showLow ? 'hide' : 'low';
}

export interface MarkOptions {
  layers: LayerSet;
  /** Show findings below HIDE_BELOW too (dimmed, with `?`). */
  showLow?: boolean;
  /** Claims never hidden for low confidence (those with a verdict); the selected claim is never hidden either. */
  keepClaims?: ReadonlySet<string>;
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
  const add = (s: Span & { confidence?: number }, layer: Layer, extra: Tone[] = [], confidence = s.confidence) => {
    if (!options.layers[layer] || !within(s)) return;
    const show = confidenceShow(confidence, options.showLow);
    if (show === 'hide') return;
    const m = LAYER_MARKERS[layer];
    // Low confidence: dimmed, and a `?` after the closing marker (colour never carries it alone).
    const tones: Tone[] = show === 'low' ? [m.tone, ...extra, 'dim'] : [m.tone, ...extra];
    marks.push({ start: Math.max(s.start, para.start), end: Math.min(s.end, para.end), tones, open: m.open, close: show === 'low' ? `${m.close}?` : m.close });
  };
  for (const c of article.claims) {
    const kept = c.id === options.selectedClaim || options.keepClaims?.has(c.id);
    // A selected or reviewed claim of low confidence shows (dimmed, with ?) even below the threshold.
    add(c, 'claims', c.id === options.selectedClaim ? ['selected'] : [], kept && c.confidence !== undefined ? Math.max(c.confidence, HIDE_BELOW) : c.confidence);
  }
  for (const a of article.attributions) add(a.content, 'attributions', [], a.confidence);
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
    // Close innermost first, then open the longest first so brackets nest. A mark that ends
    // inside another opened after it (crossing spans) closes that one first and reopens it
    // after, so the brackets always nest: {[Russian] journalist [Pavel]}[ Zarubin].
    const firstEnding = active.findIndex((m) => m.end === at);
    if (firstEnding >= 0) {
      const inner = active.splice(firstEnding);
      for (const m of [...inner].reverse()) if (m.close) line.push({ text: m.close, tones: ['marker', ...m.tones] });
      for (const m of inner) {
        if (m.end === at) continue;
        active.push(m);
        if (m.open) line.push({ text: m.open, tones: ['marker', ...m.tones] });
      }
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
