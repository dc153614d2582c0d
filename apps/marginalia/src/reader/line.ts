/**
 * Styled lines: what every pane is drawn from. A line is a list of segments,
 * each carrying the tones (theme roles) that style it. Widths are measured in
 * terminal columns so wide characters do not push a pane out of shape.
 */
import type { Tone } from './theme.js';

export interface Segment {
  text: string;
  tones?: readonly Tone[];
}
export type Line = Segment[];

/** Columns a code point takes: 0 for combining marks, 2 for wide (CJK, emoji), else 1. */
export function charWidth(point: number): number {
  if ((point >= 0x300 && point <= 0x36f) || (point >= 0x200b && point <= 0x200f) || point === 0xfe0f) return 0;
  if (
    (point >= 0x1100 && point <= 0x115f) || (point >= 0x2e80 && point <= 0xa4cf) || (point >= 0xac00 && point <= 0xd7a3) ||
    (point >= 0xf900 && point <= 0xfaff) || (point >= 0xfe30 && point <= 0xfe4f) || (point >= 0xff00 && point <= 0xff60) ||
    (point >= 0xffe0 && point <= 0xffe6) || (point >= 0x1f300 && point <= 0x1f64f) || (point >= 0x1f900 && point <= 0x1f9ff) ||
    (point >= 0x20000 && point <= 0x3fffd)
  ) return 2;
  return 1;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

export function lineWidth(line: Line): number {
  return line.reduce((sum, s) => sum + textWidth(s.text), 0);
}

export function plain(text: string, ...tones: Tone[]): Line {
  return [{ text, tones }];
}

/** Cuts a line to `width` columns (an ellipsis marks the cut) and pads it with spaces to exactly `width`. */
export function fitLine(line: Line, width: number): Line {
  const out: Line = [];
  let used = 0;
  const total = lineWidth(line);
  const limit = total > width ? width - 1 : width;
  for (const seg of line) {
    if (used >= limit) break;
    let text = '';
    for (const ch of seg.text) {
      const w = charWidth(ch.codePointAt(0)!);
      if (used + w > limit) break;
      text += ch;
      used += w;
    }
    if (text) out.push({ text, tones: seg.tones });
  }
  if (total > width && width > 0) {
    out.push({ text: '…' });
    used += 1;
  }
  if (used < width) out.push({ text: ' '.repeat(width - used) });
  return out;
}

interface Cell {
  ch: string;
  width: number;
  tones?: readonly Tone[];
}

function toLine(cells: Cell[]): Line {
  const line: Line = [];
  for (const cell of cells) {
    const last = line[line.length - 1];
    if (last && last.tones === cell.tones) last.text += cell.ch;
    else line.push({ text: cell.ch, tones: cell.tones });
  }
  return line;
}

/**
 * Word-wraps styled text to `width` columns; words longer than a line are cut.
 * Spaces at a break are dropped. `indent` columns start every line after the first.
 */
export function wrapLine(line: Line, width: number, indent = 0): Line[] {
  const cells: Cell[] = [];
  for (const seg of line) for (const ch of seg.text) cells.push({ ch, width: charWidth(ch.codePointAt(0)!), tones: seg.tones });
  const lines: Line[] = [];
  let current: Cell[] = [];
  let used = 0;
  let i = 0;
  const pad = (): Cell[] => (indent > 0 ? [{ ch: ' '.repeat(indent), width: indent }] : []);
  while (i < cells.length) {
    if (cells[i].ch === ' ') {
      // A space at the start of a wrapped (continuation) line is dropped; the first line keeps its indentation.
      const atWrapStart = lines.length > 0 && used <= indent;
      if (!atWrapStart && used + 1 <= width) {
        current.push(cells[i]);
        used += 1;
      }
      i++;
      continue;
    }
    let j = i;
    let wordWidth = 0;
    while (j < cells.length && cells[j].ch !== ' ') wordWidth += cells[j++].width;
    const lineStart = lines.length > 0 ? indent : 0;
    if (used + wordWidth > width && used > lineStart) {
      while (current.length && current[current.length - 1].ch === ' ') current.pop();
      lines.push(toLine(current));
      current = pad();
      used = indent;
    }
    for (let m = i; m < j; m++) {
      if (used + cells[m].width > width && used > indent) {
        lines.push(toLine(current));
        current = pad();
        used = indent;
      }
      current.push(cells[m]);
      used += cells[m].width;
    }
    i = j;
  }
  if (current.length || lines.length === 0) lines.push(toLine(current));
  return lines;
}
