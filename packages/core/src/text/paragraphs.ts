import { trimRange } from '../model/span.js';

/**
 * Finds paragraph ranges. Blank lines always separate paragraphs. Inside each block between
 * blank lines, the block decides for itself whether its line breaks are hard wraps (one
 * paragraph, wrapped at a fixed width) or separate paragraphs (one paragraph per line, as
 * web extracts are written). Deciding per block, not for the whole text, keeps a title set off
 * by one blank line from merging the one-line paragraphs below it. CRLF and lone CR count as
 * line breaks. Linear in the text.
 */
export function paragraphRanges(text: string): Array<[number, number]> {
  // A lone CR counts as a break only when no LF follows it, so CRLF is one break, not a blank line.
  const blankLine = /(?:\r\n|\r(?!\n)|\n)[ \t\u00a0]*(?:\r\n|\r(?!\n)|\n)\s*/g;
  const ranges: Array<[number, number]> = [];
  let last = 0;
  for (let m = blankLine.exec(text); m; m = blankLine.exec(text)) {
    splitBlock(text, last, m.index, ranges);
    last = m.index + m[0].length;
  }
  splitBlock(text, last, text.length, ranges);
  return ranges;
}

/** Lines of a hard-wrapped paragraph are at most this long (mail and plain-text files wrap at 60-80). */
const MAX_WRAP_WIDTH = 100;
/** ... and, but for the last, at least this long: a wrapped line is filled to near the width. */
const MIN_WRAP_FILL = 30;

function splitBlock(text: string, start: number, end: number, out: Array<[number, number]>): void {
  const lines = lineRanges(text, start, end);
  if (lines.length > 1 && isHardWrapped(text, lines)) push(text, start, end, out);
  else for (const line of lines) out.push(line);
}

/** The lines of [start, end), trimmed, blank ones dropped. */
function lineRanges(text: string, start: number, end: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    push(text, s, i, lines);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    s = i + 1;
  }
  push(text, s, end, lines);
  return lines;
}

/**
 * A block is hard-wrapped when no line runs past a wrap width, at least one
 * break falls inside a sentence, and every break either continues in lower case or follows a
 * line filled to near the width. One-line paragraphs vary in length, run long and end their
 * sentences; link lists and headings are short lines that continue in capitals.
 */
function isHardWrapped(text: string, lines: Array<[number, number]>): boolean {
  let widest = 0;
  for (let i = 0; i < lines.length - 1; i++) widest = Math.max(widest, lines[i][1] - lines[i][0]);
  // The last line of a wrapped paragraph is no wider than the others; a long one is a paragraph of its own.
  const [ls, le] = lines[lines.length - 1];
  if (widest > MAX_WRAP_WIDTH || le - ls > widest + 10) return false;
  let insideSentence = false;
  for (let i = 0; i < lines.length - 1; i++) {
    const [s, e] = lines[i];
    const continuesLower = LOWER_START.test(text[lines[i + 1][0]]);
    const filled = e - s >= MIN_WRAP_FILL && e - s >= widest * 0.6;
    if (!continuesLower && !filled) return false;
    if (continuesLower || !SENTENCE_END.test(text.slice(Math.max(s, e - 2), e))) insideSentence = true;
  }
  return insideSentence;
}

/** A line that ends a sentence (or introduces what follows): . ! ? … : maybe closed by a quote or bracket. */
const SENTENCE_END = /[.!?…:]["”’')\]]?$/;
const LOWER_START = /^[\p{Ll},;]/u;

/** Adds [start, end) to `out`, trimmed, unless it is blank. */
function push(text: string, start: number, end: number, out: Array<[number, number]>): void {
  const [s, e] = trimRange(text, start, end);
  if (e > s) out.push([s, e]);
}
