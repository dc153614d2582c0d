/**
 * A reviewer's verdicts on an article's claims: what the reader records in its
 * sidecar file and what the exports read. Plain, JSON-safe data.
 */

export type Verdict = 'true' | 'false' | 'misleading' | 'unverifiable';
export const VERDICTS: readonly Verdict[] = ['true', 'false', 'misleading', 'unverifiable'];

/** The marker that shows a verdict without colour: `[T] [F] [M] [?]`. */
export const VERDICT_MARKERS: Readonly<Record<Verdict, string>> = {
  true: '[T]',
  false: '[F]',
  misleading: '[M]',
  unverifiable: '[?]',
};

export interface ClaimVerdict {
  /** The claim's id in the analysis it was recorded on. */
  claim: string;
  /** The claim's text and offsets when recorded, to match it again if the article changes. */
  text: string;
  start: number;
  end: number;
  verdict: Verdict;
  note?: string;
  /** An evidence URL. */
  evidence?: string;
  /** ISO 8601 time of the last change. */
  updatedAt: string;
}

export interface Review {
  /** `contentHash()` of the article text the verdicts were recorded on. */
  articleHash: string;
  verdicts: ClaimVerdict[];
}
