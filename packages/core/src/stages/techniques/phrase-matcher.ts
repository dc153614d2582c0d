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

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Array<{ rest: string[]; entry: T }>>();

  constructor(entries: Iterable<{ tokens: string[]; entry: T }>) {
    for (const { tokens, entry } of entries) {
      if (tokens.length === 0) continue;
      const list = this.byFirst.get(tokens[0]) ?? [];
      list.push({ rest: tokens.slice(1), entry });
      this.byFirst.set(tokens[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  }

  get size(): number {
    let n = 0;
    for (const list of this.byFirst.values()) n += list.length;
    return n;
  }

  /** Non-overlapping longest matches in tokens [from, to), left to right (one per entry of the matched phrase). */
  match(tokens: readonly string[], from: number, to: number, out: Array<PhraseMatch<T>> = []): Array<PhraseMatch<T>> {
    for (let i = from; i < to; i++) {
      const candidates = this.byFirst.get(tokens[i]);
      if (!candidates) continue;
      for (const { rest, entry } of candidates) {
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
          for (let k = candidates.indexOf(candidates.find((c) => c.entry === entry)!) + 1; k < candidates.length; k++) {
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
