import type { EntityType } from '../../model/types.js';
import { NORP_WORDS } from '../../models/gazetteers/norp.js';

/** Words that make a CoNLL "MISC" name an event ("World Cup", "Ukraine war"). */
const EVENT_WORDS = new Set(
  'war wars cup championship championships olympics olympic games open summit conference election elections festival revolution tournament prix crisis marathon expo forum talks accords accord treaty uprising massacre invasion offensive referendum world series derby grand'.split(' '),
);

/** Capitalised words ending like demonyms ("Iraqi", "Kenyan", "Congolese", "Danish"). */
const DEMONYM_ENDING = /(?:an|ese|ish|i|ic|ch)$/;

/**
 * The type of a name the tagger called MISC: NORP for nationalities and groups, EVENT
 * for wars, cups and summits, OTHER for the rest (works, products, laws ...).
 */
export function miscType(words: readonly string[]): EntityType {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => EVENT_WORDS.has(w))) return 'EVENT';
  const last = lower[lower.length - 1];
  if (NORP_WORDS.has(last)) return 'NORP';
  if (words.length === 1 && DEMONYM_ENDING.test(last) && /^\p{Lu}/u.test(words[0])) return 'NORP';
  return 'OTHER';
}
