import type { Span } from './types.js';

/** Makes a span of `text` from `start` to `end`, its text sliced from the source. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Narrows [start, end) so it neither starts nor ends with white space. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

/** Number of code units two spans share. */
export function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
