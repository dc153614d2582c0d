/** The tagger's label set: BIO over the four CoNLL-2003 classes. */
export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type NerTag = (typeof NER_TAGS)[number];
export type NerClass = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const TAG_COUNT = NER_TAGS.length;
export const OUTSIDE = 0;

const TAG_INDEX = new Map<string, number>(NER_TAGS.map((t, i) => [t, i]));

/** Index of a tag name; IOB1 `I-` at a chunk start is read as `B-` by the caller. */
export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`NER tags: unknown tag "${tag}"; expected one of ${NER_TAGS.join(', ')}.`);
  return i;
}

export function isInside(tag: number): boolean {
  return tag !== OUTSIDE && tag % 2 === 0;
}

/** The class of a non-O tag (B-PER and I-PER -> PER). */
export function tagClass(tag: number): NerClass {
  return NER_TAGS[tag].slice(2) as NerClass;
}

/** An I- tag may only continue a chunk of its own class. */
export function allowedAfter(previous: number, tag: number): boolean {
  return !isInside(tag) || previous === tag || previous === tag - 1;
}

/** Chunks [start, end, class] from a tag sequence (an I- without a B- starts a chunk). */
export function chunks(tags: ArrayLike<number>): Array<[number, number, NerClass]> {
  const out: Array<[number, number, NerClass]> = [];
  let start = -1;
  let cls: NerClass | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : OUTSIDE;
    const c = t === OUTSIDE ? null : tagClass(t);
    const continues = t !== OUTSIDE && isInside(t) && c === cls;
    if (!continues) {
      if (cls !== null) out.push([start, i, cls]);
      start = i;
      cls = c;
    }
  }
  return out;
}
