/**
 * Movement: paragraphs, list cursors, scrolling, and the jumps `]c` `]e` `]u`
 * and search matches. Pure functions of (article, state, viewport).
 */
import type { Article } from '@marginalia/core';
import { paragraphItems } from './annotations.js';
import { claimsByPosition, claimsInParagraph, entityById, paragraphAt, sortedClaims } from './describe.js';
import type { ReaderState, Viewport } from './state.js';
import { verdictOf } from './review-history.js';
import { scrollText, spanLine, textWindow, visibleParagraphs } from './textview.js';

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** Moves to paragraph `index`, selecting its first claim (the reducer then keeps it in view). */
export function goToParagraph(article: Article, state: ReaderState, index: number): ReaderState {
  const paragraph = clamp(index, 0, Math.max(0, article.paragraphs.length - 1));
  if (paragraph === state.paragraph) return state;
  const first = claimsInParagraph(article, paragraph)[0];
  return { ...state, paragraph, annotationCursor: 0, selectedClaim: first?.id ?? null };
}

/** Steps `delta` paragraphs among those shown (boilerplate hidden by `tb` is skipped). */
function stepParagraph(article: Article, state: ReaderState, delta: number): ReaderState {
  const order = visibleParagraphs(article, state);
  if (order.length === 0) return state;
  let pos = order.indexOf(state.paragraph);
  if (pos < 0) pos = Math.max(0, order.findIndex((p) => p > state.paragraph) - (delta > 0 ? 1 : 0));
  return goToParagraph(article, state, order[clamp(pos + delta, 0, order.length - 1)]);
}

/** Moves the cursor of whatever is focused by `delta` items (or paragraphs). */
export function moveBy(article: Article, state: ReaderState, delta: number): ReaderState {
  switch (state.view) {
    case 'entities':
      return { ...state, entityCursor: clamp(state.entityCursor + delta, 0, Math.max(0, article.entities.length - 1)) };
    case 'claims': {
      const claimCursor = clamp(state.claimCursor + delta, 0, Math.max(0, article.claims.length - 1));
      return { ...state, claimCursor, selectedClaim: sortedClaims(article, state.claimSort)[claimCursor]?.id ?? state.selectedClaim };
    }
    case 'sourcing':
      return { ...state, sourcingScroll: Math.max(0, state.sourcingScroll + delta) };
    case 'reader': {
      if (state.focus === 'annotations') {
        const items = paragraphItems(article, state.paragraph, state.layers, state.review, state.showLow, state.selectedClaim);
        const annotationCursor = clamp(state.annotationCursor + delta, 0, Math.max(0, items.length - 1));
        const item = items[annotationCursor];
        return {
          ...state,
          annotationCursor,
          selectedClaim: item?.kind === 'claim' ? item.id : state.selectedClaim,
          selectedEntity: item?.kind === 'entity' ? item.id : state.selectedEntity,
        };
      }
      return stepParagraph(article, state, delta);
    }
  }
}

/** Scrolls the text by `rows` as less does; the current paragraph follows. Lists move by items. */
export function scrollBy(article: Article, state: ReaderState, viewport: Viewport, rows: number): ReaderState {
  if (state.view !== 'reader' || state.focus !== 'text') return moveBy(article, state, rows);
  const moved = scrollText(article, state, viewport.textColumns, viewport.bodyRows, rows);
  if (moved.paragraph === state.paragraph) return moved;
  const first = claimsInParagraph(article, moved.paragraph)[0];
  return { ...moved, annotationCursor: 0, selectedClaim: first?.id ?? null };
}

export function toEdge(article: Article, state: ReaderState, end: boolean): ReaderState {
  const far = 1_000_000;
  if (state.view === 'reader' && state.focus === 'text') return stepParagraph(article, state, end ? far : -far);
  return moveBy(article, state, end ? far : -far);
}

/** Puts the selection on claim `id`: its paragraph in the reader, its row in the claims list. */
export function selectClaim(article: Article, state: ReaderState, id: string): ReaderState {
  const claim = article.claims.find((c) => c.id === id);
  if (!claim) return state;
  const moved = goToParagraph(article, state, paragraphAt(article, claim.start));
  const claimCursor = Math.max(0, sortedClaims(article, state.claimSort).findIndex((c) => c.id === id));
  const items = paragraphItems(article, moved.paragraph, moved.layers, moved.review, moved.showLow, id);
  const annotationCursor = Math.max(0, items.findIndex((i) => i.kind === 'claim' && i.id === id));
  return { ...moved, selectedClaim: id, claimCursor, annotationCursor };
}

/** The claim `]c` and `[c` start from: the selected one, else the current paragraph's position. */
function claimStep(article: Article, state: ReaderState, forward: boolean, accept: (id: string) => boolean): string | null {
  const claims = claimsByPosition(article);
  if (claims.length === 0) return null;
  let from = claims.findIndex((c) => c.id === state.selectedClaim);
  if (from < 0) {
    const start = article.paragraphs[state.paragraph]?.start ?? 0;
    const firstAfter = claims.findIndex((c) => c.start >= start);
    from = forward ? (firstAfter < 0 ? claims.length : firstAfter) - 1 : firstAfter < 0 ? claims.length : firstAfter;
  }
  for (let step = 1; step <= claims.length; step++) {
    const i = (((from + (forward ? step : -step)) % claims.length) + claims.length) % claims.length;
    if (accept(claims[i].id)) return claims[i].id;
  }
  return null;
}

export function jumpClaim(article: Article, state: ReaderState, forward: boolean, unreviewedOnly: boolean): ReaderState {
  if (article.claims.length === 0) return { ...state, message: 'This article has no claims.' };
  const id = claimStep(article, state, forward, (cid) => !unreviewedOnly || !verdictOf(state.review, cid));
  if (!id) return { ...state, message: 'Every claim has a verdict.' };
  return selectClaim(article, state, id);
}

/** `]e` / `[e`: the selected entity's next or previous mention, wrapping. */
export function jumpMention(article: Article, state: ReaderState, forward: boolean): ReaderState {
  const items = paragraphItems(article, state.paragraph, state.layers, state.review, state.showLow, state.selectedClaim);
  const entity = entityById(article, state.selectedEntity) ?? entityById(article, items.find((i) => i.kind === 'entity')?.id);
  if (!entity || entity.mentions.length === 0) return { ...state, message: 'No entity selected: pick one in the entity index (2) or the annotations pane (Tab).' };
  const mentions = [...entity.mentions].sort((a, b) => a.start - b.start);
  const from = state.mentionAt ?? (article.paragraphs[state.paragraph]?.start ?? 0) - (forward ? 1 : -1);
  const next = forward ? (mentions.find((m) => m.start > from) ?? mentions[0]) : ([...mentions].reverse().find((m) => m.start < from) ?? mentions[mentions.length - 1]);
  const moved = goToParagraph(article, state, paragraphAt(article, next.start));
  const index = mentions.indexOf(next) + 1;
  return { ...moved, selectedEntity: entity.id, mentionAt: next.start, message: `${entity.name}: mention ${index}/${mentions.length}` };
}

/** Finds every case-insensitive occurrence of `query` in the article. */
export function findMatches(article: Article, query: string): Array<{ start: number; end: number; text: string }> {
  if (!query) return [];
  const haystack = article.text.toLowerCase();
  const needle = query.toLowerCase();
  const out = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + Math.max(1, needle.length))) {
    out.push({ start: at, end: at + needle.length, text: article.text.slice(at, at + needle.length) });
  }
  return out;
}

export function jumpMatch(article: Article, state: ReaderState, delta: number): ReaderState {
  const search = state.search;
  if (!search || search.matches.length === 0) return { ...state, message: search ? `No match for “${search.query}”.` : 'No search yet: / to search.' };
  const current = (((search.current + delta) % search.matches.length) + search.matches.length) % search.matches.length;
  const moved = goToParagraph(article, { ...state, view: 'reader' }, paragraphAt(article, search.matches[current].start));
  return { ...moved, search: { ...search, current } };
}

/**
 * Scrolls a long paragraph so `span` (a claim, match or mention) is on screen.
 * The span is found in the wrapped text by marking it alone; markers of other
 * layers are kept, so the wrapping is the same as on screen.
 */
export function reveal(article: Article, state: ReaderState, viewport: Viewport, span: { start: number; end: number } | null | undefined): ReaderState {
  if (!span || viewport.bodyRows <= 0) return state;
  const at = spanLine(article, state, viewport.textColumns, span);
  const window = textWindow(article, state, viewport.textColumns, viewport.bodyRows);
  if (window.rows.some((r) => r.paragraph === state.paragraph && r.line === at)) return state;
  const window2 = { ...state, textTop: state.paragraph, textScroll: 0 };
  if (textWindow(article, window2, viewport.textColumns, viewport.bodyRows).rows.some((r) => r.paragraph === state.paragraph && r.line === at)) return window2;
  return { ...state, textTop: state.paragraph, textScroll: Math.max(0, at - Math.floor(viewport.bodyRows / 3)) };
}

/** The span the reader last moved to: the current search match, mention or selected claim. */
export function focusSpan(article: Article, state: ReaderState, action: string): { start: number; end: number } | null {
  if ((action === 'nextMatch' || action === 'prevMatch' || action === 'search') && state.search) return state.search.matches[state.search.current] ?? null;
  if ((action === 'nextMention' || action === 'prevMention' || action === 'open') && state.mentionAt !== null) {
    const entity = entityById(article, state.selectedEntity);
    return entity?.mentions.find((m) => m.start === state.mentionAt) ?? null;
  }
  return article.claims.find((c) => c.id === state.selectedClaim) ?? null;
}
