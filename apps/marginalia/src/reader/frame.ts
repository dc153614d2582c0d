/**
 * Composes the whole screen as styled lines from (article, state, size): title,
 * body (reader panes or a view or help), status bar, hint or prompt. The frame
 * is at most `rows - 1` lines and every line exactly fits the width; only the
 * visible slice of long text is produced.
 */
import type { Article } from '@marginalia/core';
import { inert } from '../render/sanitize.js';
import { paragraphSections } from './annotations.js';
import { claimsByPosition } from './describe.js';
import { HINTS } from './keymap.js';
import { computeGeometry, tooSmallMessage, type Size } from './layout.js';
import { fitLine, type Line, plain, wrapLine } from './line.js';
import { LAYER_MARKERS, LAYERS } from './marks.js';
import type { ReaderState } from './state.js';
import { scrolledWithMarkers } from './scroll.js';
import { GUTTER, paragraphLines, textWindow } from './textview.js';
import { claimsListLines, entityIndexLines, helpLines, sourcingLines } from './views.js';

export interface FrameOptions {
  screenReader?: boolean;
  /** Shown in the title line (the article's file name). */
  label?: string;
}

const VIEW_NAMES = { reader: '1 reader', entities: '2 entities', claims: '3 claims', sourcing: '4 sourcing' } as const;

/** The text pane: the article read on from the anchor, the current paragraph marked ▌ (see textview.ts). */
export function textPaneLines(article: Article, state: ReaderState, columns: number, rows: number): Line[] {
  if (article.paragraphs.length === 0) return [plain('(this article has no paragraphs)', 'dim')];
  const window = textWindow(article, state, columns, rows);
  if (window.rows.length === 0) return [plain('(every paragraph is boilerplate, hidden: tb shows them)', 'dim')];
  return window.rows.map((r) => r.content);
}

export function annotationPaneLines(article: Article, state: ReaderState, columns: number, rows: number): Line[] {
  const sections = paragraphSections(article, state.paragraph, state.layers, state.review, state.showLow, state.selectedClaim);
  if (sections.length === 0) return [plain('(no annotations in this paragraph)', 'dim')];
  const focused = state.focus === 'annotations';
  const flat: Line[] = [];
  let cursorLine = 0;
  let index = 0;
  for (const section of sections) {
    flat.push(plain(section.title, 'heading'));
    for (const item of section.items) {
      const isCursor = focused && index === state.annotationCursor;
      const isSelected = (item.kind === 'claim' && item.id === state.selectedClaim) || (item.kind === 'entity' && item.id === state.selectedEntity);
      // Scroll to the cursor when the pane is focused, else to the selected claim or entity.
      if (isCursor || (!focused && isSelected && item.kind === 'claim')) cursorLine = flat.length;
      const prefix = { text: isCursor ? '▸ ' : isSelected ? '• ' : '  ', tones: isCursor ? (['cursor'] as const) : undefined };
      wrapLine([prefix, ...item.line], Math.max(1, columns), 4).forEach((l) => flat.push(l));
      index++;
    }
  }
  return scrolledWithMarkers(flat, cursorLine, rows);
}

function layerIndicator(state: ReaderState): string {
  return LAYERS.map((l) => (state.layers[l] ? LAYER_MARKERS[l].letter : '·')).join('') + (state.showLow ? ' +low' : '');
}

export function statusLine(article: Article, state: ReaderState): string {
  const parts = [`¶ ${article.paragraphs.length ? state.paragraph + 1 : 0}/${article.paragraphs.length}`];
  const claims = claimsByPosition(article);
  const claimIndex = claims.findIndex((c) => c.id === state.selectedClaim);
  parts.push(claimIndex >= 0 ? `claim ${claimIndex + 1}/${claims.length}` : `${claims.length} claims`);
  const reviewed = state.review.verdicts.length;
  parts.push(`${reviewed} reviewed`);
  parts.push(`layers ${layerIndicator(state)}`);
  if (state.search) parts.push(state.search.matches.length ? `match ${state.search.current + 1}/${state.search.matches.length}` : `no match “${inert(state.search.query)}”`);
  const sidecar = { saved: state.saveFailed ? 'unsaved: write failed' : state.unsaved ? 'saving…' : 'saved', readonly: 'read-only', memory: 'not writable: in memory', blocked: 'sidecar untouched: in memory' }[state.sidecar];
  parts.push(sidecar);
  if (state.review.unmatched.length) parts.push(`${state.review.unmatched.length} unmatched verdict${state.review.unmatched.length === 1 ? '' : 's'} kept`);
  if (state.pending.length || state.count) parts.push(`keys ${state.count}${state.pending.join('')}…`);
  return ` ${parts.join(' · ')} `;
}

function bottomLine(state: ReaderState): Line {
  const prompts: Partial<Record<ReaderState['mode'], string>> = { search: '/', command: ':', note: 'note: ', evidence: 'evidence URL: ' };
  const prompt = prompts[state.mode];
  if (prompt !== undefined) return [{ text: prompt, tones: ['accent'] }, { text: inert(state.input) }, { text: '█' }, { text: `   ${HINTS[state.mode as keyof typeof HINTS]}`, tones: ['dim'] }];
  if (state.mode === 'verdict') return plain(HINTS.verdict, 'warning');
  if (state.mode === 'confirmQuit') return plain(HINTS.confirmQuit, 'warning');
  if (state.message) return plain(inert(state.message), 'warning');
  if (state.mode === 'help') return plain(HINTS.help, 'dim');
  if (state.view !== 'reader') return plain(HINTS[state.view], 'dim');
  return plain(state.focus === 'annotations' ? HINTS.annotations : HINTS.normal, 'dim');
}

export function composeFrame(article: Article, state: ReaderState, size: Size, options: FrameOptions = {}): Line[] {
  const full = computeGeometry(size, options.screenReader);
  if (full.arrangement === 'tooSmall') return [fitLine(plain(tooSmallMessage(size)), full.width)];
  // A long message wraps onto up to four lines; the body gives up the rows they take.
  const last = bottomLine(state);
  const bottom = state.message && (state.mode === 'normal' || state.mode === 'help') ? wrapLine(last, Math.max(1, full.width)).slice(0, 4) : [last];
  const g = bottom.length > 1 ? computeGeometry({ columns: size.columns, rows: size.rows - (bottom.length - 1) }, options.screenReader) : full;
  const title = inert(article.meta.title ?? options.label ?? 'Untitled article');
  const lines: Line[] = [fitLine([{ text: ` Marginalia — ${title} `, tones: ['heading'] }, { text: `  [${VIEW_NAMES[state.view]}]`, tones: ['dim'] }], g.width)];
  let body: Line[];
  if (state.mode === 'help') {
    body = helpLines(state.input, g.bodyRows, g.width, state.helpScroll);
  } else if (state.view === 'entities') body = entityIndexLines(article, state, g.bodyRows, g.width);
  else if (state.view === 'claims') body = claimsListLines(article, state, g.bodyRows, g.width);
  else if (state.view === 'sourcing') body = sourcingLines(article, state, g.bodyRows, g.width);
  else body = readerBody(article, state, g, options.screenReader ?? false);
  for (let i = 0; i < g.bodyRows; i++) lines.push(fitLine(body[i] ?? [], g.width));
  lines.push(fitLine([{ text: statusLine(article, state), tones: ['status'] }], g.width));
  for (const line of bottom) lines.push(fitLine(line, g.width));
  return lines.slice(0, full.height);
}

function readerBody(article: Article, state: ReaderState, g: ReturnType<typeof computeGeometry>, screenReader: boolean): Line[] {
  const text = textPaneLines(article, state, g.text.columns, g.text.rows);
  const notes = annotationPaneLines(article, state, g.annotations.columns, g.annotations.rows);
  if (g.arrangement === 'side') {
    const rule = (focus: boolean) => ({ text: '│', tones: focus ? (['accent'] as const) : (['marker'] as const) });
    return Array.from({ length: g.bodyRows }, (_, i) => [...fitLine(text[i] ?? [], g.text.columns), rule(state.focus === 'annotations'), ...fitLine(notes[i] ?? [], g.annotations.columns)]);
  }
  if (screenReader) {
    // Linear: the current paragraph, a blank line, then the annotations, with no padding or rules between.
    const shown = article.paragraphs.length ? paragraphLines(article, state, state.paragraph, g.width + GUTTER) : text;
    return [...shown, [], plain(`Annotations${state.focus === 'annotations' ? ' (focused)' : ''}:`), ...annotationPaneLines(article, state, g.width, g.bodyRows)].slice(0, g.bodyRows);
  }
  const label = ` annotations${state.focus === 'annotations' ? ' (focused, Tab: text)' : ' (Tab to focus)'} `;
  const rule: Line = plain(`──${label}${'─'.repeat(Math.max(0, g.width - label.length - 2))}`, 'marker');
  const padded = Array.from({ length: g.text.rows }, (_, i) => text[i] ?? []);
  return [...padded, rule, ...notes.slice(0, g.annotations.rows)];
}
