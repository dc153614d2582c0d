/** The reader's whole UI state: plain data, changed only by the reducer. */
import type { Article, Span } from '@marginalia/core';
import { claimsByPosition } from './describe.js';
import type { KeyToken } from './keys.js';
import { ALL_LAYERS_ON, type LayerSet } from './marks.js';
import { createHistory, type ReviewHistory } from './review-history.js';

export type View = 'reader' | 'entities' | 'claims' | 'sourcing';
export const VIEWS: readonly View[] = ['reader', 'entities', 'claims', 'sourcing'];
export type Mode = 'normal' | 'help' | 'search' | 'command' | 'verdict' | 'note' | 'evidence' | 'confirmQuit';
export type Pane = 'text' | 'annotations';

/** Where the sidecar stands: written, waiting, or why it is not written. */
export type SidecarStatus = 'saved' | 'readonly' | 'memory' | 'blocked';

export type Effect =
  /** `announce`: say so when done (an explicit :w). */
  | { kind: 'save'; announce?: boolean }
  | { kind: 'quit' }
  | { kind: 'export'; format: 'md' | 'json' }
  | { kind: 'editNote'; claim: string };

export interface SearchState {
  query: string;
  matches: Span[];
  current: number;
}

export interface ReaderState {
  view: View;
  mode: Mode;
  focus: Pane;
  paragraph: number;
  /** The text pane's anchor: the first paragraph shown (wholly or from line `textScroll`). */
  textTop: number;
  /** First wrapped line shown of the anchor paragraph `textTop`. */
  textScroll: number;
  /** Show findings below the confidence threshold too (`tl`). */
  showLow: boolean;
  /** Selected item in the annotations pane. */
  annotationCursor: number;
  entityCursor: number;
  claimCursor: number;
  claimSort: 'position' | 'score';
  sourcingScroll: number;
  selectedClaim: string | null;
  selectedEntity: string | null;
  /** Offset of the mention `]e`/`[e` last moved to. */
  mentionAt: number | null;
  layers: LayerSet;
  /** Keys of an unfinished sequence (`]` waiting for `c`) and a typed count. */
  pending: KeyToken[];
  count: string;
  /** First line shown of the help screen (arrows scroll it; letters filter it). */
  helpScroll: number;
  /** Text typed at a prompt (search, command, note, evidence) or the help filter. */
  input: string;
  /** The claim a verdict, note or evidence prompt is about. */
  target: string | null;
  search: SearchState | null;
  review: ReviewHistory;
  sidecar: SidecarStatus;
  /** Verdict changes not yet written to the sidecar. */
  unsaved: boolean;
  /** The last attempt to write the sidecar failed. */
  saveFailed: boolean;
  message: string | null;
  effects: Effect[];
}

/** Sizes the reducer needs for paging and scrolling. */
export interface Viewport {
  /** Rows of a list or pane body. */
  bodyRows: number;
  /** Columns of the paragraph text. */
  textColumns: number;
}

export interface Position {
  paragraph: number;
  claim: string | null;
  view: View;
}

export function initialState(article: Article, options: { review?: ReviewHistory; position?: Position | null; sidecar?: SidecarStatus; message?: string | null } = {}): ReaderState {
  const position = options.position;
  const paragraph = position ? Math.max(0, Math.min(position.paragraph, article.paragraphs.length - 1)) : 0;
  const claim = position?.claim && article.claims.some((c) => c.id === position.claim) ? position.claim : null;
  return {
    view: position?.view ?? 'reader',
    mode: 'normal',
    focus: 'text',
    paragraph,
    textTop: paragraph,
    textScroll: 0,
    showLow: false,
    annotationCursor: 0,
    entityCursor: 0,
    claimCursor: claim ? Math.max(0, claimsByPosition(article).findIndex((c) => c.id === claim)) : 0,
    claimSort: 'position',
    sourcingScroll: 0,
    selectedClaim: claim,
    selectedEntity: null,
    mentionAt: null,
    layers: ALL_LAYERS_ON,
    pending: [],
    count: '',
    helpScroll: 0,
    input: '',
    target: null,
    search: null,
    review: options.review ?? createHistory(''),
    sidecar: options.sidecar ?? 'saved',
    unsaved: false,
    saveFailed: false,
    message: options.message ?? null,
    effects: [],
  };
}

/**
 * Quitting asks only when changes would be lost: the sidecar cannot be written
 * (read-only, folder not writable, left untouched) or the last write failed.
 * A save still in flight is flushed on the way out instead.
 */
export function quitNeedsConfirmation(state: ReaderState): boolean {
  return state.unsaved && (state.sidecar !== 'saved' || state.saveFailed);
}
