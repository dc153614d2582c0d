/**
 * Line-shaped attributions, read before any other pass, one line (paragraph) at a time:
 * - a signed quote: `“…” ― Name` (a line that is a quote, a dash, then who said it);
 * - a speaker label: `NAME: what they said` at the start of a line (transcripts, `Pence: … ` headlines);
 * - a tag that ends its paragraph with a colon (`McCrummen reports:`): the next paragraph is the content.
 * Regular expressions run only on lines that pass a cheap test (the stage is on the hot path).
 */
import { type FinderInput, type FoundAttribution, offsetsOf, take, tokenAt } from './found.js';
import { sourceBefore } from './sources.js';

const SIGNED = /^[ \t\u00a0]*[“”"]([^\n]*\S)[”"][ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*(\p{Lu}.{0,58}?)[ \t\u00a0]*\.?[ \t\u00a0]*$/u;
const LABEL_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*)`;
const LABELLED = new RegExp(String.raw`^[ \t]*["“]?(${LABEL_WORD}(?:[ \t]+${LABEL_WORD}){0,3}):[ \t]+(\S.*)$`, 'u');
/** Labels that head a section, not a speaker. */
const NOT_SPEAKERS = /^(?:the latest|correction|clarification|update|editor’?'?s note|note|source|sources|related|video|photo|watch|read more|listen|breaking(?: news)?|breaking \p{Lu}+|exclusive|update \d+|transcript|poll|q|a|lie|truth|the truth|fact|facts|the facts|myth|reality|claim|the claim|verdict|rating|answer|question|bottom line|background|context|analysis|opinion|comment|why|what|how|warning|alert|tip|summary|reminder)$/iu;
/** Fewest words the labelled text must have (`Clinton: 547.` is a tally). */
const MIN_LABELLED_WORDS = 3;
/** The last word of a line that ends with a colon. */
const COLON_TAG = /(\p{Ll}+):[ \t\u00a0]*$/u;
/** Least cue weight for a word that closes its paragraph with a colon. */
const COLON_CUE_WEIGHT = 0.3;

function tokenRange(input: FinderInput, start: number, end: number): [number, number] {
  return [tokenAt(input.tokens, start), tokenAt(input.tokens, end)];
}

function anyTaken(input: FinderInput, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (input.taken[i]) return true;
  return false;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s.]/.test(text[end - 1])) end--;
  return end;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 13;
}

/** `“…” ― Name` on the line starting at `at`. */
function signedQuote(input: FinderInput, line: string, at: number, found: FoundAttribution[]): void {
  const m = SIGNED.exec(line);
  if (!m) return;
  const innerStart = at + line.search(/[“”"]/) + 1;
  const innerEnd = innerStart + m[1].length;
  const cueStart = at + line.indexOf(m[2], innerEnd - at + 1);
  const sourceStart = at + line.indexOf(m[3], cueStart - at + m[2].length);
  const sourceEnd = sourceStart + m[3].length;
  const [first, end] = tokenRange(input, at, sourceEnd);
  if (first >= end || anyTaken(input, first, end)) return;
  take(input, first, end);
  found.push({
    direct: true,
    source: [sourceStart, sourceEnd],
    cue: [cueStart, cueStart + m[2].length],
    content: [innerStart, innerEnd],
    rule: 'attribution/signed-quote',
  });
}

/** `NAME: what they said` on the line starting at `at`. */
function speakerLabel(input: FinderInput, line: string, at: number, found: FoundAttribution[]): void {
  const m = LABELLED.exec(line);
  if (!m || NOT_SPEAKERS.test(m[1])) return;
  const words = m[2].match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < MIN_LABELLED_WORDS) return;
  const labelStart = at + line.indexOf(m[1]);
  const colon = labelStart + m[1].length;
  const contentStart = at + line.indexOf(m[2], colon - at);
  const contentEnd = trimEnd(input.text, contentStart, contentStart + m[2].length);
  const [first, end] = tokenRange(input, labelStart, contentEnd);
  if (first >= end || anyTaken(input, first, end)) return;
  take(input, first, end);
  found.push({
    direct: /^[“"‘']/.test(m[2]),
    source: [labelStart, colon],
    cue: [colon, colon + 1],
    content: [contentStart, contentEnd],
    rule: 'attribution/speaker-label',
  });
}

/** `SOURCE CUE:` closing the line at `at`; the content is the next non-blank line. */
function colonParagraph(input: FinderInput, line: string, at: number, found: FoundAttribution[]): void {
  const m = COLON_TAG.exec(line);
  if (!m || input.cues.weight(m[1]) < COLON_CUE_WEIGHT) return;
  const { text, tokens } = input;
  let contentStart = at + line.length;
  while (contentStart < text.length && (text[contentStart] === '\n' || isBlank(text.charCodeAt(contentStart)))) contentStart++;
  let contentEnd = text.indexOf('\n', contentStart);
  if (contentEnd < 0) contentEnd = text.length;
  while (contentEnd > contentStart && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
  if (contentEnd <= contentStart) return;
  const cueStart = at + m.index;
  const cue = tokenAt(tokens, cueStart);
  const [first, end] = tokenRange(input, contentStart, contentEnd);
  if (cue >= tokens.length || input.taken[cue] || first >= end || anyTaken(input, first, end)) return;
  const source = sourceBefore(tokens, cue, input.sentences[input.sentenceOfToken[cue]][0]);
  take(input, source ? source[0] : cue, end);
  found.push({
    direct: /^[“"‘']|^``/.test(text.slice(contentStart, contentStart + 2)),
    source: source && offsetsOf(tokens, source[0], source[1]),
    cue: [cueStart, cueStart + m[1].length + 1],
    content: [contentStart, contentEnd],
    rule: 'attribution/colon-paragraph',
  });
}

/** The first ':' in text[from, to), or -1. */
function colonWithin(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return i;
  return -1;
}

export function findLineAttributions(input: FinderInput, found: FoundAttribution[]): void {
  const { text } = input;
  for (let at = 0; at < text.length; ) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > at) {
      let first = at;
      while (first < lineEnd && isBlank(text.charCodeAt(first))) first++;
      const c = text.charCodeAt(first);
      let last = lineEnd;
      while (last > first && isBlank(text.charCodeAt(last - 1))) last--;
      // The colon is looked for within the line only (an indexOf over the rest of the text made every line cost the text's length).
      const colon = colonWithin(text, first, lineEnd);
      const quoteFirst = c === 0x201c || c === 0x201d || c === 34;
      const labelFirst = (c >= 65 && c <= 90) || quoteFirst;
      if (quoteFirst || (labelFirst && colon > 0 && colon < lineEnd && colon - first < 80) || text.charCodeAt(last - 1) === 58) {
        const line = text.slice(at, lineEnd);
        if (quoteFirst) signedQuote(input, line, at, found);
        if (labelFirst && colon > 0 && colon < lineEnd) speakerLabel(input, line, at, found);
        if (text.charCodeAt(last - 1) === 58) colonParagraph(input, line, at, found);
      }
    }
    at = lineEnd + 1;
  }
}
