import { trimRange } from '../model/span.js';

/**
 * Finds paragraph ranges. Text with blank lines between blocks is split at blank lines
 * (hard-wrapped lines inside a block stay together); text without any blank line is
 * split at every line break, as one-paragraph-per-line files are written. CRLF and
 * lone CR count as line breaks.
 */
export function paragraphRanges(text: string): Array<[number, number]> {
  // A lone CR counts as a break only when no LF follows it, so CRLF is one break, not a blank line.
  const blankLine = /(?:\r\n|\r(?!\n)|\n)[ \t\u00a0]*(?:\r\n|\r(?!\n)|\n)\s*/g;
  const separator = blankLine.test(text) ? blankLine : /(?:\r\n|\r|\n)\s*/g;
  const ranges: Array<[number, number]> = [];
  let last = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(text, last, m.index, ranges);
    last = m.index + m[0].length;
  }
  push(text, last, text.length, ranges);
  return ranges;
}

function push(text: string, start: number, end: number, out: Array<[number, number]>): void {
  const [s, e] = trimRange(text, start, end);
  if (e > s) out.push([s, e]);
}
