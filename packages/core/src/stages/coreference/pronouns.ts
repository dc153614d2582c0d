import type { NerMention, Token } from '../../context.js';
import { FEMALE_NAMES, MALE_NAMES } from '../../models/gazetteers/given-names.js';

export const RULE_PRONOUN = 'coref/pronoun';

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
/** How many sentences back a pronoun may look for its person. */
const WINDOW = 3;

export type Gender = 'male' | 'female' | 'unknown';

/** A person's likely grammatical gender from the first word of the full name. */
export function genderOfName(name: string): Gender {
  const first = name.split(/\s+/)[0].toLowerCase();
  if (MALE_NAMES.has(first)) return 'male';
  if (FEMALE_NAMES.has(first)) return 'female';
  return 'unknown';
}

export interface PersonMention {
  mention: NerMention;
  entity: string;
  gender: Gender;
}

/** A resolved pronoun: its token and the entity it refers to. */
export interface PronounLink {
  token: Token;
  entity: string;
}

/**
 * Links he/him/his and she/her to a person. The pronoun takes the first compatible person
 * named earlier in its own sentence, else the first compatible person of the nearest
 * earlier sentence that names one (up to three back): the first name of a sentence is most
 * often its subject, which is what a following "He added" or "His words" points to.
 */
export function resolvePronouns(tokens: readonly Token[], sentenceTokens: ReadonlyArray<[number, number]>, people: readonly PersonMention[]): PronounLink[] {
  const bySentence = new Map<number, PersonMention[]>();
  for (const p of people) {
    const list = bySentence.get(p.mention.sentence) ?? [];
    list.push(p);
    bySentence.set(p.mention.sentence, list);
  }
  const links: PronounLink[] = [];
  if (!people.length) return links;
  for (let s = 0; s < sentenceTokens.length; s++) {
    const [from, to] = sentenceTokens[s];
    for (let i = from; i < to; i++) {
      // Every pronoun here starts with h or s: other ASCII first letters skip the lower-casing.
      const first = tokens[i].text.charCodeAt(0);
      if (first < 128 && (first | 32) !== 104 && (first | 32) !== 115) continue;
      const lower = tokens[i].text.toLowerCase();
      const gender: Gender | null = MALE_PRONOUNS.has(lower) ? 'male' : FEMALE_PRONOUNS.has(lower) ? 'female' : null;
      if (!gender) continue;
      const fits = (p: PersonMention) => p.gender === 'unknown' || p.gender === gender;
      let found = bySentence.get(s)?.find((p) => p.mention.end <= tokens[i].start && fits(p));
      for (let back = 1; !found && back <= WINDOW && s - back >= 0; back++) found = bySentence.get(s - back)?.find(fits);
      if (found) links.push({ token: tokens[i], entity: found.entity });
    }
  }
  return links;
}
