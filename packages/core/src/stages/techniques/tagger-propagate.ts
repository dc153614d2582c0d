/*
 * The tagger's propagation: once the token network marks a word sequence with a propagating
 * label, every other use of that sequence in the article is marked too (linear: one scan per
 * distinct length).
 */
import type { Token } from '../../context.js';
import { labelSlug as slug } from './labels.js';
import type { TaggerMark, TechniqueTagger } from './tagger.js';

/**
 * Every other use of a word sequence the token network marked with a propagating label
 * (Repetition: PTC marks most uses of a repeated phrase once it marks one) is marked too.
 */
export function propagateMarks(t: TechniqueTagger, tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>, out: TaggerMark[]): void {
  const { seeds, hashes } = t;
  // Seeds by length, then by their word hashes: one scan of the article per distinct length
  // (linear; the former scan per seed was quadratic on long inputs).
  const byLength = new Map<number, Map<string, Array<{ label: number; first: number; rule: string }>>>();
  const seen = new Set<string>();
  for (let k = 0; k < seeds.length; k += 4) {
    const [l, first, end, p] = [seeds[k], seeds[k + 1], seeds[k + 2], seeds[k + 3]];
    const n = end - first;
    let words = '';
    for (let i = first; i < end; i++) words += ` ${hashes[i]}`;
    if (seen.has(`${l}${words}`)) continue;
    seen.add(`${l}${words}`);
    const phrase = tokens
      .slice(first, end)
      .map((t) => t.text)
      .join(' ');
    const rule = `model:${t.id}/${slug(t.tokenLabels[l])}-again p=${p.toFixed(2)} (repeats "${phrase}")`;
    let table = byLength.get(n);
    if (!table) byLength.set(n, (table = new Map()));
    const list = table.get(words);
    if (list) list.push({ label: l, first, rule });
    else table.set(words, [{ label: l, first, rule }]);
  }
  for (const [n, table] of byLength) {
    for (const [a, b] of ranges) {
      for (let i = a; i + n <= b; i++) {
        let words = '';
        for (let j = 0; j < n; j++) words += ` ${hashes[i + j]}`;
        const list = table.get(words);
        if (!list) continue;
        for (const s of list) if (s.first !== i) out.push({ label: t.tokenLabels[s.label], start: tokens[i].start, end: tokens[i + n - 1].end, rule: s.rule });
      }
    }
  }
  seeds.length = 0;
}
