/**
 * Gold files from corrected annotation-tool exports, for `marginalia eval-import` and
 * `npm run eval -- imported`: a user pre-annotates articles (`--to labelstudio` or
 * `--to doccano`), corrects them in the tool, exports, and scores Marginalia against
 * their own corrections. Gold offsets are UTF-16 code units, as the analysis counts.
 */
import { ExportError } from './errors.js';
import { ATTRIBUTION_LABELS, LABEL_STUDIO_NAMES, RELATION_LABELS } from './labelstudio.js';
import type { OffsetUnit } from './offsets.js';
import { utf16OffsetsOfCodePoints } from './spans.js';

export const GOLD_SCHEMA = 'marginalia/gold@1';

export interface GoldSpan {
  start: number;
  end: number;
}

export interface GoldDocument {
  schema: typeof GOLD_SCHEMA;
  id: string;
  text: string;
  /** Entity mentions with the label the annotator gave (in whatever label scheme the project used). */
  entities: Array<GoldSpan & { label: string }>;
  /** Attributions: the content with its source and cue where the annotator linked them. Absent when the export had none. */
  attributions?: Array<{ content: GoldSpan; source: GoldSpan | null; cue: GoldSpan | null }>;
}

/** UTF-16 offset of each code-point offset of `text`. */
function utf16Of(text: string): (codePoint: number) => number {
  const map = utf16OffsetsOfCodePoints(text);
  return (cp) => {
    if (!(cp >= 0 && cp < map.length)) throw new ExportError('input', `offset ${cp} is outside the text (${map.length - 1} code points).`);
    return map[cp];
  };
}

type LsResult = { id?: string; type?: string; from_name?: string; from_id?: string; to_id?: string; labels?: string[]; value?: { start?: number; end?: number; labels?: string[] } };

/**
 * A Label Studio JSON export (an array of tasks): each task's first annotation that was not
 * cancelled is the gold; tasks nobody annotated are skipped and counted. Offsets are code
 * points, as Label Studio stores them.
 */
export function goldFromLabelStudio(tasks: unknown): { documents: GoldDocument[]; skipped: number } {
  if (!Array.isArray(tasks)) throw new ExportError('input', 'a Label Studio export is a JSON array of tasks (Export → JSON); got something else.');
  const documents: GoldDocument[] = [];
  let skipped = 0;
  tasks.forEach((task: any, n) => {
    const text = task?.data?.text;
    if (typeof text !== 'string') throw new ExportError('input', `task ${n + 1} has no data.text string: export a project whose text is under "text".`);
    const annotation = (Array.isArray(task.annotations) ? task.annotations : []).find((a: any) => !a.was_cancelled && Array.isArray(a.result));
    if (!annotation) {
      skipped++;
      return;
    }
    const at = utf16Of(text);
    const regions = new Map<string, { control: string; label: string; span: GoldSpan }>();
    const relations: LsResult[] = [];
    for (const r of annotation.result as LsResult[]) {
      if (r.type === 'relation') relations.push(r);
      else if (r.type === 'labels' && r.value && typeof r.value.start === 'number' && typeof r.value.end === 'number' && r.value.labels?.[0]) {
        regions.set(r.id ?? `r${regions.size}`, { control: r.from_name ?? '', label: r.value.labels[0], span: { start: at(r.value.start), end: at(r.value.end) } });
      }
    }
    const entities = [...regions.values()].filter((r) => r.control === LABEL_STUDIO_NAMES.entity).map((r) => ({ ...r.span, label: r.label }));
    const hasAttributionControl = [...regions.values()].some((r) => r.control === LABEL_STUDIO_NAMES.attribution);
    const linked = (from: string, label: string, part: string): GoldSpan | null => {
      const rel = relations.find((x) => x.from_id === from && (x.labels ?? []).includes(label) && regions.get(x.to_id ?? '')?.label === part);
      return rel ? regions.get(rel.to_id!)!.span : null;
    };
    const attributions = [...regions.entries()]
      .filter(([, r]) => r.control === LABEL_STUDIO_NAMES.attribution && r.label === ATTRIBUTION_LABELS.content)
      .map(([id, r]) => ({ content: r.span, source: linked(id, RELATION_LABELS.source, ATTRIBUTION_LABELS.source), cue: linked(id, RELATION_LABELS.cue, ATTRIBUTION_LABELS.cue) }));
    documents.push({
      schema: GOLD_SCHEMA,
      id: String(task.data.id ?? task.id ?? n + 1),
      text,
      entities: entities.sort((a, b) => a.start - b.start),
      ...(hasAttributionControl ? { attributions } : {}),
    });
  });
  return { documents, skipped };
}

/**
 * A doccano JSONL export for sequence labelling: `{"text", "label": [[start, end, LABEL]]}`
 * (or `labels`, or `entities` objects). Offsets in `unit`: UTF-16 for a default doccano project.
 */
export function goldFromDoccano(jsonl: string, unit: OffsetUnit = 'utf16'): { documents: GoldDocument[]; skipped: number } {
  const documents: GoldDocument[] = [];
  let skipped = 0;
  jsonl.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim()) return;
    let record: any;
    try {
      record = JSON.parse(line);
    } catch (error) {
      throw new ExportError('input', `line ${n + 1} is not JSON (${(error as Error).message.split('\n')[0]}): expected a doccano JSONL export, one {"text", "label"} object a line.`);
    }
    if (typeof record?.text !== 'string') throw new ExportError('input', `line ${n + 1} has no "text" string: expected a doccano JSONL export.`);
    const raw: unknown[] = record.label ?? record.labels ?? record.entities ?? [];
    if (!Array.isArray(raw)) throw new ExportError('input', `line ${n + 1}: "label" is not a list of [start, end, LABEL].`);
    const at = unit === 'codepoint' ? utf16Of(record.text) : (x: number) => x;
    const entities = raw.map((l: any) => (Array.isArray(l) ? { start: l[0], end: l[1], label: l[2] } : { start: l.start_offset, end: l.end_offset, label: l.label }));
    for (const e of entities) {
      if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && e.start < e.end && typeof e.label === 'string')) {
        throw new ExportError('input', `line ${n + 1}: a label is not [start, end, "LABEL"] with start < end (got ${JSON.stringify(e)}).`);
      }
    }
    if (entities.length === 0 && record.label === undefined && record.labels === undefined && record.entities === undefined) {
      skipped++;
      return;
    }
    documents.push({
      schema: GOLD_SCHEMA,
      id: String(record.id ?? n + 1),
      text: record.text,
      entities: entities.map((e) => ({ start: at(e.start), end: at(e.end), label: e.label })).sort((a, b) => a.start - b.start),
    });
  });
  return { documents, skipped };
}
