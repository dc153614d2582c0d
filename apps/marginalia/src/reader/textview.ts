/**
 * The text pane as in `less`: the article continuously, as many paragraphs as fit,
 * from an anchor (a paragraph and a line inside it), with the current paragraph marked
 * by a gutter bar (not by colour alone). Only the paragraphs on screen are wrapped.
 * The reducer uses the same window to keep the current paragraph in view.
 */
import type { Article } from '@marginalia/core';
import { type Line, plain, wrapLine } from './line.js';
import { markParagraph } from './marks.js';
import type { ReaderState } from './state.js';

/** Columns of the gutter before each line: `▌ ` on the current paragraph. */
export const GUTTER = 2;

/** The paragraphs the pane shows, in order: all, or all but boilerplate when `tb` hides it. */
export function visibleParagraphs(article: Article, state: Pick<ReaderState, 'layers'>): number[] {
  const out: number[] = [];
  article.paragraphs.forEach((p, i) => {
    if (state.layers.boilerplate || p.kind !== 'boilerplate') out.push(i);
  });
  return out;
}

type Marking = Pick<ReaderState, 'layers' | 'selectedClaim' | 'selectedEntity' | 'search' | 'paragraph' | 'showLow' | 'review'>;

/** One paragraph's wrapped lines (without gutter), at `columns` of text. */
export function paragraphLines(article: Article, state: Marking, index: number, columns: number): Line[] {
  const line = markParagraph(article, index, {
    layers: state.layers,
    selectedClaim: state.selectedClaim,
    selectedEntity: state.selectedEntity,
    matches: state.search?.matches,
    currentMatch: state.search?.current,
    showLow: state.showLow,
    keepClaims: new Set(state.review.verdicts.map((v) => v.claim)),
  });
  return wrapLine(line, Math.max(1, columns - GUTTER));
}

export interface TextRow {
  /** The paragraph shown on this row, or null for a separator or a marker. */
  paragraph: number | null;
  /** The line of that paragraph. */
  line: number;
  content: Line;
}

export interface TextWindow {
  rows: TextRow[];
  /** Paragraphs wholly or partly above / below the window. */
  above: number;
  below: number;
}

/**
 * The rows of the pane from the anchor (`textTop`, `textScroll`): paragraphs separated by
 * a blank row; "↑ N more" on the first row when something is above, "↓ N more" on the
 * last when something is below.
 */
export function textWindow(article: Article, state: ReaderState, columns: number, rows: number): TextWindow {
  const order = visibleParagraphs(article, state);
  if (rows <= 0 || order.length === 0) return { rows: [], above: 0, below: 0 };
  let at = order.indexOf(state.textTop);
  if (at < 0) at = Math.max(0, order.findIndex((p) => p >= state.textTop));
  const scroll = order[at] === state.textTop ? state.textScroll : 0;
  const above = at + (scroll > 0 ? 1 : 0);
  const out: TextRow[] = [];
  if (above > 0) out.push({ paragraph: null, line: 0, content: plain(`  ↑ ${more(scroll, at)} above (k, PgUp)`, 'dim') });
  const heights = new Map<number, number>();
  let i = at;
  for (; i < order.length && out.length < rows; i++) {
    const index = order[i];
    const current = index === state.paragraph;
    const lines = paragraphLines(article, state, index, columns);
    heights.set(index, lines.length);
    if (i > at) out.push({ paragraph: null, line: 0, content: [] });
    for (let l = i === at ? Math.min(scroll, lines.length - 1) : 0; l < lines.length && out.length < rows; l++) {
      out.push({ paragraph: index, line: l, content: [current ? { text: '▌ ', tones: ['accent'] } : { text: '  ' }, ...lines[l]] });
    }
  }
  const lastOf = () => [...out].reverse().find((r) => r.paragraph !== null);
  /** Lines left of the last paragraph shown, and paragraphs after it. */
  const remaining = (): [number, number] => {
    const last = lastOf();
    if (!last) return [0, order.length - at];
    const pos = order.indexOf(last.paragraph!);
    return [heights.get(last.paragraph!)! - 1 - last.line, order.length - pos - 1];
  };
  let [lines, paragraphs] = remaining();
  let below = paragraphs + (lines > 0 ? 1 : 0);
  if (below > 0) {
    // The last row becomes the marker.
    if (out.length >= rows) out.pop();
    while (out.length && out[out.length - 1].paragraph === null && out.length > (above > 0 ? 1 : 0)) out.pop();
    [lines, paragraphs] = remaining();
    below = paragraphs + (lines > 0 ? 1 : 0);
    out.push({ paragraph: null, line: 0, content: plain(`  ↓ ${more(lines, paragraphs)} below (j, Space)`, 'dim') });
  }
  return { rows: out, above, below };
}

/** "3 more lines and 2 more paragraphs". */
function more(lines: number, paragraphs: number): string {
  const parts = [];
  if (lines > 0) parts.push(`${lines} more line${lines === 1 ? '' : 's'}`);
  if (paragraphs > 0) parts.push(`${paragraphs} more paragraph${paragraphs === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

/** True when every line of paragraph `index` is in the window. */
export function fullyShown(article: Article, state: ReaderState, columns: number, rows: number, index: number): boolean {
  const window = textWindow(article, state, columns, rows);
  const shown = window.rows.filter((r) => r.paragraph === index).length;
  return shown > 0 && shown === paragraphLines(article, state, index, columns).length;
}

/**
 * Moves the anchor so the current paragraph is in view: unchanged when it is wholly
 * shown; else the anchor goes up to it, or down just far enough that it ends on the
 * last row (a paragraph taller than the pane starts at the top).
 */
export function keepCurrentInView(article: Article, state: ReaderState, columns: number, rows: number): ReaderState {
  const order = visibleParagraphs(article, state);
  if (order.length === 0 || rows <= 0) return state;
  const current = state.paragraph;
  if (fullyShown(article, state, columns, rows, current)) return state;
  const pos = order.indexOf(current);
  const topPos = order.indexOf(state.textTop);
  if (pos < 0) return state;
  if (topPos < 0 || pos <= topPos) return { ...state, textTop: current, textScroll: 0 };
  // Walk back from the current paragraph while the paragraphs fit above it (two rows for the markers).
  const capacity = rows - 2;
  let used = paragraphLines(article, state, current, columns).length;
  let top = pos;
  while (top > 0) {
    const height = paragraphLines(article, state, order[top - 1], columns).length + 1;
    if (used + height > capacity) break;
    used += height;
    top--;
  }
  return { ...state, textTop: order[top], textScroll: 0 };
}

/**
 * Scrolls the window by `delta` rows (less's Ctrl-d / Space); the current paragraph
 * follows: the first paragraph starting in view going down, the last going up.
 */
export function scrollText(article: Article, state: ReaderState, columns: number, rows: number, delta: number): ReaderState {
  const order = visibleParagraphs(article, state);
  if (order.length === 0) return state;
  let pos = Math.max(0, order.indexOf(state.textTop));
  let line = order[pos] === state.textTop ? state.textScroll : 0;
  let left = Math.abs(delta);
  const height = (p: number) => paragraphLines(article, state, order[p], columns).length + 1; // with the separator
  if (delta > 0) {
    while (left > 0) {
      const h = height(pos);
      if (line + left < h) {
        line += left;
        left = 0;
      } else if (pos + 1 < order.length) {
        left -= h - line;
        pos++;
        line = 0;
      } else {
        line = Math.max(0, h - 2);
        left = 0;
      }
    }
  } else {
    while (left > 0) {
      if (line - left >= 0) {
        line -= left;
        left = 0;
      } else if (pos > 0) {
        left -= line;
        pos--;
        line = height(pos);
      } else {
        line = 0;
        left = 0;
      }
    }
  }
  // Never leave the window on a separator row.
  line = Math.min(line, Math.max(0, height(pos) - 2));
  const moved = { ...state, textTop: order[pos], textScroll: line };
  const window = textWindow(article, moved, columns, rows);
  const shown = window.rows.map((r) => r.paragraph).filter((p): p is number => p !== null);
  if (shown.length === 0 || shown.includes(state.paragraph)) return moved;
  return { ...moved, paragraph: delta > 0 ? shown[0] : shown[shown.length - 1] };
}

/** Row (in the paragraph's wrapped lines) where `span` starts, found by marking it as the match. */
export function spanLine(article: Article, state: ReaderState, columns: number, span: { start: number; end: number }): number {
  const line = markParagraph(article, state.paragraph, { layers: state.layers, matches: [{ ...span, text: '' }], currentMatch: 0, showLow: state.showLow });
  const wrapped = wrapLine(line, Math.max(1, columns - GUTTER));
  return Math.max(0, wrapped.findIndex((l) => l.some((seg) => seg.tones?.includes('selected'))));
}
