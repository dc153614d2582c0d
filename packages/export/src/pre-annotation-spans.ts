import type { Article } from '@marginalia/core';
import { entityLabel, type LabelScheme } from './labels.js';

/** An entity mention to pre-annotate: UTF-16 offsets, its label in the chosen scheme, its confidence. */
export interface EntitySpan {
  id: string;
  start: number;
  end: number;
  text: string;
  label: string;
  confidence?: number;
}

/**
 * The article's entity mentions as labelled spans, pronoun mentions left out (NER
 * corpora do not tag them), mentions whose type the scheme lacks left out, and, where
 * mentions overlap, the longer kept (tools such as doccano drop overlapping spans).
 */
export function entitySpans(article: Article, scheme: LabelScheme = 'marginalia'): EntitySpan[] {
  const all: EntitySpan[] = [];
  for (const e of article.entities) {
    const label = entityLabel(e.type, scheme);
    if (!label) continue;
    e.mentions.forEach((m, j) => {
      if ((m.rule ?? '').startsWith('coref') || m.end <= m.start) return;
      all.push({ id: `${e.id}-m${j + 1}`, start: m.start, end: m.end, text: m.text, label, ...(m.confidence !== undefined ? { confidence: m.confidence } : {}) });
    });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: EntitySpan[] = [];
  for (const s of all) if (!kept.some((k) => k.start < s.end && s.start < k.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
