import { trimRange } from '../../model/span.js';
import { chromePieces } from './inline.js';

/** A paragraph range after chrome is split off; `rule` is set on the chrome pieces. */
export interface Piece {
  start: number;
  end: number;
  rule?: string;
}

/**
 * Cuts the chrome that `chromePieces` finds out of each paragraph range, so the article
 * text around it stays a paragraph of its own. A stretch that chrome opens on its line and a
 * "Click here for full story." closes is a teaser of another story, and chrome too.
 * The pieces keep exact offsets (trimmed, never empty) and document order.
 */
export function splitChrome(text: string, ranges: ReadonlyArray<readonly [number, number]>): Piece[] {
  const lines: Piece[][] = ranges.map(([start, end]) => cut(text, start, end, chromePieces(text, start, end)));
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    for (let k = 1; k < line.length; k++) {
      const next = k + 1 < line.length ? line[k + 1] : lines[l + 1]?.[0];
      if (!line[k].rule && line[k - 1].rule && next?.rule === 'boilerplate/read-more') line[k].rule = 'boilerplate/teaser';
    }
  }
  return lines.flat();
}

function cut(text: string, start: number, end: number, chrome: ReadonlyArray<Piece>): Piece[] {
  if (chrome.length === 0) return [{ start, end }];
  const out: Piece[] = [];
  let at = start;
  const add = (s: number, e: number, rule?: string) => {
    const [ts, te] = trimRange(text, s, e);
    if (te > ts) out.push(rule ? { start: ts, end: te, rule } : { start: ts, end: te });
  };
  for (const piece of chrome) {
    add(at, piece.start);
    add(piece.start, piece.end, piece.rule);
    at = piece.end;
  }
  add(at, end);
  return out;
}
