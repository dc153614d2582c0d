import type { Article, Review } from '@marginalia/core';
import { escapeHtml, inertStrings } from './escape.js';
import { buildReportModel, HIGHLIGHT_LAYERS, type ReportModel, type Segment } from './report-model.js';

/**
 * The HTML report: one self-contained file (inline CSS, no script, no external
 * resource; a Content-Security-Policy forbids any), readable on screen and printed.
 * Highlights differ by line style as well as colour, so they survive black-and-white
 * printing. All article text goes through escapeHtml.
 */

const STYLE = `
:root { color-scheme: light; --claim: #fff3b0; --content: #e3f0ff; --technique: #c0392b; --hedge: #7d3c98; --entity: #1e8449; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #111; background: #fff; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin-bottom: .3rem; }
h2 { font: 600 1.15rem/1.3 system-ui, sans-serif; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
.facts, .legend, table { font: 14px/1.4 system-ui, sans-serif; }
.facts dt { font-weight: 600; float: left; clear: left; width: 6rem; }
.facts dd { margin-left: 6rem; overflow-wrap: anywhere; }
.article p { margin: 0 0 1rem; white-space: pre-line; }
.article p.heading { font-weight: 700; font-size: 1.1rem; }
.article p.boilerplate { color: #666; font-size: .9rem; }
mark { background: none; color: inherit; }
mark.attribution-content { background: var(--content); }
mark.claim { background: var(--claim); font-weight: 600; }
mark.attribution-source { font-variant: small-caps; }
mark.entity { border-bottom: 2px solid var(--entity); }
mark.hedge { text-decoration: underline dotted var(--hedge) 2px; }
mark.technique { text-decoration: underline wavy var(--technique) 1.5px; text-underline-offset: 3px; }
sup.label { font: 600 11px system-ui, sans-serif; color: #333; }
sup.label a { color: inherit; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: .6rem .8rem; border: 1px solid #ddd; border-radius: 4px; list-style: none; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #ddd; padding: .3rem .4rem; overflow-wrap: break-word; word-break: normal; hyphens: manual; }
th { background: #f4f4f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.verdict-false, .verdict-misleading { font-weight: 700; }
.none { color: #666; font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  tr, .article p { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}`;

export function renderHtmlReport(raw: Article, review?: Review | null): string {
  // Control characters become visible symbols first: no output can act on a terminal.
  const article = inertStrings(raw);
  const model = buildReportModel(article, inertStrings(review));
  const e = escapeHtml;
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${e(typeof article.meta.language === 'string' ? article.meta.language : 'en')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Marginalia">',
    `<title>${e(model.title)} — Marginalia report</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(model.title)}</h1>`,
  ];
  if (model.facts.length > 0) parts.push(`<dl class="facts">${model.facts.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`);
  parts.push('<h2>Article</h2>', legend(), '<div class="article">');
  for (const p of model.paragraphs) parts.push(`<p class="${e(p.kind)}" id="${e(p.id)}">${renderSegments(p.segments, model)}</p>`);
  parts.push('</div>');
  parts.push(
    table('Entities', ['Name', 'Type', 'Mentions', 'Roles', 'Salience'], model.entities.map((x) => [x.name, x.type, String(x.mentions), x.roles, x.salience]), [2, 4]),
  );
  parts.push(claimsTable(model));
  parts.push(table('Techniques', ['#', 'Technique', 'Text'], model.techniques.map((t) => [t.label, t.technique, t.text])));
  if (model.sourcing) parts.push(table('Sourcing profile', ['Source', 'Claims'], model.sourcing, [1]));
  if (model.tone) parts.push(table('Tone', ['Figure', 'Value'], model.tone, [1]));
  parts.push('</body>', '</html>');
  return `${parts.join('\n')}\n`;
}

function legend(): string {
  const items = HIGHLIGHT_LAYERS.map((l) => `<li><mark class="${l.layer}">${escapeHtml(l.name)}</mark> ${escapeHtml(l.help)}</li>`);
  items.push('<li><sup class="label">[T] [F] [M] [?]</sup> verdict: true, false, misleading, unverifiable</li>');
  return `<ul class="legend">${items.join('')}</ul>`;
}

function renderSegments(segments: Segment[], model: ReportModel): string {
  return segments
    .map((s) => {
      const text = escapeHtml(s.text);
      const labels = s.spans
        .filter((span) => span.layer === 'claim' && span.end === s.end)
        .map((span) => {
          const c = model.claims[(model.claimLabels.get(span.id)?.number ?? 0) - 1];
          return c ? `<sup class="label"><a href="#${c.anchor}">${escapeHtml(c.label)}${c.marker ? ` ${escapeHtml(c.marker)}` : ''}</a></sup>` : '';
        })
        .join('');
      if (s.spans.length === 0) return text;
      const classes = [...new Set(s.spans.map((span) => span.layer))].join(' ');
      const title = s.spans.map((span) => span.description).join('; ');
      return `<mark class="${escapeHtml(classes)}" title="${escapeHtml(title)}">${text}</mark>${labels}`;
    })
    .join('');
}

function claimsTable(model: ReportModel): string {
  if (model.claims.length === 0) return '<h2>Claims</h2>\n<p class="none">None found.</p>';
  const rows = model.claims.map((c) => {
    const verdict = c.verdict ? `<span class="verdict-${escapeHtml(c.verdict.toLowerCase())}">${escapeHtml(`${c.marker} ${c.verdict}`)}</span>` : '—';
    const evidence = /^https?:\/\//i.test(c.evidence) ? ` <a href="${escapeHtml(c.evidence)}" rel="noreferrer noopener">evidence</a>` : c.evidence ? ` ${escapeHtml(c.evidence)}` : '';
    return `<tr id="${escapeHtml(c.anchor)}"><td>${escapeHtml(c.label)}</td><td>${escapeHtml(c.text)}</td><td>${escapeHtml(c.kind)}</td><td>${escapeHtml(c.source)}</td><td class="num">${escapeHtml(c.checkworthiness)}</td><td>${verdict}</td><td>${escapeHtml(c.note)}${evidence}</td></tr>`;
  });
  return `<h2>Claims</h2>\n<table><thead><tr><th>#</th><th>Claim</th><th>Kind</th><th>Source</th><th>Check-worthiness</th><th>Verdict</th><th>Note</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function table(title: string, head: string[], rows: string[][], numeric: number[] = []): string {
  if (rows.length === 0) return `<h2>${escapeHtml(title)}</h2>\n<p class="none">None found.</p>`;
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<h2>${escapeHtml(title)}</h2>\n<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}
