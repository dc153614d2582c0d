/**
 * Reads PolNeAR (brat standoff): data/<split>/text/<article>.txt and
 * data/<split>/attributions/<article>_<annotator>.ann. A discontinuous span
 * ("120 150;160 200") keeps its envelope (first start .. last end) and its parts,
 * so scoring can count only the characters the annotator marked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldSpan {
  start: number;
  end: number;
  /** The fragments of a discontinuous span; absent when the span is one piece. */
  parts?: Array<{ start: number; end: number }>;
}

export interface GoldAttribution {
  source: GoldSpan | null;
  cue: GoldSpan | null;
  content: GoldSpan;
}

export interface PolnearArticle {
  name: string;
  text: string;
  attributions: GoldAttribution[];
}

function envelope(offsets: string): GoldSpan {
  const parts = offsets.split(';').map((p) => p.trim().split(/\s+/).map(Number));
  const span: GoldSpan = { start: parts[0][0], end: parts[parts.length - 1][1] };
  if (parts.length > 1) span.parts = parts.map(([start, end]) => ({ start, end }));
  return span;
}

/** Parses one .ann file into attributions (those with a content span). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, GoldSpan>();
  const out: GoldAttribution[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols[0]?.startsWith('T') && cols.length >= 2) {
      const sp = cols[1].indexOf(' ');
      spans.set(cols[0], envelope(cols[1].slice(sp + 1)));
    }
  }
  for (const line of lines) {
    const cols = line.split('\t');
    if (!cols[0]?.startsWith('E') || cols.length < 2) continue;
    const roles = new Map<string, string>();
    for (const arg of cols[1].trim().split(/\s+/)) {
      const [role, id] = arg.split(':');
      if (id) roles.set(role.replace(/\d+$/, ''), id);
    }
    const content = spans.get(roles.get('Content') ?? '');
    if (!content) continue;
    out.push({
      content,
      cue: spans.get(roles.get('Cue') ?? '') ?? null,
      source: spans.get(roles.get('Source') ?? '') ?? null,
    });
  }
  return out;
}

/**
 * The articles of one split. Where several annotators annotated an article, the
 * first annotation file (by name) is used, so every article counts once.
 */
export function readPolnear(dataPath: string, split: 'train' | 'dev'): PolnearArticle[] {
  const root = join(dataPath, 'polnear', 'data', split);
  const annFiles = readdirSync(join(root, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byArticle = new Map<string, string>();
  for (const f of annFiles) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (!byArticle.has(name)) byArticle.set(name, f);
  }
  const articles: PolnearArticle[] = [];
  for (const [name, f] of byArticle) {
    const text = readFileSync(join(root, 'text', `${name}.txt`), 'utf8');
    articles.push({ name, text, attributions: parseAnn(readFileSync(join(root, 'attributions', f), 'utf8')) });
  }
  if (articles.length === 0) throw new Error(`PolNeAR: no .ann files under ${root}/attributions; expected brat files. Check --data.`);
  return articles;
}
