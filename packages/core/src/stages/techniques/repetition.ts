import type { Token } from '../../context.js';
import { STOPWORDS } from './stopwords.js';

export interface RepetitionHit {
  token: number;
  count: number;
}

const MIN_LENGTH = 5;

/**
 * Content words the article keeps coming back to: a lower-case word (names are
 * excluded: repeating a name is reporting, not rhetoric) used at least `minCount`
 * times across the body text. Every use after the first is marked.
 */
export function repeatedWords(tokens: readonly Token[], normalized: readonly string[], ranges: ReadonlyArray<[number, number]>, minCount: number): RepetitionHit[] {
  const counts = new Map<string, number>();
  for (const [a, b] of ranges) {
    for (let i = a; i < b; i++) {
      const w = normalized[i];
      if (w.length < MIN_LENGTH || STOPWORDS.has(w)) continue;
      const c = tokens[i].text.charCodeAt(0);
      if (c < 97 || c > 122) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const hits: RepetitionHit[] = [];
  const seen = new Set<string>();
  for (const [a, b] of ranges) {
    for (let i = a; i < b; i++) {
      const count = counts.get(normalized[i]);
      if (count === undefined || count < minCount) continue;
      const c = tokens[i].text.charCodeAt(0);
      if (c < 97 || c > 122) continue;
      if (seen.has(normalized[i])) hits.push({ token: i, count });
      else seen.add(normalized[i]);
    }
  }
  return hits;
}
