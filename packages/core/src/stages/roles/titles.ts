import type { Token } from '../../context.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../../models/titles/titles.js';

const POSSESSIVES = new Set(["'s", '’s']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const OF_WORDS = new Set(['of', 'for', 'at', 'to']);

function lower(t: Token): string {
  return t.text.toLowerCase();
}

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/**
 * The role written right before a name: a run of modifiers ending in a role noun
 * ("Kremlin spokesman", "Russian presidential aide", "Press Secretary"), possibly owned
 * ("Trump’s personal envoy, Steve Witkoff"). Returns the token range or null.
 * `from` is the first token of the sentence, `at` the first token of the name.
 */
export function roleBefore(tokens: readonly Token[], from: number, at: number): [number, number] | null {
  let end = at;
  // Apposition written before the name: "Trump’s personal envoy, Steve Witkoff".
  if (end - 1 >= from && tokens[end - 1].text === ',') end--;
  if (end - 1 < from || !ROLE_HEADS.has(lower(tokens[end - 1]))) return null;
  let start = end - 1;
  while (start - 1 >= from) {
    const t = tokens[start - 1];
    const l = lower(t);
    if (POSSESSIVES.has(t.text)) {
      // Keep the owner's name: "Trump’s".
      let owner = start - 2;
      while (owner - 1 >= from && isCapitalised(tokens[owner - 1]) && !DETERMINERS.has(lower(tokens[owner - 1]))) owner--;
      if (owner >= from && isCapitalised(tokens[owner])) start = owner;
      break;
    }
    if (DETERMINERS.has(l)) break;
    if (ROLE_MODIFIERS.has(l) || ROLE_HEADS.has(l) || (isCapitalised(t) && /\p{L}/u.test(t.text) && start - 1 > from)) start--;
    else break;
  }
  return [start, end];
}

/**
 * The role written right after a name, set off by commas: "Dmitry Peskov, the Kremlin
 * spokesman," or "Ann Lee, a spokeswoman for the ministry". `after` is the token after the name.
 */
export function roleAfter(tokens: readonly Token[], after: number, to: number): [number, number] | null {
  if (after >= to || tokens[after].text !== ',') return null;
  let i = after + 1;
  if (i < to && DETERMINERS.has(lower(tokens[i]))) i++;
  const start = i;
  let headEnd = -1;
  while (i < to) {
    const t = tokens[i];
    const l = lower(t);
    if (ROLE_HEADS.has(l)) headEnd = i + 1;
    else if (i - start >= 5 || !(ROLE_MODIFIERS.has(l) || POSSESSIVES.has(t.text) || /^\p{L}[\p{L}-]*$/u.test(t.text))) break;
    i++;
  }
  // The phrase must end on its role noun ("the city treasurer,"), not run on into a clause.
  if (headEnd < 0 || (headEnd !== i && !OF_WORDS.has(lower(tokens[headEnd])))) return null;
  // "a spokesman for the Kremlin": keep a short of-phrase naming the organisation.
  let end = headEnd;
  if (end < to && OF_WORDS.has(lower(tokens[end]))) {
    let j = end + 1;
    if (j < to && lower(tokens[j]) === 'the') j++;
    const capStart = j;
    while (j < to && isCapitalised(tokens[j])) j++;
    if (j > capStart) end = j;
  }
  return [start, end];
}
