import type { Token } from '../../context.js';
import { NAME_TITLES } from '../../models/titles/titles.js';

const CLITICS = new Set(["'s", '’s', "'", '’', "'S", '’S']);
/** Words a name never starts with: articles, and conjunctions, prepositions and the like that a sentence opens with ("Or Vernon Maxwell"). */
const LEADING_NOISE = new Set(
  ('the a an or and but so if when while as at in on for with by from to after before since because then yet also only ' +
    'even just not no yes oh ah well now here there this that these those my our your his her their its said says ' +
    'meanwhile however although though unlike like under over about against between during').split(' '),
);

function isWordlike(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Narrows a tagged token range so the mention holds only the name: no leading title
 * ("Senator Marco Rubio" -> "Marco Rubio"), article or punctuation, no trailing
 * possessive clitic or punctuation. Returns [start, end) or null when nothing is left.
 */
export function trimName(tokens: readonly Token[], start: number, end: number, isPerson: boolean): [number, number] | null {
  while (start < end) {
    const lower = tokens[start].text.toLowerCase();
    const title = isPerson && NAME_TITLES.has(lower) && end - start > 1;
    if (title || LEADING_NOISE.has(lower) || !isWordlike(tokens[start].text)) start++;
    else break;
  }
  while (end > start && (CLITICS.has(tokens[end - 1].text) || !isWordlike(tokens[end - 1].text) && tokens[end - 1].text !== '.')) end--;
  // A lone possessive clitic inside ("Trump ’s envoy") cuts the name before it.
  // Not a plural possessive before a capitalised word ("Players' Association").
  for (let i = start + 1; i < end; i++) {
    if (!CLITICS.has(tokens[i].text)) continue;
    const plural = (tokens[i].text === "'" || tokens[i].text === '’') && /s$/i.test(tokens[i - 1].text) && i + 1 < end && /^\p{Lu}/u.test(tokens[i + 1].text);
    if (!plural) {
      end = i;
      break;
    }
  }
  return start < end ? [start, end] : null;
}
