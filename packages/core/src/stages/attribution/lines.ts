/**
 * Line-shaped attributions, read before any other pass:
 * - a signed quote: `“…” ― Name` (a line that is a quote, a dash, then who said it);
 * - a speaker label: `NAME: what they said` at the start of a line (transcripts, `Pence: … ` headlines);
 * - a tag that ends its paragraph with a colon (`McCrummen reports:`): the next paragraph is the content.
 */
const TAG_THEN_PARAGRAPH = /(\p{Ll}+):[ \t\u00a0]*\n+[ \t\u00a0]*(\S[^\n]*)/gu;
/** Least cue weight for a word that closes its paragraph with a colon. */
const COLON_CUE_WEIGHT = 0.3;
import { type FinderInput, type FoundAttribution, offsetsOf, take, tokenAt } from './found.js';
import { cueWeight } from './lexicon.js';
import { sourceBefore } from './sources.js';

const SIGNED = /(?:^|\n)[ \t\u00a0]*[“”"]([^\n]*\S)[”"][ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*(\p{Lu}[^\n]{0,58}?)[ \t\u00a0]*\.?[ \t\u00a0]*(?=\n|$)/gu;
const LABEL_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*)`;
const LABELLED = new RegExp(String.raw`(?:^|\n)[ \t]*["“]?(${LABEL_WORD}(?:[ \t]+${LABEL_WORD}){0,3}):[ \t]+(\S[^\n]*)`, 'gu');
/** Labels that head a section, not a speaker. */
const NOT_SPEAKERS = /^(?:the latest|correction|clarification|update|editor’?'?s note|note|source|sources|related|video|photo|watch|read more|listen|breaking|exclusive|update \d+|transcript|poll|q|a)$/i;
/** Fewest words the labelled text must have (`Clinton: 547.` is a tally). */
const MIN_LABELLED_WORDS = 3;

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

export function findLineAttributions(input: FinderInput, found: FoundAttribution[]): void {
  const { text } = input;
  if (!text.includes(':') && !/[―—–]|--/.test(text)) return;
  for (const m of text.matchAll(SIGNED)) {
    const lineStart = m.index + (text[m.index] === '\n' ? 1 : 0);
    const innerStart = text.indexOf(m[0].trimStart()[0], lineStart) + 1;
    const innerEnd = innerStart + m[1].length;
    const cueStart = text.indexOf(m[2], innerEnd + 1);
    const sourceStart = text.indexOf(m[3], cueStart + m[2].length);
    const sourceEnd = sourceStart + m[3].length;
    const [first, end] = tokenRange(input, lineStart, sourceEnd);
    if (first >= end || anyTaken(input, first, end)) continue;
    take(input, first, end);
    found.push({
      direct: true,
      source: [sourceStart, sourceEnd],
      cue: [cueStart, cueStart + m[2].length],
      content: [innerStart, innerEnd],
      rule: 'attribution/signed-quote',
    });
  }
  for (const m of text.matchAll(LABELLED)) {
    const label = m[1];
    if (NOT_SPEAKERS.test(label)) continue;
    const words = m[2].match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words < MIN_LABELLED_WORDS || /^[\d$%.,\s]+$/.test(m[2])) continue;
    const labelStart = text.indexOf(label, m.index);
    const colon = labelStart + label.length;
    const contentStart = text.indexOf(m[2], colon);
    const contentEnd = trimEnd(text, contentStart, contentStart + m[2].length);
    const [first, end] = tokenRange(input, labelStart, contentEnd);
    if (first >= end || anyTaken(input, first, end)) continue;
    take(input, first, end);
    found.push({
      direct: /^[“"‘']/.test(m[2]),
      source: [labelStart, colon],
      cue: [colon, colon + 1],
      content: [contentStart, contentEnd],
      rule: 'attribution/speaker-label',
    });
  }
  for (const m of text.matchAll(TAG_THEN_PARAGRAPH)) {
    if (cueWeight(m[1]) < COLON_CUE_WEIGHT) continue;
    const cue = tokenAt(input.tokens, m.index);
    const contentStart = text.indexOf(m[2], m.index + m[1].length + 1);
    const contentEnd = contentStart + m[2].length;
    const [first, end] = tokenRange(input, contentStart, contentEnd);
    if (input.taken[cue] || first >= end || anyTaken(input, first, end)) continue;
    const sentenceStart = input.sentences[input.sentenceOfToken[cue]][0];
    const source = sourceBefore(input.tokens, cue, sentenceStart);
    take(input, source ? source[0] : cue, end);
    found.push({
      direct: /^[“"‘']|^``/.test(m[2]),
      source: source && offsetsOf(input.tokens, source[0], source[1]),
      cue: [m.index, m.index + m[1].length + 1],
      content: [contentStart, contentEnd],
      rule: 'attribution/colon-paragraph',
    });
  }
}
