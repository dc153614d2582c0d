/**
 * Direct speech: quotes with a cue next to them. Runs before reported speech, so
 * "“…,” Peskov warned" is read as a quote and not as "Peskov warned …".
 */
import { BETWEEN_SOURCE_AND_CUE } from './lexicon.js';
import { type FinderInput, type FoundAttribution, isLowerWord, offsetsOf, take, tokenAt } from './found.js';
import { isBoundary, leadingSubject, sourceAfter, sourceBefore } from './sources.js';

/** A cue next to a quote may be weaker than one that stands alone. */
const ADJACENT_CUE_WEIGHT = 0.2;
/** Words the learned cue table weighs that cannot tag a quote on their own: a preposition, an adverb. */
const NOT_QUOTE_CUES = /^(?:about|\p{Ll}+ly)$/u;
/** Tokens allowed between a cue and the quote it introduces ("said in a statement:"). */
const CUE_TO_QUOTE = 5;
/** A named source with its appositive, tokens [i, j) before the cue, when punctuation sets the appositive off. */
function appositiveSource(tokens: FinderInput['tokens'], i: number, j: number): [number, number] | null {
  let end = j;
  while (end > i && (APPOSITIVE_PUNCT.has(tokens[end - 1].text) && tokens[end - 1].text !== ')' || BETWEEN_SOURCE_AND_CUE.has(tokens[end - 1].text.toLowerCase()))) end--;
  for (let k = i + 1; k < end; k++) if (APPOSITIVE_PUNCT.has(tokens[k].text)) return [i, end];
  return null;
}

/** Most tokens between a quote and its cue when the tag opens with a name and carries an appositive. */
const APPOSITIVE_TAG = 18;
const APPOSITIVE_PUNCT = new Set([',', '(', ')']);
/** Words a quote may open with after its verb ("spoke of “…”", "called it “…”"). */
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'while', 'whereas']);

function quoteContent(input: FinderInput, q: number): [number, number] {
  const quote = input.quotes[q];
  return [quote.innerStart, Math.max(quote.innerStart, quote.innerEnd)];
}

/**
 * The quote that carries on after a tag, or -1: right after it (`“Part one,” she said, “part two.”`)
 * or opening the next sentence of the same paragraph (`“One,” said X, an adviser. “Two.”`;
 * PolNeAR takes both parts as one content).
 */
function resumedQuote(input: FinderInput, q: number, tagEnd: number, sentenceEnd: number): number {
  const { tokens, text } = input;
  const joint = tokens[tagEnd]?.text;
  let k = joint === ',' || joint === '.' ? tagEnd + 1 : -1;
  if (k < 0 || input.quoteOfToken[k] < 0) k = sentenceEnd;
  const r = k < tokens.length ? input.quoteOfToken[k] : -1;
  if (r < 0 || r === q || input.quotes[r].open !== tokens[k].start) return -1;
  if (text.slice(tokens[tagEnd - 1].end, tokens[k].start).includes('\n')) return -1;
  // A quote in the next sentence with a tag of its own (`“Two,” Y said.`) is not a continuation.
  if (k === sentenceEnd) {
    const after = tokenAt(tokens, input.quotes[r].close);
    if (after < tokens.length && input.sentenceOfToken[after] === input.sentenceOfToken[k] && /^[\p{L}]/u.test(tokens[after].text)) return -1;
  }
  return r;
}

/** The first word of the sentence before the quote opening at token `first`, or `first` when the words there may not join it. */
function leadIn(input: FinderInput, first: number): number {
  const { tokens } = input;
  const sentence = input.sentenceOfToken[first];
  let from = input.sentences[sentence][0];
  while (from < first && !/^[\p{L}\p{N}]/u.test(tokens[from].text)) from++;
  for (let k = from; k < first; k++) {
    if (input.taken[k] || input.quoteOfToken[k] >= 0 || input.cues.weight(tokens[k].text.toLowerCase()) >= LEAD_IN_CUE_WEIGHT) return first;
  }
  return from;
}

/** A word this cue-like before a quote keeps the words before it out of the quote's content. */
const LEAD_IN_CUE_WEIGHT = 0.3;

/** `“…,” SOURCE CUE` and `“…,” CUE SOURCE`: a cue within a few tokens after the closing mark. */
function cueAfter(input: FinderInput, q: number, first: number, end: number): FoundAttribution | null {
  const { tokens } = input;
  if (end >= tokens.length) return null;
  const sentence = input.sentences[input.sentenceOfToken[end]];
  // After a quote that ends its sentence, only a short tag sentence ("Peskov said.") can attribute it.
  const crosses = input.sentenceOfToken[end] !== input.sentenceOfToken[end - 1];
  if (crosses && sentence[1] - sentence[0] > 6) return null;
  let i = end;
  if (tokens[i]?.text === ',') i++;
  // A tag that opens with a name may carry an appositive: `“…,” Vann Newkirk, a writer for The Atlantic, said`,
  // `“…,” Sen. Claire McCaskill (D-Mo.) said`.
  const named = i < sentence[1] && /^\p{Lu}/u.test(tokens[i].text);
  for (let j = i; j < sentence[1] && j < i + (named ? APPOSITIVE_TAG : 8); j++) {
    const t = tokens[j];
    if (named && j > i && APPOSITIVE_PUNCT.has(t.text)) continue;
    // A coordinator starts a new clause ("“…,” but insists …"): not this quote's tag.
    if (isBoundary(t) || input.quoteOfToken[j] >= 0 || COORDINATORS.has(t.text.toLowerCase())) return null;
    if (!isLowerWord(t.text) || input.cues.weight(t.text) < ADJACENT_CUE_WEIGHT || NOT_QUOTE_CUES.test(t.text)) continue;
    const source = (named ? appositiveSource(tokens, i, j) : null) ?? sourceBefore(tokens, j, i) ?? sourceAfter(tokens, j + 1, sentence[1]);
    const tagEnd = Math.max(j + 1, source ? source[1] : 0);
    // `… called him “a disgrace”, Wenger added: “…”`: a tag ending in a colon introduces the next quote, not this one.
    if (tokens[tagEnd]?.text === ':') return null;
    take(input, first, tagEnd);
    const content = quoteContent(input, q);
    // “Part one,” she said, “part two.”: the quote resumes after the tag.
    // “Part one,” she said. “Part two.”: a quote opening the next sentence carries on.
    const resumed = resumedQuote(input, q, tagEnd, sentence[1]);
    let parts: Array<[number, number]> | undefined;
    if (resumed >= 0) {
      parts = [[content[0], content[1]], quoteContent(input, resumed)];
      content[1] = input.quotes[resumed].innerEnd;
      take(input, tagEnd, tokenAt(tokens, input.quotes[resumed].close));
    }
    // `With thousands of systems, “there is no single point of failure,” he said`: the words before a
    // quote that does not open its sentence belong to what was said (unless they hold a cue of their own).
    const from = leadIn(input, first);
    if (resumed < 0 && from < first) {
      content[0] = tokens[from].start;
      take(input, from, first);
    }
    return {
      direct: true,
      source: source && offsetsOf(tokens, source[0], source[1]),
      cue: offsetsOf(tokens, j, j + 1),
      content,
      ...(parts && { parts }),
      rule: resumed >= 0 ? 'attribution/quote-interrupted' : 'attribution/quote-cue-after',
    };
  }
  return null;
}

/** `SOURCE CUE: “…”`, `SOURCE CUE that “…”` and `SOURCE: “…”`: a cue just before the opening mark. */
function cueBefore(input: FinderInput, q: number, first: number, end: number): FoundAttribution | null {
  const { tokens } = input;
  const sentence = input.sentences[input.sentenceOfToken[first]];
  const before = tokens[first - 1];
  if (first <= sentence[0] || !before) return null;
  const floor = sentence[0];
  if (before.text === ':' || before.text === ',' || before.text === 'that' || input.cues.weight(before.text) >= ADJACENT_CUE_WEIGHT) {
    for (let j = first - 1; j >= floor && j >= first - CUE_TO_QUOTE; j--) {
      const t = tokens[j];
      if (input.taken[j] || input.quoteOfToken[j] >= 0) break;
      if (!isLowerWord(t.text) || input.cues.weight(t.text) < ADJACENT_CUE_WEIGHT || NOT_QUOTE_CUES.test(t.text)) continue;
      const source = sourceBefore(tokens, j, floor) ?? (tokens[j - 1]?.text === ',' ? leadingSubject(tokens, floor, j, input.cues) : null);
      take(input, source ? source[0] : j, end);
      const content = quoteContent(input, q);
      // `said that “…”`: PolNeAR's content takes the complementiser with the quote.
      if (before.text === 'that') {
        content[0] = before.start;
        content[1] = input.quotes[q].close;
      }
      // A mixed quote (`he said “part” of it`): what follows the quote in its clause is content too.
      if (before.text !== ':') {
        let k = end;
        const stop = sentence[1];
        while (k < stop && !isBoundary(tokens[k]) && input.quoteOfToken[k] < 0) k++;
        if (k - end >= 2) {
          content[0] = Math.min(content[0], input.quotes[q].open);
          content[1] = tokens[k - 1].end;
          take(input, end, k);
        }
      }
      return {
        direct: true,
        source: source && offsetsOf(tokens, source[0], source[1]),
        cue: offsetsOf(tokens, j, j + 1),
        content,
        rule: 'attribution/quote-cue-before',
      };
    }
  }
  if (before.text === ':' && first - 1 - floor <= 6 && /^\p{Lu}/u.test(tokens[floor].text)) {
    const source = sourceBefore(tokens, first - 1, floor);
    if (!source) return null;
    take(input, source[0], end);
    return {
      direct: true,
      source: offsetsOf(tokens, source[0], source[1]),
      cue: offsetsOf(tokens, first - 1, first),
      content: quoteContent(input, q),
      rule: 'attribution/quote-colon',
    };
  }
  return null;
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'and', 'in', 'on', 'for', 'at', 'by', 'or', 'with', 'is']);

/** A quoted title (`“The Apprentice”`, `“Make Your Kid a Millionaire”`): short, capitalised words, no sentence punctuation. */
export function isTitle(inner: string): boolean {
  const words = inner.split(/\s+/).filter((w) => w.length > 0);
  if (words.length > 7 || /[.!?,;]$/.test(inner.trimEnd())) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w)) && /^[\p{Lu}\p{N}]/u.test(words[0]);
}

/** Quotes with a cue beside them; the first pass. */
export function findDirectQuotes(input: FinderInput, found: FoundAttribution[]): void {
  input.quotes.forEach((quote, q) => {
    if (quote.words < 2 || isTitle(input.text.slice(quote.innerStart, quote.innerEnd))) return;
    const first = tokenAt(input.tokens, quote.open);
    const end = tokenAt(input.tokens, quote.close);
    if (first >= end || input.taken[first]) return;
    const hit = cueAfter(input, q, first, end) ?? cueBefore(input, q, first, end);
    if (hit) found.push(hit);
  });
}

/** Words after a quote in its sentence that make it a mixed quote, not a continued one (held-out fifth: 1 and 2 tie, 3-4 lower). */
const MIXED_AFTER = 2;

/** A long quote opening a sentence with no cue of its own continues the last speaker's, if recent. */
export function findContinuedQuotes(input: FinderInput, found: FoundAttribution[]): void {
  const { tokens } = input;
  input.quotes.forEach((quote, q) => {
    const first = tokenAt(tokens, quote.open);
    const end = tokenAt(tokens, quote.close);
    if (first >= end || input.taken[first]) return;
    const sentence = input.sentences[input.sentenceOfToken[first]];
    // A long quote opening a sentence with no cue of its own: the last speaker, if recent.
    if (quote.words < 5 || first !== sentence[0]) return;
    // A quote that its sentence carries on after (`“…” to drive up the price, she said`) is a mixed quote: the model reads it.
    let wordsAfter = 0;
    for (let k = end; k < sentence[1]; k++) if (/^[\p{L}\p{N}]/u.test(tokens[k].text)) wordsAfter++;
    if (wordsAfter >= MIXED_AFTER) return;
    let last: FoundAttribution | undefined;
    let latest: FoundAttribution | undefined;
    for (const f of found) {
      if (f.content[1] > quote.open) continue;
      if (f.direct && f.source && (!last || f.content[1] > last.content[1])) last = f;
      if (!latest || f.content[1] > latest.content[1]) latest = f;
    }
    if (last && quote.open - last.content[1] < 600) {
      take(input, first, end);
      // Another speaker came in between (an attribution with another source, or none): the quote's speaker is not settled.
      const text = input.text;
      const same = (a: [number, number] | null, b: [number, number] | null) => !!a && !!b && text.slice(a[0], a[1]) === text.slice(b[0], b[1]);
      const intervened = latest !== undefined && latest !== last && !same(latest.source, last.source);
      found.push(
        intervened
          ? { direct: true, source: null, cue: null, content: quoteContent(input, q), rule: 'attribution/quote-continued', unresolved: true }
          : { direct: true, source: last.source, cue: null, content: quoteContent(input, q), rule: 'attribution/quote-continued' },
      );
    }
  });
}
