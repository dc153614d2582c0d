import type { Cooccurrence, Entity } from '../../model/types.js';

/**
 * Pairs of entities named in the same sentences, with how many sentences they share.
 * Dates are left out: every entity shares sentences with dates, which says little.
 * `sentenceOf` maps a mention's start offset to its sentence index.
 */
export function cooccurrences(entities: readonly Entity[], sentenceOf: (offset: number) => number): Cooccurrence[] {
  const order = new Map(entities.map((e, i) => [e.id, i]));
  const bySentence = new Map<number, Set<string>>();
  for (const e of entities) {
    if (e.type === 'DATE') continue;
    for (const m of e.mentions) {
      const s = sentenceOf(m.start);
      let set = bySentence.get(s);
      if (!set) bySentence.set(s, (set = new Set()));
      set.add(e.id);
    }
  }
  const counts = new Map<string, Cooccurrence>();
  for (const ids of bySentence.values()) {
    const list = [...ids].sort((x, y) => order.get(x)! - order.get(y)!);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]} ${list[j]}`;
        const pair = counts.get(key);
        if (pair) pair.sentences++;
        else counts.set(key, { a: list[i], b: list[j], sentences: 1 });
      }
    }
  }
  return [...counts.values()].sort((x, y) => y.sentences - x.sentences || order.get(x.a)! - order.get(y.a)! || order.get(x.b)! - order.get(y.b)!);
}
