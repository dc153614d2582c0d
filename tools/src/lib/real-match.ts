/**
 * Where the gold of `shared/data/real-articles` sits in an article, and when a prediction hits it: the
 * strings of the gold file placed as character ranges, and the overlap rules of the folder's README
 * (used by real-score.ts).
 */
import type { GoldAttribution, RealArticle } from './real-gold.js';
import { sameName, words, type NamingContext } from './real-names.js';

export interface Range {
  start: number;
  end: number;
}

export const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The first place of `s` in `text`, or null. */
export function locate(text: string, s: string): Range | null {
  const i = text.indexOf(s);
  return i < 0 ? null : { start: i, end: i + s.length };
}

/** A gold attribution placed in the text: its content, its extent (the content when it has none) and its speaker's names. */
export interface PlacedItem {
  item: GoldAttribution;
  required: boolean;
  content: Range;
  extent: Range;
  naming: NamingContext;
}

/** The gold attributions (required, then optional) that can be found in the text. */
export function placeItems(article: RealArticle): PlacedItem[] {
  const { gold, text } = article;
  const entityForms = (name: string | null) =>
    gold.entities
      .filter((e) => name === null || !sameName(e.name, name))
      .flatMap((e) => [e.name, ...e.surface])
      .map(words);
  const place = (item: GoldAttribution, required: boolean): PlacedItem | null => {
    const content = locate(text, item.content);
    if (!content) return null;
    const extent = item.extent ? locate(text, item.extent) ?? content : content;
    const surfaces = item.speaker === null ? [] : [item.speaker, ...item.speakerSurface];
    return { item, required, content, extent, naming: { surfaces, otherEntityForms: entityForms(item.speaker) } };
  };
  return [
    ...gold.attributions.map((a) => place(a, true)),
    ...gold.attributionsOptional.map((a) => place(a, false)),
  ].filter((x): x is PlacedItem => x !== null);
}

/** Recall: the prediction covers at least half of the gold content. */
export const recallHits = (p: { content: Range }, g: PlacedItem) => overlap(p.content, g.content) >= (g.content.end - g.content.start) / 2;
/** Precision: that, or at least half of the prediction lies in the gold extent. */
export const precisionHits = (p: { content: Range }, g: PlacedItem) =>
  recallHits(p, g) || overlap(p.content, g.extent) >= (p.content.end - p.content.start) / 2;

/** Each boilerplate entry's first place in the text that no earlier entry took (entries not found are left out). */
export function placeEntries(text: string, entries: string[]): Range[] {
  const placed: Range[] = [];
  for (const e of entries) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(e, from);
      if (i < 0) break;
      const r = { start: i, end: i + e.length };
      if (!placed.some((q) => overlap(q, r) > 0)) {
        placed.push(r);
        break;
      }
      from = i + 1;
    }
  }
  return placed;
}
