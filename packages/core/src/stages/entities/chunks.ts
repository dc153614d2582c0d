import type { DocumentCase } from '../../models/ner/features.js';
import type { NerClass } from '../../models/ner/tags.js';
import type { WordInfo } from '../../models/ner/word-info.js';
import { ORG_HEAD_WORDS } from '../../models/gazetteers/org-cues.js';
import { NAME_TITLES, ROLE_HEADS } from '../../models/titles/titles.js';

/** [start, end, class] in sentence tokens, and where set the token whose tag scores type it (the head of a joined name). */
export type Chunk = [number, number, NerClass, number?];

/** Capitalised function words that a name does not run across in a title-case headline. */
const FUNCTION_WORDS = new Set(
  ('is are was were be been being am to by they we you your our their its it he she his her him them will would can ' +
    'could should shall may might must has have had do does did not no into from with without against about after ' +
    'before over under himself herself themselves itself and or but if as than that this these those what who why how ' +
    'when where says said say claim claims here there just now very all every').split(' '),
);

/** Lower-case words that may stand inside a name ("Bank of England", "Ludwig van Beethoven"). */
const INNER_WORDS = new Set(
  'of the and for on in at upon to de du da das dos del della der den di do la le les van von ter ten bin ibn al el y e et sur am im zu und'.split(' '),
);

/** Titles of members of a parliament, written before a name ("MP Nigel Waterson"). */
const MEMBER_TITLES = new Set(['mp', 'mps', 'mep', 'msp', 'mla', 'am', 'td']);

const GAZ_NAMEY = 1 | 2 | 4 | 8; // place, group, given name, organisation word

function isTitleCaseSentence(infos: readonly WordInfo[]): boolean {
  let words = 0;
  let capitalised = 0;
  for (const info of infos) {
    if (info.caseClass === 0) words++;
    else if (info.caseClass === 1 || info.caseClass === 2) {
      words++;
      capitalised++;
    }
  }
  return words >= 4 && capitalised >= 0.75 * words;
}

/**
 * Fixes to the tagger's chunks of one sentence, before names are trimmed:
 * - a lower-case word that is not one of a name's small words ends the name;
 * - in a title-case headline, a name stops before a function word ("Is", "To") or a word
 *   the article writes in lower case elsewhere ("Donald Trump Is Going To Be Elected");
 * - an institution word followed by "for"/"of" and another name joins it, and so does a
 *   name after "and" that follows ("Department for Work and Pensions");
 * - two names the tagger set side by side are one ("San" + "Mateo County"), typed by the later;
 * - a group word after a place leaves it ("Rhode Island Republican");
 * - a parliamentary or honorific title inside a name splits it ("MP Nigel Waterson",
 *   "Lib Dem Sir Archy Kirkwood": the part after the title is a person);
 * - a title word at the end of a non-person name goes ("Stanislaus County Deputy").
 */
export function refineChunks(found: readonly Chunk[], words: readonly string[], infos: readonly WordInfo[], documentCase?: DocumentCase): Chunk[] {
  let chunks: Chunk[] = [];
  // A lower-case word other than a name's own small words ends a name ("Nistelrooy caught Arsenal").
  for (const c of found) {
    let a = c[0];
    for (let i = c[0] + 1; i < c[1]; i++) {
      if (infos[i].caseClass !== 0 || INNER_WORDS.has(infos[i].norm)) continue;
      if (i > a) chunks.push([a, i, c[2]]);
      a = i + 1;
    }
    if (c[1] > a && infos[a].caseClass !== 0) chunks.push([a, c[1], c[2]]);
  }
  const lower = (i: number) => infos[i].norm;

  if (isTitleCaseSentence(infos)) {
    for (const c of chunks) {
      for (let i = c[0] + 1; i < c[1]; i++) {
        const w = lower(i);
        const lowerElsewhere = documentCase !== undefined && ((documentCase.get(w) ?? 0) & 1) === 1 && (infos[i].gazetteer & GAZ_NAMEY) === 0;
        if (FUNCTION_WORDS.has(w) || lowerElsewhere) {
          c[1] = i;
          break;
        }
      }
    }
  }

  // Joins across "for"/"of" after an institution word, then "and"/"&".
  const joined: Chunk[] = [];
  for (let c = 0; c < chunks.length; c++) {
    const cur = chunks[c];
    const prev = joined[joined.length - 1];
    if (prev && cur[0] === prev[1] + 1) {
      const between = lower(prev[1]);
      const headBefore = ORG_HEAD_WORDS.has(lower(prev[1] - 1)) || (prev[1] - prev[0] > 1 && ORG_HEAD_WORDS.has(lower(prev[0])));
      if ((between === 'for' || between === 'of') && headBefore && prev[2] !== 'PER' && cur[2] !== 'PER') {
        prev[1] = cur[1];
        prev[2] = 'ORG';
        (prev as Chunk & { joinedOf?: boolean }).joinedOf = true;
        continue;
      }
      // "Players' Association", "Teachers’ Union": a plural possessive inside an organisation's name.
      if ((between === "'" || between === '’') && lower(prev[1] - 1).endsWith('s') && ORG_HEAD_WORDS.has(lower(cur[0]))) {
        prev[1] = cur[1];
        prev[2] = 'ORG';
        continue;
      }
      if ((between === 'and' || between === '&') && (prev as Chunk & { joinedOf?: boolean }).joinedOf && cur[2] !== 'PER') {
        prev[1] = cur[1];
        continue;
      }
    }
    // Side by side: one name, typed by its later part (the head); not a group word
    // ("California Republican", "Senate Democrats") nor a MISC part.
    // A group adjective may open an organisation ("Democratic" + "National Committee"); a
    // place before a "person" keeps the place type ("East" + "Palo Alto").
    if (
      prev && cur[0] === prev[1] && infos[cur[0]].caseClass !== 3 && cur[2] !== 'MISC' &&
      (prev[2] !== 'MISC' || cur[2] === 'ORG') && (infos[cur[0]].gazetteer & 2) === 0
    ) {
      prev[1] = cur[1];
      if (!(cur[2] === 'PER' && prev[2] === 'LOC')) {
        prev[2] = cur[2];
        prev[3] = cur[0];
      }
      continue;
    }
    joined.push(cur);
  }
  // An organisation word the tagger left out after a plural possessive ("Manufacturers' Association").
  for (const c of joined) {
    const b = c[1];
    if (b + 1 < infos.length && (infos[b].norm === "'") && lower(b - 1).endsWith('s') && infos[b + 1].caseClass === 1 && ORG_HEAD_WORDS.has(lower(b + 1))) {
      const next = joined.find((d) => d[0] === b + 1);
      if (!next) {
        c[1] = b + 2;
        c[2] = 'ORG';
      }
    }
  }
  chunks = joined;

  const out: Chunk[] = [];
  for (const c of chunks) {
    let [a, b, cls] = c;
    // A title inside the name: the part before it stands alone, the part after is a person.
    let split = -1;
    for (let i = a; i < b - 1; i++) {
      const w = lower(i);
      if (MEMBER_TITLES.has(w) && /^\p{Lu}+$/u.test(words[i]) || i > a && NAME_TITLES.has(w) && (w === 'sir' || w === 'dame' || w === 'lord' || w === 'lady' || w.startsWith('mr') || w.startsWith('mrs') || w.startsWith('ms') || w.startsWith('dr'))) {
        split = i;
        break;
      }
    }
    if (split >= 0 && infos[split + 1].caseClass === 1) {
      if (split > a) out.push([a, split, cls === 'PER' ? 'ORG' : cls]);
      out.push([split + 1, b, 'PER']);
      continue;
    }
    if (cls !== 'PER') while (b - a > 1 && (ROLE_HEADS.has(lower(b - 1)) || NAME_TITLES.has(lower(b - 1))) && infos[b - 1].caseClass === 1) b--;
    // "Rhode Island Republican": the group word after a place is not part of it.
    if (cls === 'LOC' && b - a > 1 && (infos[b - 1].gazetteer & 2) !== 0) b--;
    out.push(c[3] !== undefined && c[3] >= a && c[3] < b ? [a, b, cls, c[3]] : [a, b, cls]);
  }
  return out;
}
