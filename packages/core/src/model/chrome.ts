import type { Article, Paragraph } from './types.js';

/*
 * Page chrome (captions, prompts, share bars, copyright lines) is not the article: stages
 * that report findings skip it. One definition here, so every stage skips the same text.
 */

/** True for a paragraph of page chrome (kind `boilerplate`). */
export function isChrome(paragraph: Pick<Paragraph, 'kind'>): boolean {
  return paragraph.kind === 'boilerplate';
}

/** The [start, end) ranges of the article's chrome paragraphs, in text order. */
export function chromeRanges(article: Pick<Article, 'paragraphs'>): Array<[number, number]> {
  return article.paragraphs.filter(isChrome).map((p): [number, number] => [p.start, p.end]);
}

/** True when [start, end) overlaps one of `ranges` (sorted, not overlapping); a binary search. */
export function overlapsChrome(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  // The first range that ends after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo][0] < Math.max(end, start + 1);
}
