/**
 * Longest-match phrase lookup over normalised tokens: one Map lookup per token for
 * the phrases that could start there, then a token-by-token compare. No regex.
 */

/** Lower case, typographic apostrophes as ASCII, so "Isn’t" and "isn't" look alike. */
export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** A distinct token text's normalised form, and each matcher's candidates for it (by matcher slot; null: none). */
interface NormalizedEntry {
  norm: string;
  firsts: Array<FirstIndex<unknown> | null | undefined>;
}

/** Token text -> its entry, one per distinct text (bounded: cleared when full). */
const normalizedCache = new Map<string, NormalizedEntry>();
const NORMALIZED_LIMIT = 100_000;
/** The entries behind each array `normalizeTokens` returned, so `match` can skip its table look-ups. */
const entriesOf = new WeakMap<readonly string[], NormalizedEntry[]>();
let nextSlot = 0;

/**
 * `normalizeToken` of each token's text. Repeated words share one normalised string (the
 * phrase tables' lookups reuse its cached hash) and one entry where each matcher keeps
 * what it found for the word, so `match` looks a word up once per matcher, not per use.
 */
export function normalizeTokens(tokens: ReadonlyArray<{ text: string }>): string[] {
  const out = new Array<string>(tokens.length);
  const entries = new Array<NormalizedEntry>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    let entry = normalizedCache.get(text);
    if (entry === undefined) {
      if (normalizedCache.size >= NORMALIZED_LIMIT) normalizedCache.clear();
      entry = { norm: normalizeToken(text), firsts: [] };
      normalizedCache.set(text, entry);
    }
    out[i] = entry.norm;
    entries[i] = entry;
  }
  entriesOf.set(out, entries);
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
  /** This matcher's place in `NormalizedEntry.firsts`. */
  private readonly slot = nextSlot++;
  /** A lazy matcher's rows by their first word, and how a row becomes its phrase and entry (see `lazy`). */
  private rowsByFirst: Map<string, unknown[]> | undefined;
  private expand: ((row: unknown) => { tokens: string[]; entry: T }) | undefined;
  private rowCount = 0;

  /**
   * A matcher over `rows` that makes a row's phrase and entry (`expand`) only when an article first
   * meets its first word (`firstWord`, which must be the first of `expand`'s tokens): a learned
   * lexicon's 2,460 entries, their rule strings and candidates cost about 9 ms and 3 MB of heap
   * when all are made at load (#14). Matches exactly as `new PhraseMatcher(rows.map(expand))`.
   */
  static lazy<R, T>(rows: readonly R[], firstWord: (row: R) => string, expand: (row: R) => { tokens: string[]; entry: T }): PhraseMatcher<T> {
    const matcher = new PhraseMatcher<T>([]);
    const byFirst = new Map<string, unknown[]>();
    for (const row of rows) {
      const first = firstWord(row);
      const list = byFirst.get(first);
      if (list) list.push(row);
      else byFirst.set(first, [row]);
    }
    matcher.rowsByFirst = byFirst;
    matcher.expand = expand as (row: unknown) => { tokens: string[]; entry: T };
    matcher.rowCount = rows.length;
    return matcher;
  }

  constructor(entries: Iterable<{ tokens: string[]; entry: T }>) {
    for (const { tokens, entry } of entries) {
      if (tokens.length === 0) continue;
      const list = this.byFirst.get(tokens[0]) ?? [];
      list.push({ rest: tokens.slice(1), entry });
      this.byFirst.set(tokens[0], list);
    }
  }

  /**
   * The candidates of phrases starting with `first`, indexed on first use: an article meets a few
   * hundred of a learned lexicon's first words, and indexing all of them at load cost about 5 ms
   * of every start (#14). Built the same way whenever it is built.
   */
  private firstIndex(first: string): FirstIndex<T> | undefined {
    let index = this.index.get(first);
    if (index !== undefined) return index;
    const list = this.byFirst.get(first) ?? this.expandRows(first);
    if (list === undefined) return undefined;
    list.sort((a, b) => b.rest.length - a.rest.length);
    // A phrase can only match where its second token follows: each (first, second) pair gets
    // the sub-list of candidates that could, in the same order, so a lookup skips the rest.
    const singles = list.filter((c) => c.rest.length === 0);
    const bySecond = new Map<string, Array<Candidate<T>>>();
    for (const c of list) {
      if (c.rest.length === 0) continue;
      const sub = bySecond.get(c.rest[0]) ?? [];
      sub.push(c);
      bySecond.set(c.rest[0], sub);
    }
    for (const sub of bySecond.values()) for (const c of singles) sub.push(c);
    index = { bySecond, singles };
    this.index.set(first, index);
    return index;
  }

  /** A lazy matcher's candidates for `first`, made from its rows (undefined when no phrase starts with it). */
  private expandRows(first: string): Array<Candidate<T>> | undefined {
    const rows = this.rowsByFirst?.get(first);
    if (rows === undefined) return undefined;
    const list: Array<Candidate<T>> = [];
    for (const row of rows) {
      const { tokens, entry } = this.expand!(row);
      if (tokens.length > 0) list.push({ rest: tokens.slice(1), entry });
    }
    this.byFirst.set(first, list);
    return list;
  }

  get size(): number {
    if (this.rowsByFirst) return this.rowCount;
    let n = 0;
    for (const list of this.byFirst.values()) n += list.length;
    return n;
  }

  /** Non-overlapping longest matches in tokens [from, to), left to right (one per entry of the matched phrase). */
  match(tokens: readonly string[], from: number, to: number, out: Array<PhraseMatch<T>> = []): Array<PhraseMatch<T>> {
    const entries = entriesOf.get(tokens);
    const slot = this.slot;
    for (let i = from; i < to; i++) {
      let first: FirstIndex<T> | null | undefined;
      const entry = entries?.[i];
      if (entry !== undefined && entry.norm === tokens[i]) {
        first = entry.firsts[slot] as FirstIndex<T> | null | undefined;
        if (first === undefined) {
          first = this.firstIndex(tokens[i]) ?? null;
          entry.firsts[slot] = first as FirstIndex<unknown> | null;
        }
      } else first = this.firstIndex(tokens[i]);
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
