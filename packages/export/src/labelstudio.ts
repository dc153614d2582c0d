import type { Article } from '@marginalia/core';
import { safeJson } from './escape.js';
import { type LabelScheme } from './labels.js';
import { codePointMapper } from './spans.js';
import { entitySpans } from './pre-annotation-spans.js';

/**
 * Label Studio tasks with pre-annotations ("predictions"): the article as `data.text` and
 * one prediction whose regions are entity mentions (control `entity`), attribution sources,
 * cues and contents (control `attribution`, content joined to its source and cue by
 * relations) and claims (control `claim`, labelled by kind). Offsets are Unicode code points,
 * as Label Studio stores them. Each region carries the finding's `confidence` as its score
 * where the analysis gives one (a claim without one: its check-worthiness); the prediction's
 * score is the mean of its regions'. The matching labelling config is `labelStudioConfig()`.
 */

export const LABEL_STUDIO_NAMES = { text: 'text', entity: 'entity', attribution: 'attribution', claim: 'claim', relation: 'relation' } as const;
export const ATTRIBUTION_LABELS = { source: 'Source', cue: 'Cue', content: 'Content' } as const;
export const RELATION_LABELS = { source: 'said_by', cue: 'cued_by' } as const;

export interface LabelStudioOptions {
  labels?: LabelScheme;
  /** The model's name and version (`model_version`); default `marginalia-<version>`. */
  modelVersion?: string;
  /** The article's id in a corpus (kept in `data.id`). */
  id?: string;
}

export const DEFAULT_MODEL_VERSION = 'marginalia-0.1.0';

type Region = {
  id: string;
  from_name: string;
  to_name: string;
  type: 'labels';
  value: { start: number; end: number; text: string; labels: string[]; score?: number };
  score?: number;
};
type Relation = { type: 'relation'; from_id: string; to_id: string; direction: 'right'; labels: string[] };

export function labelStudioTask(article: Article, options: LabelStudioOptions = {}) {
  const at = codePointMapper(article.text);
  const result: Array<Region | Relation> = [];
  const scores: number[] = [];
  const region = (id: string, control: string, span: { start: number; end: number; text: string }, label: string, score: number | undefined) => {
    if (span.end <= span.start) return false;
    const rounded = score === undefined ? undefined : Math.round(score * 1000) / 1000;
    if (rounded !== undefined) scores.push(rounded);
    result.push({
      id,
      from_name: control,
      to_name: LABEL_STUDIO_NAMES.text,
      type: 'labels',
      value: { start: at(span.start), end: at(span.end), text: span.text, labels: [label], ...(rounded !== undefined ? { score: rounded } : {}) },
      ...(rounded !== undefined ? { score: rounded } : {}),
    });
    return true;
  };
  for (const s of entitySpans(article, options.labels)) region(s.id, LABEL_STUDIO_NAMES.entity, s, s.label, s.confidence);
  for (const a of article.attributions) {
    const content = region(`${a.id}-content`, LABEL_STUDIO_NAMES.attribution, a.content, ATTRIBUTION_LABELS.content, a.confidence);
    if (!content) continue;
    if (a.source && region(`${a.id}-source`, LABEL_STUDIO_NAMES.attribution, a.source, ATTRIBUTION_LABELS.source, a.confidence)) {
      result.push({ type: 'relation', from_id: `${a.id}-content`, to_id: `${a.id}-source`, direction: 'right', labels: [RELATION_LABELS.source] });
    }
    if (a.cue && region(`${a.id}-cue`, LABEL_STUDIO_NAMES.attribution, a.cue, ATTRIBUTION_LABELS.cue, a.confidence)) {
      result.push({ type: 'relation', from_id: `${a.id}-content`, to_id: `${a.id}-cue`, direction: 'right', labels: [RELATION_LABELS.cue] });
    }
  }
  for (const c of article.claims) region(c.id, LABEL_STUDIO_NAMES.claim, c, c.kind, c.confidence ?? c.checkworthiness);
  const meta = article.meta;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const url = str(meta.canonicalUrl) ?? str(meta.url);
  return {
    data: {
      text: article.text,
      ...(options.id !== undefined ? { id: options.id } : {}),
      ...(str(meta.title) ? { title: str(meta.title) } : {}),
      ...(url ? { url } : {}),
    },
    predictions: [
      {
        model_version: options.modelVersion ?? DEFAULT_MODEL_VERSION,
        ...(scores.length > 0 ? { score: Math.round((scores.reduce((x, y) => x + y, 0) / scores.length) * 1000) / 1000 } : {}),
        result,
      },
    ],
  };
}

/** A JSON array of tasks, one per article (Label Studio imports the array as it is). */
export function renderLabelStudio(tasks: ReturnType<typeof labelStudioTask>[]): string {
  return `${safeJson(tasks)}\n`;
}
