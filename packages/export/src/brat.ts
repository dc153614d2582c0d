import type { Article, Review } from '@marginalia/core';
import { inertStrings } from './escape.js';
import { codePointMapper, markedSpans, type MarkedSpan } from './spans.js';
import { reviewClaims } from './verdicts.js';

/**
 * brat standoff: the `.txt` is the article text (control characters shown as symbols); the `.ann` has T lines for
 * entity mentions (type = entity type), attribution parts, claims, hedges and
 * techniques, R lines tying each attribution's content to its source and cue,
 * A lines for verdicts and # notes for entity names and verdict notes. Offsets count
 * code points (brat reads text as Python strings); a span across a line break
 * becomes a discontinuous span (`0 5;6 9`), as brat requires.
 */

const TYPE_NAMES: Record<MarkedSpan['layer'], (label: string) => string> = {
  entity: (label) => label,
  'attribution-source': () => 'Attribution_Source',
  'attribution-cue': () => 'Attribution_Cue',
  'attribution-content': () => 'Attribution_Content',
  claim: () => 'Claim',
  hedge: () => 'Hedge',
  technique: (label) => label,
};

/** brat type names are one token: letters, digits, `_` and `-`. */
function typeName(span: MarkedSpan): string {
  return TYPE_NAMES[span.layer](span.label).replace(/[^A-Za-z0-9_-]/g, '_') || 'Span';
}

/** Fields on one .ann line cannot hold tabs or line breaks. */
function field(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

export function renderBrat(raw: Article, review?: Review | null): { txt: string; ann: string } {
  // The .txt is the text with control characters as visible symbols, one for one, so the
  // .ann offsets (counted on the original) are the same on the text written.
  const article = inertStrings(raw);
  review = inertStrings(review);
  const text = article.text;
  const toPoint = codePointMapper(text);
  const lines: string[] = [];
  const tIds = new Map<string, string>();
  let t = 0;
  for (const span of markedSpans(article)) {
    const fragments = fragmentsOf(text, span.start, span.end);
    if (fragments.length === 0) continue;
    const id = `T${++t}`;
    tIds.set(span.id, id);
    const offsets = fragments.map(([s, e]) => `${toPoint(s)} ${toPoint(e)}`).join(';');
    lines.push(`${id}\t${typeName(span)} ${offsets}\t${field(fragments.map(([s, e]) => text.slice(s, e)).join(' '))}`);
  }
  let r = 0;
  for (const a of article.attributions) {
    const content = tIds.get(`${a.id}-content`);
    if (!content) continue;
    const source = tIds.get(`${a.id}-source`);
    const cue = tIds.get(`${a.id}-cue`);
    if (source) lines.push(`R${++r}\tAttributed_To Arg1:${content} Arg2:${source}`);
    if (cue) lines.push(`R${++r}\tCued_By Arg1:${content} Arg2:${cue}`);
  }
  let attr = 0;
  let note = 0;
  for (const e of article.entities) {
    const first = e.mentions.length > 0 ? tIds.get(`${e.id}-m1`) : undefined;
    if (first) lines.push(`#${++note}\tAnnotatorNotes ${first}\t${field(`${e.id}: ${e.name}`)}`);
  }
  for (const { claim, verdict } of reviewClaims(article, review).claims) {
    const id = tIds.get(claim.id);
    if (!id || !verdict) continue;
    lines.push(`A${++attr}\tVerdict ${id} ${verdict.verdict}`);
    if (verdict.note) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${field(verdict.note)}`);
  }
  return { txt: text, ann: lines.length > 0 ? `${lines.join('\n')}\n` : '' };
}

/** The pieces of [start, end) between line breaks, each trimmed of the break itself. */
function fragmentsOf(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  const breaks = /[\r\n\u2028\u2029]+/g;
  breaks.lastIndex = start;
  for (let m = breaks.exec(text); m && m.index < end; m = breaks.exec(text)) {
    if (m.index > from) out.push([from, m.index]);
    from = Math.min(end, m.index + m[0].length);
  }
  if (end > from) out.push([from, end]);
  return out;
}
