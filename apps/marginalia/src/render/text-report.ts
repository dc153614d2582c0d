import type { Article, Entity } from '@marginalia/core';
import { saidText } from './said-text.js';
import { inert } from './sanitize.js';

export interface TextReportOptions {
  /** Wrap width in columns. */
  width?: number;
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

function entityName(article: Article, id: string | null | undefined): string {
  if (!id) return '';
  if (id === 'author') return 'the author';
  if (id === 'unnamed') return 'an unnamed source';
  return article.entities.find((e) => e.id === id)?.name ?? id;
}

function entityLine(e: Entity): string {
  const roles = e.roles.length ? ` — ${e.roles.join('; ')}` : '';
  const n = e.mentions.length;
  return `  ${e.type.padEnd(7)} ${e.name} (${n} mention${n === 1 ? '' : 's'})${roles}`;
}

/**
 * The analysis as a plain-text report: counts, entities, attributions, claims,
 * hedges, techniques, then every paragraph. Used by `analyze --format text` and by
 * the reader when standard input or output is not a terminal. Article text is made
 * inert (no control characters reach the terminal).
 */
export function renderTextReport(article: Article, options: TextReportOptions = {}): string {
  const width = Math.max(40, Math.min(options.width ?? 100, 120));
  const out: string[] = [];
  const title = article.meta.title ?? article.sentences[0]?.text ?? 'Untitled article';
  out.push(`Marginalia — ${inert(title)}`);
  out.push(
    [
      `${article.paragraphs.length} paragraphs`,
      `${article.sentences.length} sentences`,
      `${article.entities.length} entities`,
      `${article.attributions.length} attributions`,
      `${article.claims.length} claims`,
      `${article.hedges.length} hedges`,
      `${article.techniques.length} techniques`,
    ].join(' · '),
  );
  out.push('', 'ENTITIES');
  if (article.entities.length === 0) out.push('  (none)');
  for (const e of article.entities) out.push(inert(entityLine(e)));
  out.push('', 'ATTRIBUTIONS (who said what)');
  if (article.attributions.length === 0) out.push('  (none)');
  for (const a of article.attributions) {
    const who = a.source ? (a.source.entity ? entityName(article, a.source.entity) : a.source.text) : 'unknown source';
    const cue = a.cue ? ` ${a.cue.text}` : '';
    out.push(inert(`  ${who}${cue}: ${a.direct ? '[direct]' : '[reported]'} “${saidText(a)}”`));
  }
  out.push('', 'CLAIMS');
  if (article.claims.length === 0) out.push('  (none)');
  for (const c of article.claims) {
    const hedges = c.hedges.length ? ` · hedged: ${c.hedges.map((h) => h.text).join(', ')}` : '';
    out.push(inert(`  [${c.kind} ${c.checkworthiness.toFixed(2)}] ${c.text}`));
    out.push(inert(`      source: ${entityName(article, c.source)}${hedges}`));
  }
  out.push('', 'HEDGES');
  out.push(article.hedges.length ? inert(`  ${article.hedges.map((h) => h.text).join(', ')}`) : '  (none)');
  out.push('', 'TECHNIQUES');
  if (article.techniques.length === 0) out.push('  (none)');
  for (const t of article.techniques) out.push(inert(`  ${t.technique}: “${t.text}” (why: ${t.rule})`));
  out.push('', 'PARAGRAPHS');
  article.paragraphs.forEach((p, i) => {
    out.push(`¶ ${i + 1}/${article.paragraphs.length} [${p.kind}]`);
    out.push(wrap(inert(p.text), width, '  '));
  });
  return `${out.join('\n')}\n`;
}
