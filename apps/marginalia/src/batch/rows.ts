import type { Article } from '@marginalia/core';
import type { TableRows } from './types.js';

/** Where a batch article came from, as stored beside its analysis. */
export interface ArticleIdentity {
  id: string;
  path: string;
  hash: string;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** The outlet of an article: the JSONL `source` (or `outlet`) field, else the host of its URL. */
export function outletOf(meta: Article['meta'], fromJsonl: boolean): string | null {
  const given = stringOrNull(meta.outlet) ?? (fromJsonl ? stringOrNull(meta.source) : null);
  if (given) return given;
  const url = stringOrNull(meta.url);
  if (!url) return null;
  try {
    return new URL(url).host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The rows of one analysed article for every table of `TABLES`, in its column order.
 * Built in the worker, so the parent only appends.
 */
export function articleRows(article: Article, identity: ArticleIdentity, fromJsonl: boolean): TableRows {
  const a = identity.id;
  const entityName = new Map(article.entities.map((e) => [e.id, e.name]));
  return {
    articles: [
      [
        a,
        identity.path,
        identity.hash,
        stringOrNull(article.meta.title),
        stringOrNull(article.meta.url),
        stringOrNull(article.meta.date),
        outletOf(article.meta, fromJsonl),
        article.text.length,
        article.paragraphs.length,
        article.sentences.length,
        article.entities.length,
        article.attributions.length,
        article.claims.length,
        article.techniques.length,
      ],
    ],
    paragraphs: article.paragraphs.map((p) => [a, p.id, p.start, p.end, p.kind, p.kindRule ?? null, p.text]),
    sentences: article.sentences.map((s) => [a, s.id, s.paragraph, s.start, s.end, s.checkworthiness, s.subjectivity, s.text]),
    entities: article.entities.map((e) => [a, e.id, e.name, e.type, e.roles.join('; '), e.mentions.length, e.salience ?? null]),
    mentions: article.entities.flatMap((e) => e.mentions.map((m, n) => [a, e.id, n, m.start, m.end, m.text, m.rule ?? null, m.confidence ?? null])),
    attributions: article.attributions.map((t) => [
      a,
      t.id,
      t.direct,
      t.source?.entity && entityName.has(t.source.entity) ? t.source.entity : null,
      t.source?.text ?? null,
      t.cue?.text ?? null,
      t.content.start,
      t.content.end,
      t.content.text,
      t.rule ?? null,
      t.confidence ?? null,
    ]),
    claims: article.claims.map((c) => [
      a,
      c.id,
      c.sentence,
      c.kind,
      c.source,
      c.attribution ?? null,
      c.checkworthiness,
      c.hedges.length,
      c.hedges.length > 0 ? c.hedges.map((h) => h.text).join('; ') : null,
      c.start,
      c.end,
      c.text,
      c.confidence ?? null,
    ]),
    techniques: article.techniques.map((t) => [a, t.id, t.technique, t.rule, t.start, t.end, t.text, t.confidence ?? null]),
  };
}
