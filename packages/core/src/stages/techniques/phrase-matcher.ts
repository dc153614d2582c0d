/**
 * Longest-match phrase lookup over normalised tokens: one Map lookup per token for
 * the phrases that could start there, then a token-by-token compare. No regex.
 */

/** Lower case, typographic apostrophes as ASCII, so "Isn’t" and "isn't" look alike. */
export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Token text -> its normalised form, one string per distinct text (bounded: cleared when full). */
const normalizedCache = new Map<string, string>();
const NORMALIZED_LIMIT = 100_000;

/**
 * `normalizeToken` of each token's text. Repeated words share one normalised string, so
 * the phrase tables' lookups reuse its cached hash instead of hashing a fresh copy.
 */
export function normalizeTokens(tokens: ReadonlyArray<{ text: string }>): string[] {
  const out = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    let norm = normalizedCache.get(text);
    if (norm === undefined) {
      if (normalizedCache.size >= NORMALIZED_LIMIT) normalizedCache.clear();
      norm = normalizeToken(text);
      normalizedCache.set(text, norm);
    }
    out[i] = norm;
  }
  return out;
}

/** Splits a phrase the way the tokenizer splits text, normalised. */
export type PhraseTokenizer = (phrase: string) => string[];

export interface PhraseMatch<T> {
  /** Token index range [first, end). */
  first: number;
  end: number;
  entry: T;
}

interface Candidate<T> {
  rest: string[];
  entry: T;
}

/** The candidates of one first token: by the token after it, and those of one token only. */
interface FirstIndex<T> {
  /** Second token -> the candidates whose second token it is, then the one-token ones (longest first, as in `byFirst`). */
  bySecond: Map<string, Array<Candidate<T>>>;
  /** The one-token candidates (all that can match when the second token matches no phrase). */
  singles: Array<Candidate<T>>;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Array<Candidate<T>>>();
  private readonly index = new Map<string, FirstIndex<T>>();

  constructor(entries: Iterable<{ tokens: string[]; entry: T }>) {
    for (const { tokens, entry } of entries) {
      if (tokens.length === 0) continue;
      const list = this.byFirst.get(tokens[0]) ?? [];
      list.push({ rest: tokens.slice(1), entry });
      this.byFirst.set(tokens[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
    // A phrase can only match where its second token follows: each (first, second) pair gets
    // the sub-list of candidates that could, in the same order, so a lookup skips the rest.
    for (const [first, list] of this.byFirst) {
      const singles = list.filter((c) => c.rest.length === 0);
      const bySecond = new Map<string, Array<Candidate<T>>>();
      for (const c of list) {
        if (c.rest.length === 0) continue;
        const sub = bySecond.get(c.rest[0]) ?? [];
        sub.push(c);
        bySecond.set(c.rest[0], sub);
      }
      for (const sub of bySecond.values()) sub.push(...singles);
      this.index.set(first, { bySecond, singles });
    }
  }

  get size(): number {
    let n = 0;
    for (const list of this.byFirst.values()) n += list.length;
    return n;
  }

  /** Non-overlapping longest matches in tokens [from, to), left to right (one per entry of the matched phrase). */
  match(tokens: readonly string[], from: number, to: number, out: Array<PhraseMatch<T>> = []): Array<PhraseMatch<T>> {
    for (let i = from; i < to; i++) {
      const first = this.index.get(tokens[i]);
      if (!first) continue;
      // The candidates that could match here, longest first: those whose second token follows, then one-token ones.
      const candidates = i + 1 < to ? (first.bySecond.get(tokens[i + 1]) ?? first.singles) : first.singles;
      for (let c = 0; c < candidates.length; c++) {
        const { rest, entry } = candidates[c];
        const end = i + 1 + rest.length;
        if (end > to) continue;
        let ok = true;
        for (let k = 0; k < rest.length; k++) {
          if (tokens[i + 1 + k] !== rest[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          out.push({ first: i, end, entry });
          // The same phrase may stand for more than one technique: emit every entry of this length.
          for (let k = c + 1; k < candidates.length; k++) {
            const other = candidates[k];
            if (other.rest.length !== rest.length) break;
            if (other.rest.every((t, j) => t === rest[j])) out.push({ first: i, end, entry: other.entry });
          }
          i = end - 1;
          break;
        }
      }
    }
    return out;
  }
}
