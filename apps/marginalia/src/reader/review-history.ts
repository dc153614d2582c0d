/**
 * The reviewer's verdicts with undo and redo. Plain data; every function returns
 * a new history. A note or evidence typed right after a verdict amends that
 * change instead of adding an undo step, so one `u` takes back the whole entry.
 */
import type { Claim, ClaimVerdict, Review, Verdict } from '@marginalia/core';

export interface ReviewHistory {
  articleHash: string;
  verdicts: readonly ClaimVerdict[];
  /** Verdicts of a changed article's sidecar that matched no claim: kept, never dropped. */
  unmatched: readonly ClaimVerdict[];
  undo: ReadonlyArray<readonly ClaimVerdict[]>;
  redo: ReadonlyArray<readonly ClaimVerdict[]>;
  /** The verdicts on disk as this reader last saw them: the base of the merge with other readers. */
  synced: readonly ClaimVerdict[];
}

export function createHistory(articleHash: string, verdicts: readonly ClaimVerdict[] = [], unmatched: readonly ClaimVerdict[] = []): ReviewHistory {
  return { articleHash, verdicts, unmatched, undo: [], redo: [], synced: [] };
}

type Change = { claim: string; record: ClaimVerdict | null };

function applyTo(list: readonly ClaimVerdict[], changes: readonly Change[]): ClaimVerdict[] {
  const out = new Map(list.map((v) => [v.claim, v] as const));
  for (const c of changes) {
    if (c.record) out.set(c.claim, c.record);
    else out.delete(c.claim);
  }
  return [...out.values()];
}

/**
 * Takes in changes another reader made (found on saving or by watching the sidecar).
 * They are applied to the undo and redo snapshots too, so undo takes back only this
 * reader's own steps, never the other's verdicts. `synced` is what is on disk now.
 */
export function absorb(history: ReviewHistory, changes: readonly Change[], synced: readonly ClaimVerdict[]): ReviewHistory {
  if (changes.length === 0) return { ...history, synced };
  return {
    ...history,
    verdicts: applyTo(history.verdicts, changes),
    undo: history.undo.map((s) => applyTo(s, changes)),
    redo: history.redo.map((s) => applyTo(s, changes)),
    synced,
  };
}

/** Clears the verdict on a claim, as one undoable step; null when there is none. */
export function clearVerdict(history: ReviewHistory, claimId: string): ReviewHistory | null {
  if (!verdictOf(history, claimId)) return null;
  return { ...history, verdicts: history.verdicts.filter((v) => v.claim !== claimId), undo: [...history.undo, history.verdicts], redo: [] };
}

export function toReview(history: ReviewHistory): Review {
  return { articleHash: history.articleHash, verdicts: [...history.verdicts] };
}

export function verdictOf(history: ReviewHistory, claimId: string): ClaimVerdict | undefined {
  return history.verdicts.find((v) => v.claim === claimId);
}

/** Records (or replaces) the verdict on a claim, as one undoable step. */
export function setVerdict(history: ReviewHistory, claim: Claim, verdict: Verdict, now: string): ReviewHistory {
  const previous = verdictOf(history, claim.id);
  const record: ClaimVerdict = {
    ...(previous ?? {}),
    claim: claim.id,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    verdict,
    updatedAt: now,
  };
  const verdicts = previous ? history.verdicts.map((v) => (v.claim === claim.id ? record : v)) : [...history.verdicts, record];
  return { ...history, verdicts, undo: [...history.undo, history.verdicts], redo: [] };
}

/** Changes the note or evidence of an existing verdict; `asNewStep` false folds it into the last step. */
export function amendVerdict(
  history: ReviewHistory,
  claimId: string,
  patch: { note?: string; evidence?: string },
  now: string,
  asNewStep: boolean,
): ReviewHistory {
  const previous = verdictOf(history, claimId);
  if (!previous) return history;
  const record: ClaimVerdict = { ...previous, updatedAt: now };
  for (const key of ['note', 'evidence'] as const) {
    if (patch[key] === undefined) continue;
    const value = patch[key]!.trim();
    if (value) record[key] = value;
    else delete record[key];
  }
  const verdicts = history.verdicts.map((v) => (v.claim === claimId ? record : v));
  return asNewStep ? { ...history, verdicts, undo: [...history.undo, history.verdicts], redo: [] } : { ...history, verdicts };
}

export function undo(history: ReviewHistory): ReviewHistory | null {
  if (history.undo.length === 0) return null;
  const verdicts = history.undo[history.undo.length - 1];
  return { ...history, verdicts, undo: history.undo.slice(0, -1), redo: [...history.redo, history.verdicts] };
}

export function redo(history: ReviewHistory): ReviewHistory | null {
  if (history.redo.length === 0) return null;
  const verdicts = history.redo[history.redo.length - 1];
  return { ...history, verdicts, redo: history.redo.slice(0, -1), undo: [...history.undo, history.verdicts] };
}
