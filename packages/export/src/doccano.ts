import type { Article } from '@marginalia/core';
import { safeJson } from './escape.js';
import { type LabelScheme } from './labels.js';
import { offsetMapper, type OffsetUnit } from './offsets.js';
import { entitySpans } from './pre-annotation-spans.js';

/**
 * doccano's JSONL for sequence labelling: one line per article, `{"text", "label":
 * [[start, end, "LABEL"], ...]}` plus metadata keys (doccano keeps any other key as the
 * document's metadata). Entity mentions only, without overlaps (doccano silently drops
 * overlapping spans). Offsets are UTF-16 code units by default, the unit a default doccano
 * project counts; `codepoint` for a pipeline that reads them in Python.
 */
export interface DoccanoOptions {
  labels?: LabelScheme;
  offsets?: OffsetUnit;
  /** The article's id in a corpus (kept as metadata). */
  id?: string;
}

export function doccanoRecord(article: Article, options: DoccanoOptions = {}) {
  const unit = options.offsets ?? 'utf16';
  const at = offsetMapper(article.text, unit);
  const meta = article.meta;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return {
    text: article.text,
    label: entitySpans(article, options.labels).map((s) => [at(s.start), at(s.end), s.label] as [number, number, string]),
    ...(options.id !== undefined ? { id: options.id } : {}),
    ...(str(meta.title) ? { title: str(meta.title) } : {}),
    ...(str(meta.canonicalUrl) ?? str(meta.url) ? { url: str(meta.canonicalUrl) ?? str(meta.url) } : {}),
    offset_unit: unit,
  };
}

/** One JSONL line (with its newline). */
export function renderDoccano(article: Article, options: DoccanoOptions = {}): string {
  return `${safeJson(doccanoRecord(article, options), 0)}\n`;
}
