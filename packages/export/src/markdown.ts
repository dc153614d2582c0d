import type { Article, Review } from '@marginalia/core';
import { escapeMarkdown, escapeMarkdownCell, inertStrings } from './escape.js';
import { buildReportModel, type ReportModel, type Segment } from './report-model.js';

/**
 * The Markdown report: the article with claims in bold and techniques in italics, each
 * followed by its label (⟨C2 [F]⟩, ⟨T1 Loaded Language⟩), a legend, then the entity,
 * claim and technique tables, the sourcing profile and the tone figures. All article
 * text is escaped, so links, HTML or table syntax inside it stay plain text.
 */
export function renderMarkdownReport(raw: Article, review?: Review | null): string {
  // Control characters become visible symbols first: no output can act on a terminal.
  const article = inertStrings(raw);
  const model = buildReportModel(article, inertStrings(review));
  const out: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  if (model.facts.length > 0) {
    out.push(model.facts.map(([k, v]) => `**${k}:** ${escapeMarkdown(v)}`).join('  \n'), '');
  }
  out.push('## Article', '', '> **Legend:** **bold** = claim worth checking, followed by ⟨C*n*⟩ and its verdict ([T] true, [F] false, [M] misleading, [?] unverifiable); *italics* = persuasion technique, followed by ⟨T*n* label⟩.', '');
  const techniqueLabels = new Map(article.techniques.map((t, i) => [t.id, `T${i + 1} ${t.technique.replace(/_/g, ' ')}`]));
  for (const p of model.paragraphs) {
    const body = renderParagraph(p.segments, model, techniqueLabels);
    out.push(p.kind === 'heading' ? `### ${body}` : body, '');
  }
  out.push(...table('Entities', ['Name', 'Type', 'Mentions', 'Roles', 'Salience'], model.entities.map((e) => [e.name, e.type, String(e.mentions), e.roles, e.salience])));
  out.push(
    ...table(
      'Claims',
      ['#', 'Claim', 'Kind', 'Source', 'Check-worthiness', 'Verdict', 'Note'],
      model.claims.map((c) => [c.label, c.text, c.kind, c.source, c.checkworthiness, c.verdict ? `${c.marker} ${c.verdict}` : '—', [c.note, c.evidence].filter(Boolean).join(' — ')]),
    ),
  );
  out.push(...table('Techniques', ['#', 'Technique', 'Text'], model.techniques.map((t) => [t.label, t.technique, t.text])));
  if (model.sourcing) out.push(...table('Sourcing profile', ['', 'Claims'], model.sourcing));
  if (model.tone) out.push(...table('Tone', ['Figure', 'Value'], model.tone));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function renderParagraph(segments: Segment[], model: ReportModel, techniqueLabels: Map<string, string>): string {
  let out = '';
  let bold = false;
  let italic = false;
  const labelsAfter = (s: Segment) => {
    const labels: string[] = [];
    for (const span of s.spans) {
      if (span.end !== s.end) continue;
      if (span.layer === 'claim') {
        const c = model.claims[(model.claimLabels.get(span.id)?.number ?? 0) - 1];
        if (c) labels.push(`${c.label}${c.marker ? ` ${c.marker}` : ''}`);
      } else if (span.layer === 'technique') {
        labels.push(techniqueLabels.get(span.id) ?? span.label);
      }
    }
    return labels;
  };
  for (const s of segments) {
    const wantBold = s.spans.some((x) => x.layer === 'claim');
    const wantItalic = s.spans.some((x) => x.layer === 'technique');
    if (italic && (!wantItalic || bold !== wantBold)) {
      out += '*';
      italic = false;
    }
    if (bold !== wantBold) {
      out += '**';
      bold = wantBold;
    }
    if (wantItalic && !italic) {
      out += '*';
      italic = true;
    }
    // Markdown reads one line break inside a paragraph as a space; keep the text's breaks visible.
    out += escapeMarkdown(s.text).replace(/\r?\n/g, '  \n');
    const labels = labelsAfter(s);
    // Inside the emphasis, so no delimiter ever sits next to a space and fails to close.
    if (labels.length > 0) out += ` ⟨${labels.map(escapeMarkdown).join('; ')}⟩`;
  }
  if (italic) out += '*';
  if (bold) out += '**';
  return out;
}

function table(title: string, head: string[], rows: string[][]): string[] {
  const out = [`## ${title}`, ''];
  if (rows.length === 0) return [...out, '*None found.*', ''];
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
  for (const row of rows) out.push(`| ${row.map((cell) => escapeMarkdownCell(cell) || ' ').join(' | ')} |`);
  return [...out, ''];
}
