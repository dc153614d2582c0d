/**
 * The reader's reducer: key tokens in, new state out. Modes gate the keys (a
 * key typed at a prompt is text, not a command). Side effects (saving,
 * quitting, exporting, the editor) are queued in `state.effects` for the app.
 */
import type { Article, ClaimVerdict } from '@marginalia/core';
import { mergeVerdicts, type VerdictChange } from './sidecar-store.js';
import { paragraphItems } from './annotations.js';
import { sortedClaims } from './describe.js';
import { isPrintable, type KeyToken } from './keys.js';
import { actionFor, PREFIX_KEYS, type Action } from './keymap.js';
import { DIM_BELOW, HIDE_BELOW, type Layer } from './marks.js';
import { keepCurrentInView, visibleParagraphs } from './textview.js';
import {
  focusSpan, goToParagraph, jumpClaim, jumpMatch, jumpMention, moveBy, reveal, scrollBy, selectClaim, toEdge,
} from './navigation.js';
import { changeReview, editInput, handleVerdictKey, submitPrompt } from './prompts.js';
import { absorb, amendVerdict, redo, undo, verdictOf } from './review-history.js';
import { quitNeedsConfirmation, type Effect, type ReaderState, type View, type Viewport } from './state.js';

export type ReaderEvent =
  | { type: 'keys'; keys: KeyToken[]; viewport: Viewport; now: string }
  | { type: 'saved'; ok: boolean; message?: string; saved?: readonly ClaimVerdict[]; written?: ClaimVerdict[]; fromOthers?: VerdictChange[] }
  /** Another reader changed the sidecar: its verdicts now. */
  | { type: 'external'; verdicts: ClaimVerdict[]; now: string }
  /** These effects have run: drop exactly them (by identity), whatever was queued since. */
  | { type: 'effectsDone'; done: readonly Effect[] }
  | { type: 'message'; text: string }
  | { type: 'noteEdited'; claim: string; note: string; now: string };

/** In help, letters filter, so only arrows and paging keys scroll. */
const HELP_SCROLL: Record<string, number> = { '<down>': 1, '<up>': -1, '<pgdn>': 1, '<pgup>': -1 };
const TOGGLES: Partial<Record<Action, Layer>> = {
  toggleEntities: 'entities', toggleAttributions: 'attributions', toggleClaims: 'claims',
  toggleHedges: 'hedges', toggleTechniques: 'techniques', toggleBoilerplate: 'boilerplate',
};
const LAYER_WORDS: Record<Layer, [string, string]> = {
  entities: ['entities [..] shown', 'entities hidden'], attributions: ['attributions «..» shown', 'attributions hidden'],
  claims: ['claims ⟦..⟧ shown', 'claims hidden'], hedges: ['hedges ~..~ shown', 'hedges hidden'], techniques: ['techniques {..} shown', 'techniques hidden'],
  boilerplate: ['boilerplate paragraphs ▒ shown', 'boilerplate paragraphs hidden (tb shows them)'],
};

export function createReducer(article: Article) {
  return function reduce(state: ReaderState, event: ReaderEvent): ReaderState {
    switch (event.type) {
      case 'keys':
        return event.keys.reduce((s, key) => handleKey(article, s, key, event.viewport, event.now), state);
      case 'saved': {
        if (!event.ok) return { ...state, unsaved: true, saveFailed: state.sidecar === 'saved', message: event.message ?? state.message };
        // Still unsaved when the verdicts changed again while this save was under way (its own save is queued).
        const unsaved = event.saved !== undefined && state.review.verdicts !== event.saved;
        const others = event.fromOthers ?? [];
        const review = event.written ? absorb(state.review, others, event.written) : state.review;
        return { ...state, review, unsaved, saveFailed: false, message: others.length ? othersChanged(article, others) : (event.message ?? state.message) };
      }
      case 'external': {
        const { fromTheirs } = mergeVerdicts(state.review.synced, state.review.verdicts, event.verdicts, event.now);
        const review = absorb(state.review, fromTheirs, event.verdicts);
        return fromTheirs.length ? { ...state, review, message: othersChanged(article, fromTheirs) } : { ...state, review };
      }
      case 'effectsDone':
        return { ...state, effects: state.effects.filter((effect) => !event.done.includes(effect)) };
      case 'message':
        return { ...state, message: event.text };
      case 'noteEdited':
        return changeReview(state, amendVerdict(state.review, event.claim, { note: event.note }, event.now, true), 'Note saved.');
    }
  };
}

/** "Another reader changed claim #3 (now misleading)". */
export function othersChanged(article: Article, changes: readonly VerdictChange[]): string {
  const order = new Map([...article.claims].sort((a, b) => a.start - b.start).map((c, i) => [c.id, i + 1]));
  const what = changes.slice(0, 3).map((c) => `#${order.get(c.claim) ?? '?'} ${c.record ? `now ${c.record.verdict}` : 'cleared'}`);
  const more = changes.length > 3 ? ` and ${changes.length - 3} more` : '';
  return `Another reader changed ${changes.length === 1 ? 'a verdict' : `${changes.length} verdicts`}: claim ${what.join(', ')}${more}. Merged.`;
}


function handleKey(article: Article, state: ReaderState, key: KeyToken, viewport: Viewport, now: string): ReaderState {
  // Ctrl-C always saves and quits, whatever the mode.
  if (key === '<C-c>') return { ...state, effects: [...state.effects, { kind: 'save' }, { kind: 'quit' }] };
  switch (state.mode) {
    case 'normal':
      return handleNormal(article, { ...state, message: state.pending.length || state.count ? state.message : null }, key, viewport, now);
    case 'help':
      if (key === '<esc>' || key === '<enter>' || key === '<F1>') return { ...state, mode: 'normal', input: '', helpScroll: 0 };
      if (HELP_SCROLL[key]) return { ...state, helpScroll: Math.max(0, state.helpScroll + HELP_SCROLL[key] * (key.startsWith('<pg') ? viewport.bodyRows - 1 : 1)) };
      return { ...editInput(state, key), helpScroll: 0 };
    case 'search':
    case 'command':
    case 'note':
    case 'evidence':
      if (key === '<enter>') return submitPrompt(article, state, viewport, now);
      if (key === '<esc>') return { ...state, mode: 'normal', input: '', target: null, message: state.mode === 'note' || state.mode === 'evidence' ? 'Verdict kept.' : null };
      return editInput(state, key);
    case 'verdict':
      return handleVerdictKey(article, state, key, now);
    case 'confirmQuit':
      if (key === 'y' || key === 'Y') return { ...state, mode: 'normal', effects: [...state.effects, { kind: 'quit' }] };
      return { ...state, mode: 'normal', message: 'Not quitting.' };
  }
}

/** The claim a verdict applies to: the claims list's cursor, else the selected claim. */
function targetClaim(article: Article, state: ReaderState): string | null {
  if (state.view === 'claims') return sortedClaims(article, state.claimSort)[state.claimCursor]?.id ?? null;
  return state.selectedClaim;
}

function handleNormal(article: Article, state: ReaderState, key: KeyToken, viewport: Viewport, now: string): ReaderState {
  if (state.pending.length > 0) {
    const sequence = [...state.pending, key];
    const binding = actionFor(sequence);
    const cleared = { ...state, pending: [], count: '' };
    if (!binding) return { ...cleared, message: `No key “${sequence.join('')}”; ? shows every key.` };
    const count = state.count.replace('#', '');
    return repeat(article, cleared, binding.action, binding.countable ? Number(count || 1) : 1, viewport, now, count);
  }
  // 1–4 switch views at once; a count starts with 5–9, or with # for one that starts 1–4 (#3j, #12G).
  if (key === '#' && state.count === '') return { ...state, count: '#' };
  if (/^[0-9]$/.test(key) && (state.count !== '' || /[5-9]/.test(key))) return { ...state, count: state.count + key };
  if (PREFIX_KEYS.has(key)) return { ...state, pending: [key] };
  const binding = actionFor([key]);
  const current = state;
  const count = state.count.replace('#', '');
  if (!binding) {
    return { ...current, count: '', message: isPrintable(key) || key === '<unknown>' ? `No key “${key}”; ? shows every key.` : null };
  }
  const times = binding.countable ? Number(count || 1) : 1;
  return repeat(article, { ...current, count: '' }, binding.action, times, viewport, now, count);
}

/** Jumps that land somewhere inside a paragraph, which a long paragraph must scroll to show. */
const JUMPS: ReadonlySet<Action> = new Set(['nextClaim', 'prevClaim', 'nextUnreviewed', 'prevUnreviewed', 'nextMention', 'prevMention', 'nextMatch', 'prevMatch', 'open']);

/** Scrolling moves the text, not the current paragraph: the window is not snapped back to it. */
const SCROLLS: ReadonlySet<Action> = new Set(['halfDown', 'halfUp', 'pageDown', 'pageUp']);

function repeat(article: Article, state: ReaderState, action: Action, times: number, viewport: Viewport, now: string, count: string): ReaderState {
  let s = state;
  for (let i = 0; i < Math.min(times, 10_000); i++) s = perform(article, s, action, viewport, now, count);
  return settle(article, s, viewport, action);
}

/** After an action in the reader: the current paragraph is one shown, and in view (a jump's span too). */
export function settle(article: Article, state: ReaderState, viewport: Viewport, action?: Action): ReaderState {
  if (state.view !== 'reader' || SCROLLS.has(action as Action)) return state;
  let s = state;
  const order = visibleParagraphs(article, s);
  if (order.length && !order.includes(s.paragraph)) {
    // `tb` hid the current paragraph: go on to the next one shown.
    const next = order.find((p) => p > s.paragraph) ?? order[order.length - 1];
    s = goToParagraph(article, s, next);
  }
  s = keepCurrentInView(article, s, viewport.textColumns, viewport.bodyRows);
  return action && JUMPS.has(action) ? reveal(article, s, viewport, focusSpan(article, s, action)) : s;
}

function perform(article: Article, state: ReaderState, action: Action, viewport: Viewport, now: string, count: string): ReaderState {
  const half = Math.max(1, Math.floor(viewport.bodyRows / 2));
  const toggle = TOGGLES[action];
  if (toggle) {
    const layers = { ...state.layers, [toggle]: !state.layers[toggle] };
    return { ...state, layers, annotationCursor: 0, message: LAYER_WORDS[toggle][layers[toggle] ? 0 : 1] };
  }
  if (action === 'toggleLowConfidence') {
    const showLow = !state.showLow;
    return { ...state, showLow, annotationCursor: 0, message: showLow ? `All findings shown; those below ${DIM_BELOW} confidence dimmed and marked ?. tl hides those below ${HIDE_BELOW}.` : `Findings below ${HIDE_BELOW} confidence hidden (tl shows all).` };
  }
  switch (action) {
    case 'down':
      return moveBy(article, state, 1);
    case 'up':
      return moveBy(article, state, -1);
    case 'top':
      return toEdge(article, state, false);
    case 'bottom':
      if (count) return { ...goToParagraph(article, { ...state, focus: 'text' }, Number(count) - 1), view: 'reader' };
      return toEdge(article, state, true);
    case 'halfDown':
      return scrollBy(article, state, viewport, half);
    case 'halfUp':
      return scrollBy(article, state, viewport, -half);
    case 'pageDown':
      return scrollBy(article, state, viewport, Math.max(1, viewport.bodyRows - 1));
    case 'pageUp':
      return scrollBy(article, state, viewport, -Math.max(1, viewport.bodyRows - 1));
    case 'nextPane':
    case 'prevPane':
      if (state.view !== 'reader') return { ...state, message: 'Tab moves between panes in the reader (1).' };
      return { ...state, focus: state.focus === 'text' ? 'annotations' : 'text' };
    case 'open':
      return open(article, state);
    case 'back':
      if (state.view !== 'reader') return { ...state, view: 'reader' };
      if (state.focus === 'annotations') return { ...state, focus: 'text' };
      if (state.search) return { ...state, search: null, message: 'Search cleared.' };
      if (state.selectedEntity) return { ...state, selectedEntity: null, mentionAt: null };
      return state;
    case 'nextClaim':
    case 'prevClaim':
      return jumpClaim(article, state, action === 'nextClaim', false);
    case 'nextUnreviewed':
    case 'prevUnreviewed':
      return jumpClaim(article, state, action === 'nextUnreviewed', true);
    case 'nextMention':
    case 'prevMention': {
      // In the entity index, ]e starts on the entity under the cursor.
      const entity = state.view === 'entities' ? article.entities[state.entityCursor] : undefined;
      const from = entity ? { ...state, view: 'reader' as const, focus: 'text' as const, selectedEntity: entity.id, mentionAt: null } : state;
      return jumpMention(article, from, action === 'nextMention');
    }
    case 'viewReader':
      return { ...state, view: 'reader' };
    case 'viewSourcing':
      return { ...state, view: 'sourcing' };
    case 'viewEntities': {
      // Opens at the selected entity, else the first one named in the current paragraph.
      const p = article.paragraphs[state.paragraph];
      const id = state.selectedEntity ?? article.entities.find((e) => p && e.mentions.some((m) => m.start < p.end && m.end > p.start))?.id;
      const at = article.entities.findIndex((e) => e.id === id);
      return { ...state, view: 'entities', entityCursor: at >= 0 ? at : state.entityCursor };
    }
    case 'viewClaims': {
      // Opens at the claim the status bar names (the selected one).
      const at = sortedClaims(article, state.claimSort).findIndex((c) => c.id === state.selectedClaim);
      return { ...state, view: 'claims', claimCursor: at >= 0 ? at : state.claimCursor };
    }
    case 'search':
      return { ...state, mode: 'search', input: '' };
    case 'nextMatch':
      return jumpMatch(article, state, 1);
    case 'prevMatch':
      return jumpMatch(article, state, -1);
    case 'verdict': {
      const target = targetClaim(article, state);
      if (!target) return { ...state, message: 'No claim selected: ]c moves to the next claim, 3 opens the claims list.' };
      return { ...selectClaim(article, state, target), view: state.view, mode: 'verdict', target };
    }
    case 'editNote': {
      const target = targetClaim(article, state);
      if (!target || !verdictOf(state.review, target)) return { ...state, message: 'Record a verdict first (v), then e edits its note.' };
      return { ...state, effects: [...state.effects, { kind: 'editNote', claim: target }] };
    }
    case 'undo':
      return changeReview(state, undo(state.review), state.review.undo.length ? 'Undone.' : 'Nothing to undo.');
    case 'redo':
      return changeReview(state, redo(state.review), state.review.redo.length ? 'Redone.' : 'Nothing to redo.');
    case 'sort': {
      if (state.view !== 'claims') return { ...state, message: 's sorts the claims list (3).' };
      const claimSort = state.claimSort === 'position' ? 'score' : 'position';
      const id = sortedClaims(article, state.claimSort)[state.claimCursor]?.id;
      const claimCursor = Math.max(0, sortedClaims(article, claimSort).findIndex((c) => c.id === id));
      return { ...state, claimSort, claimCursor, message: `Claims sorted by ${claimSort}.` };
    }
    case 'command':
      return { ...state, mode: 'command', input: '' };
    case 'help':
      return { ...state, mode: 'help', input: '', helpScroll: 0 };
    case 'quit':
      return quitNeedsConfirmation(state) ? { ...state, mode: 'confirmQuit' } : { ...state, effects: [...state.effects, { kind: 'quit' }] };
    case 'interrupt':
      return { ...state, effects: [...state.effects, { kind: 'save' }, { kind: 'quit' }] };
    default:
      return state;
  }
}

function open(article: Article, state: ReaderState): ReaderState {
  if (state.view === 'entities') {
    const entity = article.entities[state.entityCursor];
    if (!entity) return state;
    return jumpMention(article, { ...state, view: 'reader', focus: 'text', selectedEntity: entity.id, mentionAt: -1 }, true);
  }
  if (state.view === 'claims') {
    const claim = sortedClaims(article, state.claimSort)[state.claimCursor];
    return claim ? { ...selectClaim(article, state, claim.id), view: 'reader', focus: 'text' } : state;
  }
  if (state.view === 'reader' && state.focus === 'annotations') {
    const item = paragraphItems(article, state.paragraph, state.layers, state.review, state.showLow, state.selectedClaim)[state.annotationCursor];
    if (item?.kind === 'entity') return { ...state, selectedEntity: item.id, mentionAt: null, message: ']e / [e step through its mentions.' };
    if (item?.kind === 'claim') return { ...state, selectedClaim: item.id, message: 'v records a verdict on this claim.' };
  }
  return state;
}
