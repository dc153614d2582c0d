/**
 * Screen geometry: side-by-side panes from 100 columns, stacked below, and a
 * one-line "too small" notice under 60×15. The frame is `rows - 1` tall so
 * Ink never fills the last row (which makes the terminal scroll and flicker).
 */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 15;
export const SIDE_BY_SIDE_COLUMNS = 100;

export interface Size {
  columns: number;
  rows: number;
}

export type Arrangement = 'side' | 'stacked' | 'tooSmall';

export interface Geometry {
  arrangement: Arrangement;
  /** Height of the whole frame. */
  height: number;
  width: number;
  /** Rows between the title line and the two status lines. */
  bodyRows: number;
  text: { columns: number; rows: number };
  annotations: { columns: number; rows: number };
}

/** Lines above and below the body: title; status bar and hint/prompt. */
const CHROME_ROWS = 3;

export function computeGeometry(size: Size, screenReader = false): Geometry {
  const width = Math.max(1, size.columns);
  const height = Math.max(1, size.rows - 1);
  const bodyRows = Math.max(0, height - CHROME_ROWS);
  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    return { arrangement: 'tooSmall', height: 1, width, bodyRows: 0, text: { columns: 0, rows: 0 }, annotations: { columns: 0, rows: 0 } };
  }
  if (size.columns >= SIDE_BY_SIDE_COLUMNS && !screenReader) {
    const textColumns = Math.floor((width - 1) * 0.58);
    return { arrangement: 'side', height, width, bodyRows, text: { columns: textColumns, rows: bodyRows }, annotations: { columns: width - 1 - textColumns, rows: bodyRows } };
  }
  // Stacked: text on top, a one-line rule, annotations below.
  const textRows = Math.ceil((bodyRows - 1) * 0.55);
  return { arrangement: 'stacked', height, width, bodyRows, text: { columns: width, rows: textRows }, annotations: { columns: width, rows: bodyRows - 1 - textRows } };
}

export function tooSmallMessage(size: Size): string {
  // Short enough to fit the narrowest terminals it is shown on.
  return `Terminal too small: ${size.columns}×${size.rows}, need ${MIN_COLUMNS}×${MIN_ROWS}. q quits.`;
}
