import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NAME_TITLES, ROLE_HEADS } from '../../../packages/core/src/models/titles/titles.js';

/** A GUM news document rebuilt as text, with its gold named mentions as character spans. */
export interface GumDocument {
  name: string;
  text: string;
  gold: Array<{ start: number; end: number; type: string }>;
}

/** GUM entity types scored, and the Marginalia type each maps to. */
export const GUM_TYPE_MAP: Record<string, string> = { person: 'PERSON', organization: 'ORG', place: 'PLACE' };

const INNER_WORDS = new Set(['of', 'the', 'and', 'for', '&', '-', 'de', 'on', 'in']);
const LEADING = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);

interface Row {
  form: string;
  xpos: string;
  start: number;
  end: number;
}

/**
 * GUM marks every referring expression ("the team", "US President Donald Trump"). A
 * named mention, for scoring NER, is a person/organization/place mention that after
 * dropping a leading determiner and any title words ("US President") consists of proper
 * nouns (NNP/NNPS), with only of/the/and/... between them. Its span is what is left,
 * without a trailing possessive clitic; a name nested inside a longer name is dropped.
 */
function namedSpan(rows: Row[], s: number, e: number): [number, number] | null {
  while (s < e && LEADING.has(rows[s].form.toLowerCase())) s++;
  // GUM puts a possessive clitic inside the possessor's mention ("Warhol 's").
  while (e > s && rows[e - 1].xpos === 'POS') e--;
  let lastTitle = -1;
  for (let i = s; i < e - 1; i++) {
    const l = rows[i].form.toLowerCase();
    if (NAME_TITLES.has(l) || ROLE_HEADS.has(l)) lastTitle = i;
  }
  if (lastTitle >= 0) s = lastTitle + 1;
  if (s >= e) return null;
  const proper = (r: Row) => r.xpos === 'NNP' || r.xpos === 'NNPS';
  if (!proper(rows[s]) || !proper(rows[e - 1])) return null;
  for (let i = s + 1; i < e - 1; i++) if (!proper(rows[i]) && !INNER_WORDS.has(rows[i].form.toLowerCase())) return null;
  return [s, e];
}

export function readGumNews(dataDir: string): GumDocument[] {
  const folder = resolve(dataDir, 'gum-news/dep');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((file) => {
      const rows: Row[] = [];
      const mentions: Array<{ type: string; s: number; e: number }> = [];
      const open = new Map<string, Array<{ type: string; s: number }>>();
      let text = '';
      for (const line of readFileSync(resolve(folder, file), 'utf8').split('\n')) {
        if (!line || line.startsWith('#')) {
          if (!line && text && !text.endsWith('\n')) text = text.replace(/ $/, '') + '\n';
          continue;
        }
        const cols = line.split('\t');
        if (cols.length < 10 || !/^\d+$/.test(cols[0])) continue;
        const index = rows.length;
        const start = text.length;
        text += cols[1];
        rows.push({ form: cols[1], xpos: cols[4], start, end: text.length });
        if (!/SpaceAfter=No/.test(cols[9])) text += ' ';
        const entity = /Entity=([^|]+)/.exec(cols[9])?.[1];
        if (!entity) continue;
        for (const m of entity.matchAll(/\(([^()]+)(\))?|(\d+)\)/g)) {
          if (m[3]) {
            const stack = open.get(m[3]);
            const o = stack?.pop();
            if (o) mentions.push({ type: o.type, s: o.s, e: index + 1 });
            continue;
          }
          const [id, type] = m[1].split('-');
          if (m[2]) mentions.push({ type, s: index, e: index + 1 });
          else open.set(id, [...(open.get(id) ?? []), { type, s: index }]);
        }
      }
      const gold = new Map<string, { start: number; end: number; type: string }>();
      for (const m of mentions) {
        const type = GUM_TYPE_MAP[m.type];
        if (!type) continue;
        const span = namedSpan(rows, m.s, m.e);
        if (!span) continue;
        const g = { start: rows[span[0]].start, end: rows[span[1] - 1].end, type };
        gold.set(`${g.start}:${g.end}`, g);
      }
      // Flat NER: a name inside a longer name ("Canada" in "Comic Corps of Canada") is not scored.
      const spans = [...gold.values()];
      const outer = spans.filter((g) => !spans.some((o) => o !== g && o.start <= g.start && o.end >= g.end));
      return { name: file.replace(/\.conllu$/, ''), text, gold: outer };
    });
}
