/**
 * Full-width views (switch with 1–4): entity index, claims list, sourcing
 * summary, and the help screen. Each returns exactly `rows` lines or fewer.
 */
import type { Article } from '@marginalia/core';
import { inert } from '../render/sanitize.js';
import { sortedClaims, sourceName, verdictMarker } from './describe.js';
import { BINDINGS } from './keymap.js';
import { type Line, plain, wrapLine } from './line.js';
import { scrolledWithMarkers } from './scroll.js';
import { LAYER_MARKERS, LAYERS } from './marks.js';
import { verdictOf } from './review-history.js';
import type { ReaderState } from './state.js';

function list(header: Line, rowsOf: Line[][], cursor: number, rows: number, width: number): Line[] {
  // Each item may wrap to several lines; the cursor item is kept in view, "↑ N more" / "↓ N more" mark the rest.
  const starts: number[] = [];
  const flat: Line[] = [];
  rowsOf.forEach((lines, i) => {
    starts.push(flat.length);
    lines.forEach((l, j) => flat.push(j === 0 ? [{ text: i === cursor ? '▸ ' : '  ', tones: i === cursor ? ['cursor'] : [] }, ...l] : [{ text: '  ' }, ...l]));
  });
  void width;
  return [header, ...scrolledWithMarkers(flat, starts[cursor] ?? 0, rows - 1)];
}

export function entityIndexLines(article: Article, state: ReaderState, rows: number, width: number): Line[] {
  const header = plain(`ENTITY INDEX — ${article.entities.length} entities · Enter jumps to the mentions, ]e/[e step through them`, 'heading');
  if (article.entities.length === 0) return [header, plain('  (no entities found in this article)', 'dim')];
  const items = article.entities.map((e) => {
    const n = e.mentions.length;
    const roles = e.roles.length ? ` — ${e.roles.join('; ')}` : '';
    const line: Line = [
      { text: `${e.type.padEnd(7)} `, tones: ['dim'] },
      { text: `[${inert(e.name)}]`, tones: e.id === state.selectedEntity ? ['entity', 'selected'] : ['entity'] },
      { text: inert(` · ${n} mention${n === 1 ? '' : 's'}${roles}`) },
    ];
    return wrapLine(line, width - 2, 10);
  });
  return list(header, items, state.entityCursor, rows, width);
}

export function claimsListLines(article: Article, state: ReaderState, rows: number, width: number): Line[] {
  const reviewed = article.claims.filter((c) => verdictOf(state.review, c.id)).length;
  const header = plain(`CLAIMS — ${article.claims.length} claims, ${reviewed} with a verdict · sorted by ${state.claimSort} (s) · v verdict · Enter opens`, 'heading');
  if (article.claims.length === 0) return [header, plain('  (no claims found in this article)', 'dim')];
  const order = new Map(sortedClaims(article, 'position').map((c, i) => [c.id, i + 1]));
  const items = sortedClaims(article, state.claimSort).map((c) => {
    const v = verdictOf(state.review, c.id);
    const hedges = c.hedges.length ? ` · hedges: ${c.hedges.map((h) => `~${h.text}~`).join(' ')}` : '';
    const note = v?.note ? ` · note: ${v.note}` : '';
    const evidence = v?.evidence ? ` · evidence: ${v.evidence}` : '';
    const line: Line = [
      { text: `${verdictMarker(state.review, c.id)} `, tones: ['accent'] },
      { text: `#${String(order.get(c.id)).padEnd(3)} ${c.kind.padEnd(11)} ${c.checkworthiness.toFixed(2)} `, tones: ['dim'] },
      { text: `⟦${inert(c.text)}⟧`, tones: c.id === state.selectedClaim ? ['claim', 'selected'] : ['claim'] },
      { text: inert(` · source: ${sourceName(article, c.source)}${hedges}${note}${evidence}`) },
    ];
    return wrapLine(line, width - 2, 4);
  });
  return list(header, items, state.claimCursor, rows, width);
}

export function sourcingLines(article: Article, state: ReaderState, rows: number, width: number): Line[] {
  const claims = article.claims;
  const count = (f: (s: string) => boolean) => claims.filter((c) => f(c.source)).length;
  const author = count((s) => s === 'author');
  const unnamed = count((s) => s === 'unnamed');
  const named = claims.length - author - unnamed;
  const bySource = new Map<string, number>();
  for (const c of claims) if (c.source !== 'author' && c.source !== 'unnamed') bySource.set(c.source, (bySource.get(c.source) ?? 0) + 1);
  const pct = (n: number) => (claims.length ? `${Math.round((100 * n) / claims.length)}%` : '—');
  const bar = (n: number) => '█'.repeat(claims.length ? Math.round((20 * n) / claims.length) : 0);
  const lines: Line[] = [
    plain(`SOURCING — who the ${claims.length} claims rest on`, 'heading'),
    plain(''),
    plain(`  named sources   ${String(named).padStart(3)}  ${pct(named).padStart(4)}  ${bar(named)}`),
    plain(`  unnamed sources ${String(unnamed).padStart(3)}  ${pct(unnamed).padStart(4)}  ${bar(unnamed)}`),
    plain(`  the author      ${String(author).padStart(3)}  ${pct(author).padStart(4)}  ${bar(author)}`),
    plain(''),
    plain('  BY SOURCE', 'heading'),
    ...[...bySource.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => plain(inert(`  ${String(n).padStart(3)}  ${sourceName(article, id)}`))),
    plain(''),
    plain(`  ATTRIBUTIONS: ${article.attributions.length} (${article.attributions.filter((a) => a.direct).length} direct quotes, ${article.attributions.filter((a) => !a.direct).length} reported)`),
  ];
  if (bySource.size === 0) lines.splice(7, 0, plain('  (no named sources)', 'dim'));
  const wrapped = lines.flatMap((l) => wrapLine(l, width));
  const top = Math.min(state.sourcingScroll, Math.max(0, wrapped.length - rows));
  return wrapped.slice(top, top + rows);
}

/** Every key, filtered by what was typed (matching keys or description). */
export function helpLines(filter: string, rows: number, width: number, scroll = 0): Line[] {
  const needle = filter.toLowerCase();
  const bindings = BINDINGS.filter((b) => !needle || b.label.toLowerCase().includes(needle) || b.help.toLowerCase().includes(needle));
  const legend = LAYERS.map((l) => `${LAYER_MARKERS[l].letter} ${l} ${LAYER_MARKERS[l].open}..${LAYER_MARKERS[l].close}`).join(' · ');
  const lines: Line[] = [
    ...bindings.map((b) => [{ text: `  ${b.label.padEnd(12)}`, tones: ['accent' as const] }, { text: `${b.help}${b.countable ? ' · takes a count' : ''}` }]),
  ];
  if (!needle) lines.push(plain(''), plain(`  marks: ${legend}`), plain('  verdicts: [T] true · [F] false · [M] misleading · [?] unverifiable · [ ] none yet'));
  if (bindings.length === 0) lines.push(plain('  (no key matches the filter; Backspace to edit it)', 'dim'));
  const body = lines.flatMap((l) => wrapLine(l, width, 14));
  const top = Math.min(scroll, Math.max(0, body.length - (rows - 1)));
  const more = body.length > top + rows - 1 ? ` · ↓ more (${top + 1}–${top + rows - 1} of ${body.length})` : '';
  const header = plain(`HELP — type to filter${filter ? ` (filter: “${inert(filter)}”, ${bindings.length} keys)` : ''} · ↑↓ PgDn scroll · Esc closes${more}`, 'heading');
  return [header, ...body.slice(top, top + rows - 1)];
}
