/**
 * Keys typed at the reader's prompts: search, command, the verdict key, note
 * and evidence. At a prompt a key is text, never a command.
 */
import type { Article } from '@marginalia/core';
import { runCommand } from './commands.js';
import { isPrintable, type KeyToken } from './keys.js';
import { VERDICT_KEYS } from './keymap.js';
import { findMatches, focusSpan, jumpMatch, reveal } from './navigation.js';
import { amendVerdict, clearVerdict, setVerdict, verdictOf, type ReviewHistory } from './review-history.js';
import type { ReaderState, Viewport } from './state.js';

/** A review change: queues a save (the sidecar is written at once). */
export function changeReview(state: ReaderState, review: ReviewHistory | null, message: string): ReaderState {
  if (!review) return { ...state, message };
  return { ...state, review, unsaved: true, message, effects: [...state.effects, { kind: 'save' }] };
}

export function editInput(state: ReaderState, key: KeyToken): ReaderState {
  if (key === '<bs>') return { ...state, input: [...state.input].slice(0, -1).join('') };
  if (isPrintable(key)) return { ...state, input: state.input + key };
  return state;
}

/** After `v`: t, f, m or u records the verdict and opens the note prompt; Esc cancels. */
export function handleVerdictKey(article: Article, state: ReaderState, key: KeyToken, now: string): ReaderState {
  const verdict = VERDICT_KEYS[key];
  if (key === '<esc>') return { ...state, mode: 'normal', target: null, message: 'No verdict recorded.' };
  const claim = article.claims.find((c) => c.id === state.target);
  if (key === 'x' && claim) {
    const cleared = clearVerdict(state.review, claim.id);
    const done = changeReview(state, cleared, cleared ? 'Verdict cleared (u undoes).' : 'This claim has no verdict to clear.');
    return { ...done, mode: 'normal', target: null };
  }
  if (!verdict || !claim) return { ...state, message: `Press t (true), f (false), m (misleading), u (unverifiable) or x (clear the verdict); Esc cancels. Got “${key}”.` };
  const review = setVerdict(state.review, claim, verdict, now);
  const changed = changeReview(state, review, `Verdict: ${verdict}. Type a note (optional), Enter.`);
  return { ...changed, mode: 'note', input: verdictOf(review, claim.id)?.note ?? '' };
}

export function submitPrompt(article: Article, state: ReaderState, viewport: Viewport, now: string): ReaderState {
  const input = state.input;
  switch (state.mode) {
    case 'search': {
      const matches = findMatches(article, input);
      const from = article.paragraphs[state.paragraph]?.start ?? 0;
      const first = Math.max(0, matches.findIndex((m) => m.start >= from));
      const searched: ReaderState = { ...state, mode: 'normal', input: '', search: input ? { query: input, matches, current: first } : null };
      if (!input) return searched;
      if (matches.length === 0) return { ...searched, message: `No match for “${input}”.` };
      const found = jumpMatch(article, searched, 0);
      return reveal(article, found, viewport, focusSpan(article, found, 'search'));
    }
    case 'command':
      return runCommand(article, state, input);
    case 'note': {
      const target = state.target!;
      const amended = amendVerdict(state.review, target, { note: input }, now, false);
      const changed = amended === state.review ? state : changeReview(state, amended, 'Note kept.');
      return { ...changed, mode: 'evidence', input: verdictOf(amended, target)?.evidence ?? '' };
    }
    case 'evidence': {
      const target = state.target!;
      const amended = amendVerdict(state.review, target, { evidence: input }, now, false);
      const warning = input && !/^https?:\/\/\S+$/.test(input.trim()) ? ' (the evidence is not an http(s) URL; kept as typed)' : '';
      const changed = changeReview(state, amended, `Verdict recorded${warning}.`);
      return { ...changed, mode: 'normal', input: '', target: null };
    }
    default:
      return state;
  }
}
