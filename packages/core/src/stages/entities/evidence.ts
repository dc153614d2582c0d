import type { WordInfo } from '../../models/ner/word-info.js';
import type { EntityType } from '../../model/types.js';
import * as cues from '../../models/gazetteers/org-cues.js';
import * as gazetteers from '../../models/gazetteers/places.js';
import * as names from '../../models/gazetteers/given-names.js';

// Local copies: imported bindings can compile to getters (tsx, some bundlers), slow in a per-mention loop.
const { CORPORATE_SUFFIXES, KNOWN_ORGS, MEDIA_WORDS, ORG_APPOSITION_NOUNS, ORG_HEAD_WORDS, ORG_OF_NOUNS, ORG_POSSESSED_NOUNS, ORG_REPORT_OBJECTS, ORG_REPORT_VERBS, ORG_VERBS, PLACE_HEAD_WORDS } = cues;
const { PLACE_NAMES } = gazetteers;
const { GIVEN_NAMES } = names;

/** Evidence classes, in this order: the tagger's four CoNLL classes. */
export const PER = 0;
export const ORG = 1;
export const LOC = 2;
export const MISC = 3;
export const CLASS_OF_TYPE: Partial<Record<EntityType, number>> = { PERSON: PER, ORG, PLACE: LOC, NORP: MISC, EVENT: MISC, OTHER: MISC };

/**
 * What one mention says about its type: the tagger's class probabilities over its span
 * and the margin of its least certain token, plus votes from rules (name words such as
 * "Holdings" or "Ministry", titles such as "Mr", and context such as "X's chief
 * executive" or "a spokesman for X"). The type of a whole entity is decided from the sum
 * of its mentions' evidence (see coreference/types.ts).
 */
export interface TypeEvidence {
  /** Tagger probabilities of PER, ORG, LOC, MISC (softmax of the B- tag scores of the name's first token). */
  tagger: Float64Array;
  /** Smallest margin (best minus next-best allowed tag score, weight units) over the span and the token after it. */
  margin: number;
  /** Rule votes per class (PER, ORG, LOC, MISC). */
  votes: Float64Array;
  /** Names of the rules that voted, for the mention's `rule` when they decide. */
  cues: string[];
  /** The name opens its sentence (after any quote mark), where any word is capitalised. */
  initial?: boolean;
  /** Some word of the name is written in lower case elsewhere in the article ("Money", "War"). */
  lowerElsewhere?: boolean;
}

/**
 * Weights of the evidence, against the tagger's probabilities (which count 1 a mention):
 * chosen on the held-out fifths of CoNLL train (see docs/ner.md). `temperature` softens
 * the tagger's scores (weight units) before the softmax.
 */
export const TYPE_WEIGHTS = { temperature: 10, name: 2, known: 3, context: 1.5, title: 3, surname: 3 };

/** Lower-case nouns after a name that make it a leader's ("the Obama administration"). */
const LEADER_NOUNS = new Set(['administration', 'presidency', 'regime', 'era', 'premiership', 'dynasty', 'doctrine']);

/** Lower-case nouns after a name that make it the name of a product or a work ("the X newsletter"). */
const WORK_NOUNS = new Set('newsletter newsletters podcast podcasts app apps blog vlog column show programme program series documentary album single novel book film movie game software browser screensaver handset smartphone console'.split(' '));

/** "West Bank", "South Bank": a compass word before a corporate-looking word makes a place. */
const COMPASS = new Set(['west', 'east', 'north', 'south', 'left', 'upper', 'lower']);
const HONORIFICS = new Set('mr mr. mrs mrs. ms ms. miss dr dr. sir dame lady lord prof prof. mx'.split(' '));
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const SKIP_AFTER = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'recently', 'last', 'this', 'year', 'which', 'that', 'then', 'later', 'has', 'is', 'was', 'now', 'yesterday', 'today']);


/**
 * Tagger probabilities (from the B- scores of token `head`, the first by default) and the
 * margin for the span [a, b) of one sentence; `scores` holds
 * the sentence's raw tag scores (words × 9, NaN-first for unscored tokens), `scale` the
 * weight scale (int16 weights) or 1.
 */
export function taggerEvidence(
  scores: Float64Array,
  a: number,
  b: number,
  n: number,
  chosen: ArrayLike<number>,
  scale: number,
  head = a,
): { tagger: Float64Array; margin: number } {
  const mean = new Float64Array(4);
  let margin = Infinity;
  let counted = 0;
  for (let i = a; i < b; i++) {
    const row = i * 9;
    if (Number.isNaN(scores[row])) continue;
    // Class scores from the name's first token: later tokens were scored after its tag, where
    // another class's I- tag is not an option and its score means nothing.
    if (i === head || (counted === 0 && head < i)) for (let k = 0; k < 4; k++) mean[k] = scores[row + 1 + 2 * k];
    counted++;
    const best = scores[row + chosen[i]];
    let next = -Infinity;
    for (let t = 0; t < 9; t++) {
      if (t === chosen[i]) continue;
      // An I- tag is only an option where it continues the previous token's class.
      if (t !== 0 && t % 2 === 0 && (i === a ? true : t !== chosen[i - 1] && t !== chosen[i - 1] + 1)) continue;
      if (scores[row + t] > next) next = scores[row + t];
    }
    margin = Math.min(margin, best - next);
  }
  // The token after the span: how close it came to continuing the name.
  if (b < n && !Number.isNaN(scores[b * 9])) {
    const cont = chosen[b - 1] % 2 === 1 ? chosen[b - 1] + 1 : chosen[b - 1];
    if (cont !== chosen[b]) margin = Math.min(margin, scores[b * 9 + chosen[b]] - scores[b * 9 + cont]);
  }
  const tagger = new Float64Array(4);
  if (counted === 0) {
    tagger.fill(0.25);
    return { tagger, margin: 0 };
  }
  let max = -Infinity;
  for (let k = 0; k < 4; k++) max = Math.max(max, mean[k] / scale);
  let sum = 0;
  for (let k = 0; k < 4; k++) sum += tagger[k] = Math.exp((mean[k] / scale - max) / TYPE_WEIGHTS.temperature);
  for (let k = 0; k < 4; k++) tagger[k] /= sum;
  return { tagger, margin: margin === Infinity ? 0 : margin / scale };
}

function addVote(votes: Float64Array, cues: string[], k: number, weight: number, cue: string): void {
  votes[k] += weight;
  cues.push(cue);
}

/**
 * Rule votes for the name words [start, end) of a sentence (its word infos): words of the
 * name itself (corporate suffix, institution word, newspaper title, place word, a known
 * organisation or place), then its context (title before it, "X's chief executive", "a
 * spokesman for X", "shares in X", "analysts X", "X reported profits", "X merged", ", who").
 */
export function ruleVotes(infos: readonly WordInfo[], start: number, end: number): { votes: Float64Array; cues: string[] } {
  const votes = new Float64Array(4);
  const cues: string[] = [];
  const from = 0;
  const to = infos.length;
  const n = end - start;
  const first = infos[start].norm;
  const last = infos[end - 1].norm;
  const givenFirst = n >= 2 && GIVEN_NAMES.has(first);
  let whole = first;
  for (let i = start + 1; i < end; i++) whole += ' ' + infos[i].norm;

  // The name's own words.
  if (n >= 2 && CORPORATE_SUFFIXES.has(last) && !COMPASS.has(first)) addVote(votes, cues, ORG, TYPE_WEIGHTS.name, 'suffix');
  else if (n >= 2 && PLACE_HEAD_WORDS.has(last) && !givenFirst) addVote(votes, cues, LOC, TYPE_WEIGHTS.name - 1, 'place-word');
  else {
    let head = false;
    for (let i = start; i < end && !head; i++) head = ORG_HEAD_WORDS.has(infos[i].norm) && (n >= 2 || i > start) && !(givenFirst && n === 2);
    if (head) addVote(votes, cues, ORG, TYPE_WEIGHTS.name, 'org-word');
    else if (MEDIA_WORDS.has(last) && ((n >= 2 && !givenFirst && (infos[start].gazetteer & 2) === 0) || (n === 1 && start > from && infos[start - 1].norm === 'the'))) addVote(votes, cues, ORG, TYPE_WEIGHTS.name, 'newspaper');
  }
  // "the Knicks", "the Pistons": a plural name after "the" is a team or a group, not a person.
  if (n === 1 && start > from && infos[start - 1].norm === 'the' && last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && (infos[start].gazetteer & 3) === 0 && infos[start].caseClass === 1) {
    addVote(votes, cues, ORG, TYPE_WEIGHTS.context, 'the-plural');
  }
  if (KNOWN_ORGS.has(whole)) addVote(votes, cues, ORG, TYPE_WEIGHTS.known, 'known-org');
  else if (PLACE_NAMES.has(whole)) {
    // A known place is not a person; whether it is the place or its team or government
    // ("Chicago beat Boston") stays the tagger's call.
    addVote(votes, cues, LOC, TYPE_WEIGHTS.context, 'known-place');
    votes[ORG] += TYPE_WEIGHTS.context;
  }

  // Before the name.
  if (start > from) {
    const before = infos[start - 1].norm;
    if (HONORIFICS.has(before)) addVote(votes, cues, PER, TYPE_WEIGHTS.title, 'honorific');
    else if (ORG_APPOSITION_NOUNS.has(before) && !givenFirst) addVote(votes, cues, ORG, TYPE_WEIGHTS.context, 'org-apposition');
    else {
      // "a spokesman for X", "chief executive of the X", "shares in X", "analyst at X".
      let j = start - 1;
      if (j > from && (before === 'the')) j--;
      const prep = infos[j].norm;
      if ((prep === 'of' || prep === 'for' || prep === 'at' || prep === 'in') && j > from && ORG_OF_NOUNS.has(infos[j - 1].norm)) {
        if (prep !== 'in' || infos[j - 1].norm === 'shares' || infos[j - 1].norm === 'stake') addVote(votes, cues, ORG, TYPE_WEIGHTS.context, 'org-of');
      }
    }
  }
  // After the name.
  if (end < to) {
    const after = infos[end].norm;
    if (POSSESSIVE.has(after) && end + 1 < to) {
      const noun = infos[end + 1].norm;
      const noun2 = end + 2 < to ? infos[end + 2].norm : '';
      if (ORG_POSSESSED_NOUNS.has(noun) || ORG_POSSESSED_NOUNS.has(noun2) && (noun === 'chief' || noun === 'new' || noun === 'former' || noun === 'biggest' || noun === 'largest')) addVote(votes, cues, ORG, TYPE_WEIGHTS.context, 'org-possessed');
    } else if (LEADER_NOUNS.has(after) && n <= 2 && !PLACE_NAMES.has(whole)) {
      // "the Obama administration", "the Bush era": a leader's name before what they lead.
      addVote(votes, cues, PER, TYPE_WEIGHTS.context, 'leader-of');
    } else if (WORK_NOUNS.has(after)) {
      // "the Minute Fix newsletter", "the Daily Drive podcast": a named product, not a person.
      addVote(votes, cues, MISC, TYPE_WEIGHTS.name, 'work-noun');
    } else if (after === ',' && end + 1 < to) {
      const next = infos[end + 1].norm;
      if (next === 'who' || next === 'whose') addVote(votes, cues, PER, TYPE_WEIGHTS.context, 'who');
      else if (next === 'which') {
        addVote(votes, cues, ORG, TYPE_WEIGHTS.context / 2, 'which');
        votes[LOC] += TYPE_WEIGHTS.context / 4;
      }
    } else {
      let j = end;
      while (j < to && j < end + 3 && SKIP_AFTER.has(infos[j].norm)) j++;
      if (j < to) {
        const verb = infos[j].norm;
        if (ORG_VERBS.has(verb)) addVote(votes, cues, ORG, TYPE_WEIGHTS.context, 'org-verb');
        else if (ORG_REPORT_VERBS.has(verb) || verb === 'filed' || verb === 'files' || verb === 'filing') {
          for (let k = j + 1; k < to && k <= j + 5; k++) {
            const w = infos[k].norm;
            if (ORG_REPORT_OBJECTS.has(w) || (verb.startsWith('fil') && w === 'bankruptcy')) {
              addVote(votes, cues, ORG, TYPE_WEIGHTS.context, 'org-report');
              break;
            }
          }
        }
      }
    }
  }
  if (givenFirst && votes[ORG] === 0) addVote(votes, cues, PER, 1, 'given-name');
  return { votes, cues };
}

/** Evidence of a mention found by a rule alone (institution, group word): that class, firmly. */
export function ruleOnlyEvidence(k: number): TypeEvidence {
  const tagger = new Float64Array(4);
  tagger[k] = 1;
  const votes = new Float64Array(4);
  votes[k] = TYPE_WEIGHTS.name;
  return { tagger, margin: 10, votes, cues: [] };
}

/** Sum of evidence of several mentions (tagger probabilities count 1 a mention; votes add). */
export function sumEvidence(list: readonly TypeEvidence[], extra?: Float64Array): Float64Array {
  const total = new Float64Array(4);
  for (const e of list) for (let k = 0; k < 4; k++) total[k] += e.tagger[k] + e.votes[k];
  if (extra) for (let k = 0; k < 4; k++) total[k] += extra[k];
  return total;
}

/** The class with the most evidence and its share of all evidence. */
export function decideClass(total: Float64Array): { k: number; share: number } {
  let k = 0;
  let sum = 0;
  for (let c = 0; c < 4; c++) {
    sum += total[c];
    if (total[c] > total[k]) k = c;
  }
  return { k, share: sum > 0 ? total[k] / sum : 0.25 };
}
