import type { NerMention, Token } from '../../context.js';
import type { EntityType } from '../../model/types.js';
import { documentCaseOfInfos, type DocumentCase } from '../../models/ner/features.js';
import { wordInfo, type WordInfo } from '../../models/ner/word-info.js';
import { KNOWN_ORGS } from '../../models/gazetteers/org-cues.js';
import { NER_MODEL_ID, tagWords } from '../../models/ner/model.js';
import type { WeightTable } from '../../models/ner/decode.js';
import { chunks, type NerClass } from '../../models/ner/tags.js';
import { GIVEN_NAMES } from '../../models/gazetteers/given-names.js';
import { NORP_WORDS } from '../../models/gazetteers/norp.js';
import { PLACE_NAMES } from '../../models/gazetteers/places.js';
import { INSTITUTION_NAMES } from '../../models/gazetteers/org-words.js';
import { NAME_TITLES, ROLE_HEADS, ROLE_MODIFIERS } from '../../models/titles/titles.js';
import { decideNameTypes } from './consistency.js';
import { MISC, ORG, ruleOnlyEvidence, ruleVotes, taggerEvidence, type TypeEvidence } from './evidence.js';
import { dateRanges } from './dates.js';
import { miscType } from './misc-type.js';
import { joinNameParticles } from './particles.js';
import { refineChunks } from './chunks.js';
import { trimName } from './trim.js';

export const RULE_TAGGER = NER_MODEL_ID;
export const RULE_INSTITUTION = 'ner/institution';
export const RULE_NORP_LEXICON = 'ner/norp-lexicon';
export const RULE_DATE = 'ner/date';
export const RULE_GIVEN_NAME = 'ner/given-name-extension';
export const RULE_NAME_PARTICLE = 'ner/name-particle';
export const RULE_KNOWN_ORG = 'ner/known-org';

/**
 * A well-known organisation's one-word name the tagger left out ("on Twitter"): capitalised
 * (or an acronym), not opening its sentence unless an acronym, never written in lower case
 * in the article ("apple" the fruit).
 */
function isKnownOrg(info: WordInfo, inside: boolean, caseTable: DocumentCase): boolean {
  // "al-Qaeda" starts in lower case: a particle and a hyphen before a capital.
  const particle = info.caseClass === 0 && /^(?:al|el)-/.test(info.norm);
  if (!(particle || info.caseClass === 2 || (info.caseClass === 1 && inside))) return false;
  return KNOWN_ORGS.has(info.norm) && (particle || ((caseTable.get(info.norm) ?? 0) & 1) === 0);
}

const CLASS_TYPE: Record<Exclude<NerClass, 'MISC'>, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE' };

const STARTS_UPPER = /^\p{Lu}/u;

/** The text starts with an upper-case letter (ASCII without the regex). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return STARTS_UPPER.test(text);
}

/** A capitalised plain word right after a known given name is taken as the surname. */
function isSurnameAfterGivenName(tokens: readonly Token[], given: number, next: number): boolean {
  const word = tokens[next].text;
  const lower = word.toLowerCase();
  return (
    GIVEN_NAMES.has(tokens[given].text.toLowerCase()) &&
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !ROLE_HEADS.has(lower) && !ROLE_MODIFIERS.has(lower) && !NAME_TITLES.has(lower) && !NORP_WORDS.has(lower) && !PLACE_NAMES.has(lower)
  );
}

/** Titles of members of a parliament ("MP", "MEP"): alone they are not a name. */
const MEMBER_TITLES = new Set(['mp', 'mps', 'mep', 'meps', 'msp', 'msps']);

/** "Press" in "Press Secretary Karoline Leavitt": a run of title words is a role, not a name. */
function onlyRoleWords(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const l = tokens[i].text.toLowerCase();
    if (!(ROLE_MODIFIERS.has(l) || ROLE_HEADS.has(l) || NAME_TITLES.has(l) || MEMBER_TITLES.has(l))) return false;
  }
  return true;
}

function institutionKey(tokens: readonly Token[], start: number, end: number): string {
  let key = '';
  for (let i = start; i < end; i++) key += (i > start ? ' ' : '') + tokens[i].text.toLowerCase();
  return key;
}

/** Options of `findMentions`: another weight table (a model trained on part of the data), and where to leave type evidence. */
export interface FindOptions {
  /** The weight table: the shipped model's (`NER_MODEL`) or one training made. */
  table: WeightTable;
  /** The table's weight scale (int16 tables: the shipped scale; float tables: 1, the default). */
  scale?: number;
  /** Receives each name mention's type evidence (the coreference stage decides entity types from it). */
  evidence?: Map<NerMention, TypeEvidence>;
}

/**
 * Named-entity and date mentions of an article, in text order: the perceptron tagger per
 * sentence, names trimmed to the name proper, MISC split into NORP/EVENT/OTHER, then
 * lexicon rules for institutions ("the Kremlin" is an ORG), group words and dates; last,
 * one type per name across the document from all its mentions' evidence.
 */
export function findMentions(text: string, tokens: readonly Token[], sentenceTokens: ReadonlyArray<[number, number]>, options: FindOptions): NerMention[] {
  const mentions: NerMention[] = [];
  const evidence = options.evidence ?? new Map<NerMention, TypeEvidence>();
  const table = options.table;
  const scale = options.scale ?? 1;
  const words = sentenceTokens.map(([from, to]) => {
    const list = new Array<string>(to - from);
    for (let i = from; i < to; i++) list[i - from] = tokens[i].text;
    return list;
  });
  const infos = words.map((list) => list.map((w) => wordInfo(w)));
  const caseTable = documentCaseOfInfos(infos);
  const taken = new Uint8Array(tokens.length);
  const add = (sentence: number, start: number, end: number, type: EntityType, rule: string, ev?: TypeEvidence) => {
    const s = tokens[start].start;
    const e = tokens[end - 1].end;
    const m: NerMention = { start: s, end: e, text: text.slice(s, e), type, sentence, tokenStart: start, tokenEnd: end, rule };
    mentions.push(m);
    if (ev) evidence.set(m, ev);
    taken.fill(1, start, end);
  };
  let scores = new Float64Array(64 * 9);
  for (let si = 0; si < sentenceTokens.length; si++) {
    const [from, to] = sentenceTokens[si];
    if (to === from) continue;
    if (scores.length < (to - from) * 9) scores = new Float64Array((to - from) * 18);
    const tags = tagWords(words[si], caseTable, table, infos[si], scores);
    let firstWord = from;
    while (firstWord < to && infos[si][firstWord - from].caseClass === 4) firstWord++;
    const found = refineChunks(chunks(tags), words[si], infos[si], caseTable);
    const joined = joinNameParticles(tokens, from, to, found);
    for (let c = 0; c < found.length; c++) {
      const [a, cls] = [found[c][0], found[c][2]];
      let b = found[c][1];
      let rule = joined.has(c) ? RULE_NAME_PARTICLE : RULE_TAGGER;
      // "Maria Lindqvist" where the tagger stopped after a known given name.
      if (cls === 'PER' && b < to - from && (c + 1 === found.length || found[c + 1][0] > b) && isSurnameAfterGivenName(tokens, from + b - 1, from + b)) {
        b++;
        rule = RULE_GIVEN_NAME;
      }
      const range = trimName(tokens, from + a, from + b, cls === 'PER');
      if (!range) continue;
      const [start, end] = range;
      const key = institutionKey(tokens, start, end);
      if (INSTITUTION_NAMES.has(key)) add(si, start, end, 'ORG', RULE_INSTITUTION, ruleOnlyEvidence(ORG));
      else if (onlyRoleWords(tokens, start, end)) continue;
      else {
        const head = found[c][3];
        const { tagger, margin } = taggerEvidence(scores, start - from, end - from, to - from, tags, scale, head === undefined ? undefined : head);
        const { votes, cues } = ruleVotes(infos[si], start - from, end - from);
        const initial = start === firstWord;
        let lowerElsewhere = false;
        for (let i = start; i < end && !lowerElsewhere; i++) {
          const info = infos[si][i - from];
          lowerElsewhere = info.caseClass !== 0 && ((caseTable.get(info.norm) ?? 0) & 1) === 1;
        }
        const ev: TypeEvidence = { tagger, margin, votes, cues, initial, lowerElsewhere };
        add(si, start, end, cls === 'MISC' ? miscType(words[si].slice(start - from, end - from)) : CLASS_TYPE[cls], rule, ev);
      }
    }
    for (let i = from; i < to; i++) {
      if (taken[i] || !(startsUpper(tokens[i].text) || tokens[i].text.startsWith('al-'))) continue;
      const two = i + 1 < to && !taken[i + 1] ? institutionKey(tokens, i, i + 2) : '';
      if (two && INSTITUTION_NAMES.has(two)) add(si, i, i + 2, 'ORG', RULE_INSTITUTION, ruleOnlyEvidence(ORG));
      else if (INSTITUTION_NAMES.has(tokens[i].text.toLowerCase())) add(si, i, i + 1, 'ORG', RULE_INSTITUTION, ruleOnlyEvidence(ORG));
      else if (NORP_WORDS.has(tokens[i].text.toLowerCase())) add(si, i, i + 1, 'NORP', RULE_NORP_LEXICON, ruleOnlyEvidence(MISC));
      else if (isKnownOrg(infos[si][i - from], i > from, caseTable)) add(si, i, i + 1, 'ORG', RULE_KNOWN_ORG, ruleOnlyEvidence(ORG));
    }
    for (const [start, end] of dateRanges(tokens, from, to, taken)) add(si, start, end, 'DATE', RULE_DATE);
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  decideNameTypes(mentions, evidence);
  return mentions;
}
