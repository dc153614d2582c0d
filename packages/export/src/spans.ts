import type { Article, Span } from '@marginalia/core';

/** A span shown or annotated by the exports, with what it is and a short label. */
export interface MarkedSpan extends Span {
  /** Stable id within one article (`e1-m2`, `a3-source`, `c4`, `h5`, `t6`). */
  id: string;
  layer: 'entity' | 'attribution-source' | 'attribution-cue' | 'attribution-content' | 'claim' | 'hedge' | 'technique';
  /** The entity type, claim kind or technique label. */
  label: string;
  /** One line that says what the span is ("Elena Rossi (PERSON)"). */
  description: string;
}

/** Every entity mention, attribution part, claim, hedge and technique, in text order. */
export function markedSpans(article: Article): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  const add = (id: string, layer: MarkedSpan['layer'], label: string, description: string, span: Span | null | undefined) => {
    if (span && span.end > span.start) out.push({ id, layer, label, description, start: span.start, end: span.end, text: span.text });
  };
  for (const e of article.entities) {
    e.mentions.forEach((m, j) => add(`${e.id}-m${j + 1}`, 'entity', e.type, `${e.name} (${e.type})`, m));
  }
  for (const a of article.attributions) {
    const who = a.source?.text ?? 'unnamed source';
    add(`${a.id}-source`, 'attribution-source', 'source', `Source of ${a.direct ? 'a direct quote' : 'reported speech'}`, a.source);
    add(`${a.id}-cue`, 'attribution-cue', 'cue', `Attribution cue for ${who}`, a.cue);
    add(`${a.id}-content`, 'attribution-content', a.direct ? 'direct' : 'indirect', `${a.direct ? 'Quoted' : 'Reported'} content attributed to ${who}`, a.content);
  }
  for (const c of article.claims) add(c.id, 'claim', c.kind, `Claim (${c.kind})`, c);
  article.hedges.forEach((h, i) => add(`h${i + 1}`, 'hedge', 'hedge', `Hedge${h.rule ? ` (${h.rule})` : ''}`, h));
  for (const t of article.techniques) add(t.id, 'technique', t.technique, `Technique: ${t.technique.replace(/_/g, ' ')}`, t);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Maps UTF-16 offsets to code point offsets (W3C selectors and brat count code points,
 * so an emoji is one character there and two code units here). One pass over the text.
 */
/** The UTF-16 offset of each code-point offset of `text` (one more entry than code points: the end). */
export function utf16OffsetsOfCodePoints(text: string): number[] {
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return map;
}

export function codePointMapper(text: string): (utf16Offset: number) => number {
  const map = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = points;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        map[i + 1] = points;
        i++;
      }
    }
    points++;
  }
  map[text.length] = points;
  return (offset) => map[offset];
}
