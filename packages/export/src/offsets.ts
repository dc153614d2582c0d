import type { Article, Span } from '@marginalia/core';
import { codePointMapper } from './spans.js';

/**
 * Offset units. The analysis counts UTF-16 code units (JavaScript string indices);
 * Python, spaCy, brat, Label Studio and the W3C selectors count Unicode code points. On
 * text without characters outside the Basic Multilingual Plane (emoji, some CJK) the two agree.
 */
export const OFFSET_UNITS = ['utf16', 'codepoint'] as const;
export type OffsetUnit = (typeof OFFSET_UNITS)[number];

/** A function from a UTF-16 offset into `text` to an offset in `unit`. */
export function offsetMapper(text: string, unit: OffsetUnit): (utf16Offset: number) => number {
  return unit === 'codepoint' ? codePointMapper(text) : (offset) => offset;
}

/** The unit as a phrase for documentation lines inside exports ("Unicode code points"). */
export function offsetUnitName(unit: OffsetUnit): string {
  return unit === 'codepoint' ? 'Unicode code points (Python str indices)' : 'UTF-16 code units (JavaScript string indices)';
}

/**
 * The article with every span's `start`/`end` (and `firstMention`) in `unit`, and
 * `offsetUnit` recorded at the top. Texts are unchanged: in code points,
 * `Array.from(text).slice(start, end).join('')` (Python `text[start:end]`) is the span's text.
 */
export function articleWithOffsets<T extends Article>(article: T, unit: OffsetUnit): T & { offsetUnit: OffsetUnit } {
  if (unit === 'utf16') return { ...article, offsetUnit: unit };
  const at = offsetMapper(article.text, unit);
  const span = <S extends Span>(s: S): S => ({ ...s, start: at(s.start), end: at(s.end) });
  const maybe = <S extends Span>(s: S | null | undefined) => (s ? span(s) : s);
  return {
    ...article,
    offsetUnit: unit,
    paragraphs: article.paragraphs.map(span),
    sentences: article.sentences.map(span),
    entities: article.entities.map((e) => ({ ...e, mentions: e.mentions.map(span), ...(e.firstMention !== undefined ? { firstMention: at(e.firstMention) } : {}) })),
    attributions: article.attributions.map((a) => ({
      ...a,
      source: maybe(a.source),
      cue: maybe(a.cue),
      content: span(a.content),
      ...(a.contentParts ? { contentParts: a.contentParts.map(span) } : {}),
    })),
    claims: article.claims.map((c) => ({ ...span(c), hedges: c.hedges.map(span) })),
    hedges: article.hedges.map(span),
    techniques: article.techniques.map(span),
  };
}
