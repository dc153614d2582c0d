import type { NerMention, Token } from '../../context.js';
import { FEMALE_NAMES, GIVEN_NAMES, MALE_NAMES } from '../../models/gazetteers/given-names.js';
import { ORG_WORDS } from '../../models/gazetteers/org-words.js';

export const RULE_PRONOUN = 'coref/pronoun';

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);
/** Titles that say a person's grammatical gender ("Mr Smith", "Mrs Lopez"). */
const MALE_TITLES = new Set(['mr', 'mr.', 'sir', 'lord', 'mister', 'monsieur', 'herr', 'senor', 'señor', 'king', 'prince', 'father', 'brother']);
const FEMALE_TITLES = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'lady', 'dame', 'madam', 'madame', 'mme', 'frau', 'queen', 'princess', 'sister']);
/** Words that make a name a place, a shop or a product rather than a person ("Music Store", "Intelligence Unit"), beside the organisation words. */
const NOT_PERSON_WORDS = new Set([
  'unit', 'store', 'stores', 'shop', 'shops', 'centre', 'center', 'market', 'markets', 'station', 'street', 'road', 'online',
  'music', 'software', 'media', 'games', 'studios', 'records', 'labs', 'mobile', 'airport', 'hospital', 'report', 'act', 'bill',
  'index', 'fund', 'funds', 'capital', 'partners', 'brands', 'retail', 'stores', 'mall', 'mart', 'express', 'digital', 'energy',
]);
/** Titles of office that stand before a person's name ("MP Nigel Waterson", "Sen. Reid"): a person is named here. */
const OFFICE_TITLES = new Set(['mp', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'gov', 'gov.', 'governor', 'president', 'minister', 'dr', 'dr.', 'prof', 'professor', 'judge', 'chairman', 'chairwoman', 'chief', 'secretary', 'mayor', 'sgt', 'sgt.', 'gen', 'gen.', 'col', 'col.', 'capt', 'capt.', 'det', 'det.', 'officer', 'coach', 'manager', 'analyst', 'spokesman', 'spokeswoman']);
/** Nouns that name a person by role ("the chairman said", "The NYPD Chief said"). */
const ROLE_NOUNS = new Set(['chief', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'minister', 'director', 'official', 'ceo', 'executive', 'lawyer', 'attorney', 'prosecutor', 'analyst', 'secretary', 'commissioner', 'governor', 'mayor', 'senator', 'manager', 'coach', 'officer', 'source', 'leader', 'founder', 'owner', 'head', 'judge', 'sheriff', 'detective', 'witness', 'economist']);
/** How many tokens before a candidate antecedent are searched for another person named there. */
const NAMED_BEFORE = 40;
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

/** What the resolver knows of one entity typed PERSON: its gender, and whether it may be a he or a she at all. */
interface PersonInfo {
  gender: Gender;
  /** False for a name that looks like a company, a product or a mis-typed word ("Music Store", "Lycos", "Already"). */
  plausible: boolean;
}

/**
 * Gender and plausibility per entity: the given name (from the coreference stage), else a title before any
 * mention (Mr, Mrs, Ms, Sir, Lady…). A name with no known gender is a person for he/she only when it has two or
 * more capitalised words and none of them is an organisation word ("Corp", "Unit", "Store" are not people):
 * the tagger types some companies and products PERSON, and a pronoun must not follow them.
 */
function personInfo(tokens: readonly Token[], people: readonly PersonMention[]): Map<string, PersonInfo> {
  const byEntity = new Map<string, { gender: Gender; title: Gender | 'mixed' | null; longest: string }>();
  for (const p of people) {
    let info = byEntity.get(p.entity);
    if (!info) byEntity.set(p.entity, (info = { gender: p.gender, title: null, longest: '' }));
    if (p.mention.text.length > info.longest.length) info.longest = p.mention.text;
    const before = tokens[p.mention.tokenStart - 1]?.text.toLowerCase();
    const own = p.mention.text.split(/\s+/)[0].toLowerCase();
    const title: Gender | null = MALE_TITLES.has(before) || MALE_TITLES.has(own) ? 'male' : FEMALE_TITLES.has(before) || FEMALE_TITLES.has(own) ? 'female' : null;
    if (title) info.title = info.title && info.title !== title ? 'mixed' : title;
  }
  const out = new Map<string, PersonInfo>();
  for (const [entity, info] of byEntity) {
    const titled = info.title === 'male' || info.title === 'female' ? info.title : null;
    const gender: Gender = info.gender !== 'unknown' ? info.gender : titled ?? 'unknown';
    const words = info.longest.split(/\s+/).filter((w) => !MALE_TITLES.has(w.toLowerCase()) && !FEMALE_TITLES.has(w.toLowerCase()));
    const namelike = words.length >= 2 && words.every((w) => {
      const lower = w.toLowerCase().replace(/[.,]$/, '');
      return /^\p{Lu}/u.test(w) && !ORG_WORDS.has(lower) && !NOT_PERSON_WORDS.has(lower);
    });
    out.set(entity, { gender, plausible: gender !== 'unknown' || namelike });
  }
  return out;
}

/**
 * For each token, whether it sits inside quotation marks (marks excluded). Quotes reset at a paragraph
 * break (a line break between two tokens) when `text` is given; straight marks toggle.
 */
export function quotedTokens(tokens: readonly Token[], text?: string): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    if (open && text && i > 0 && text.slice(tokens[i - 1].end, tokens[i].start).includes('\n')) open = false;
    const t = tokens[i].text;
    if (t === '“' || t === '``') open = true;
    else if (t === '”' || t === "''") open = false;
    else if (t === '"') open = !open;
    else if (open) inside[i] = 1;
  }
  return inside;
}

/**
 * Links he/him/his and she/her to a person. The pronoun takes the first compatible person
 * named earlier in its own sentence, else the first compatible person of the nearest
 * earlier sentence that names one (up to three back): the first name of a sentence is most
 * often its subject, which is what a following "He added" or "His words" points to.
 * Compatible: an entity typed PERSON that may be a he or a she (see `personInfo`), of the pronoun's
 * gender where that is known. A pronoun outside quotation marks never takes a name inside them
 * (`“Mr Smith let us down,” he said` is not Mr Smith): the speaker named before the quote is meant.
 * No compatible person: the pronoun stays unresolved. Linear: each pronoun looks at most at the
 * people of four sentences.
 */
export function resolvePronouns(
  tokens: readonly Token[],
  sentenceTokens: ReadonlyArray<[number, number]>,
  people: readonly PersonMention[],
  text?: string,
): PronounLink[] {
  const bySentence = new Map<number, PersonMention[]>();
  for (const p of people) {
    const list = bySentence.get(p.mention.sentence) ?? [];
    list.push(p);
    bySentence.set(p.mention.sentence, list);
  }
  const links: PronounLink[] = [];
  if (!people.length) return links;
  const info = personInfo(tokens, people);
  const quoted = quotedTokens(tokens, text);
  // A possessor ("about Mr Smith's position") is seldom what a later he or she points to: another person of the sentence goes first.
  const possessor = (p: PersonMention) => tokens[p.mention.tokenEnd]?.text === "'s" || tokens[p.mention.tokenEnd]?.text === '’s' || /['’]s$/.test(p.mention.text) || (text !== undefined && /^['’]s\b/.test(text.slice(p.mention.end, p.mention.end + 3)));
  const inPerson = new Uint8Array(tokens.length);
  for (const p of people) inPerson.fill(1, p.mention.tokenStart, p.mention.tokenEnd);
  for (let s = 0; s < sentenceTokens.length; s++) {
    const [from, to] = sentenceTokens[s];
    for (let i = from; i < to; i++) {
      // Every pronoun here starts with h or s: other ASCII first letters skip the lower-casing.
      const first = tokens[i].text.charCodeAt(0);
      if (first < 128 && (first | 32) !== 104 && (first | 32) !== 115) continue;
      const lower = tokens[i].text.toLowerCase();
      const gender: Gender | null = MALE_PRONOUNS.has(lower) ? 'male' : FEMALE_PRONOUNS.has(lower) ? 'female' : null;
      if (!gender) continue;
      const outside = !quoted[i];
      const fits = (p: PersonMention) => {
        const known = info.get(p.entity);
        if (!known || !known.plausible || (known.gender !== 'unknown' && known.gender !== gender)) return false;
        return !(outside && quoted[p.mention.tokenStart]);
      };
      // Nearest sentence first; within it, the first person that is not a possessor; a possessor only when no
      // sentence of the window names anyone else ("He added … Mr Smith's departure" looks past Mr Smith to the subject before).
      let found: PersonMention | undefined;
      let at = s;
      let fallback: PersonMention | undefined;
      let fallbackAt = s;
      for (let back = 0; !found && back <= WINDOW && s - back >= 0; back++) {
        const list = bySentence.get(s - back);
        if (!list) continue;
        for (const p of list) {
          if ((back === 0 && p.mention.end > tokens[i].start) || !fits(p)) continue;
          if (!possessor(p)) {
            found = p;
            at = s - back;
            break;
          }
          if (!fallback) {
            fallback = p;
            fallbackAt = s - back;
          }
        }
      }
      if (!found && fallback) {
        found = fallback;
        at = fallbackAt;
      }
      // Someone else named as a person before the chosen one in that sentence (a given name or a title the tagger
      // did not make a PERSON: "Tory MP Nigel Waterson said … Mr Smith …"): the pronoun is not settled.
      if (found && !namedBefore(tokens, sentenceTokens[at][0], Math.min(found.mention.tokenStart, at === s ? i : Infinity), inPerson, outside ? quoted : null)) {
        links.push({ token: tokens[i], entity: found.entity });
      }
    }
  }
  return links;
}

/**
 * True when tokens [from, to) name a person the tagger did not give a PERSON mention: a known given name
 * followed by a capitalised word, or an office title before a capitalised word (outside quotes, when `quoted` is given).
 */
function namedBefore(tokens: readonly Token[], from: number, to: number, inPerson: Uint8Array, quoted: Uint8Array | null): boolean {
  // At most the NAMED_BEFORE tokens before the candidate: a pronoun's work stays bounded however long the sentence.
  const sentenceStart = from;
  from = Math.max(from, Math.min(to, tokens.length) - NAMED_BEFORE);
  for (let k = from; k < to - 0 && k + 1 < tokens.length; k++) {
    if (inPerson[k] || inPerson[k + 1] || (quoted && quoted[k])) continue;
    const word = tokens[k].text;
    const lower = word.toLowerCase();
    // "The NYPD Chief said once Comey saw …": a person named by role, before the candidate, as a subject.
    if (ROLE_NOUNS.has(lower) && !/^\p{Lu}/u.test(tokens[k + 1].text) && k > sentenceStart && /^(?:the|a|an|\p{Lu}.*)$/u.test(tokens[k - 1].text) && k - sentenceStart <= 4) return true;
    if (!/^\p{Lu}/u.test(tokens[k + 1].text)) continue;
    if ((/^\p{Lu}\p{Ll}/u.test(word) && GIVEN_NAMES.has(lower)) || OFFICE_TITLES.has(lower) || MALE_TITLES.has(lower) || FEMALE_TITLES.has(lower)) return true;
  }
  return false;
}

