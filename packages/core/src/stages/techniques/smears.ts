import type { Token } from '../../context.js';
import { tokenAt } from '../attribution/found.js';
import type { Article } from '../../model/types.js';
import { insultAdjectives, insultNouns, smearLoaded } from './curated.js';
import type { Mark } from './index.js';
import { ruleMark } from './labels.js';
import { normalizeToken } from './phrase-matcher.js';

/*
 * Name-calling attached to a named person or organisation (issue #12): a label the author
 * pins on an entity mention (PERSON, ORG, NORP or untyped OTHER), read from the entities stage.
 *   rule:name-calling/label-before-name   "crooked Hillary", "the Israel-hating senator Smith"
 *   rule:name-calling/name-then-label     "the Smith regime", "the Smith cronies"
 *   rule:name-calling/name-is-label       "Smith is a liar", "Smith, a corrupt hack,"
 *   rule:name-calling/possessive-label    "Smith’s two-faced behaviour", "Smith’s partner in crime"
 * The words are the curated insult and smear lists (models/techniques/curated.ts) and any
 * "<x>-hating" compound. One pass over the mentions, a few token look-ups each.
 */

let adjectives: Set<string> | undefined;
let nouns: Set<string> | undefined;
let smears: Set<string> | undefined;

function isInsultAdjective(w: string): boolean {
  adjectives ??= new Set(insultAdjectives);
  return adjectives.has(w) || (w.endsWith('-hating') && w.length > 7);
}

function isInsultNoun(w: string): boolean {
  nouns ??= new Set(insultNouns.filter((n) => !n.includes(' ')));
  return nouns.has(w);
}

function isSmearWord(w: string): boolean {
  smears ??= new Set([...smearLoaded, ...insultAdjectives].filter((n) => !n.includes(' ')));
  return smears.has(w) || isInsultAdjective(w) || isInsultNoun(w);
}

const ARTICLE = new Set(['a', 'an', 'the', 'this', 'that']);
const BE = new Set(['is', 'was', "'s", 'remains', 'became', 'becomes']);

export function smearMarks(article: Article, tokens: readonly Token[], skipSentence: (offset: number) => boolean, out: Mark[]): void {
  const norm = (i: number) => (i >= 0 && i < tokens.length ? normalizeToken(tokens[i].text) : '');
  for (const e of article.entities) {
    // People and organisations, and groups or names the entity stage could not type ("Obama" as OTHER).
    if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'NORP' && e.type !== 'OTHER') continue;
    for (const m of e.mentions) {
      const c = m.text.charCodeAt(0);
      if (!(c >= 65 && c <= 90) || skipSentence(m.start)) continue;
      const first = tokenAt(tokens, m.start);
      let last = tokenAt(tokens, m.end) - 1;
      if (first >= tokens.length || last < first) continue;
      // label before the name: "crooked Hillary", "the Israel-hating Obama"
      if (isInsultAdjective(norm(first - 1))) {
        out.push(ruleMark('Name_Calling-Labeling', tokens[first - 1].start, m.end, `rule:name-calling/label-before-name (${norm(first - 1)})`));
      }
      // a label right after the name: "the Obama regime", "the Clinton cronies"
      const after = norm(last + 1);
      if (after === 'regime' || isInsultNoun(after)) {
        out.push(ruleMark('Name_Calling-Labeling', m.start, tokens[last + 1].end, `rule:name-calling/name-then-label (${after})`));
      }
      // the name is a label: "X is a liar", "X, a corrupt hack,"
      let k = last + 1;
      if (BE.has(norm(k)) || norm(k) === ',') {
        k++;
        if (norm(k) === 'just' || norm(k) === 'nothing' || norm(k) === 'but') k++;
        if (ARTICLE.has(norm(k))) k++;
        for (let j = k; j < k + 3 && j < tokens.length; j++) {
          const w = norm(j);
          if (isInsultNoun(w)) {
            out.push(ruleMark('Name_Calling-Labeling', m.start, tokens[j].end, `rule:name-calling/name-is-label (${w})`));
            break;
          }
          if (!/^[\p{L}-]+$/u.test(w)) break;
        }
      }
      // possessive: "Obama’s two-faced behaviour", "Obama’s partner in crime"
      last = tokenAt(tokens, m.end);
      if (norm(last) === "'s" || (norm(last) === "'" && norm(last + 1) === 's')) {
        const j = norm(last) === "'s" ? last + 1 : last + 2;
        const w = norm(j);
        const two = `${w} ${norm(j + 1)} ${norm(j + 2)}`;
        if (isSmearWord(w) || two === 'partner in crime' || two === 'partners in crime') {
          const end = two.startsWith('partner') ? j + 2 : isInsultAdjective(w) && /^\p{L}+$/u.test(norm(j + 1)) ? j + 1 : j;
          out.push(ruleMark('Name_Calling-Labeling', m.start, tokens[end].end, `rule:name-calling/possessive-label (${w})`));
        }
      }
    }
  }
}

/**
 * Repetition for effect across sentences (rule:repetition/anaphora): the same sentence said
 * twice in a row ("I’m a leader. I’m a leader.") or three or more sentences in a row opening
 * with the same three words. The repeated opening (or sentence) of every use after the first
 * is marked. One pass over the sentences.
 */
export function anaphoraMarks(
  sentences: ReadonlyArray<{ start: number; end: number; text: string }>,
  skip: readonly boolean[],
  out: Mark[],
): void {
  const opening = (t: string) => {
    // The first three words (of a sentence of four or more), from its first 80 characters.
    const words = t.slice(0, 80).toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu);
    return words && words.length >= 4 ? words.slice(0, 3).join(' ') : '';
  };
  const span = (s: { start: number; text: string }, n: number) => {
    // the first n words of the sentence
    const re = /[\p{L}\p{N}'’]+/gu;
    let end = s.start;
    for (let k = 0; k < n; k++) {
      const m = re.exec(s.text);
      if (!m) break;
      end = s.start + m.index + m[0].length;
    }
    return end;
  };
  // A cheap key first (the first 16 characters, lower case); the three-word opening only when two keys agree.
  const key = (t: string) => t.slice(0, 16).toLowerCase();
  let runStart = 0;
  let runKey = sentences.length ? key(sentences[0].text) : '';
  let runOpening: string | undefined;
  for (let i = 1; i <= sentences.length; i++) {
    const prev = sentences[i - 1];
    const cur = sentences[i];
    if (cur && !skip[i] && !skip[i - 1] && cur.end - cur.start === prev.end - prev.start && cur.text === prev.text && /\p{L}/u.test(cur.text)) {
      out.push(ruleMark('Repetition', cur.start, cur.end, 'rule:repetition/sentence-again'));
    }
    const k = cur && !skip[i] ? key(cur.text) : '';
    let same = k !== '' && k.slice(0, 4) === runKey.slice(0, 4);
    if (same) {
      runOpening ??= opening(sentences[runStart].text);
      same = runOpening !== '' && opening(cur.text) === runOpening;
    }
    if (!same) {
      if (i - runStart >= 3) for (let j = runStart + 1; j < i; j++) out.push(ruleMark('Repetition', sentences[j].start, span(sentences[j], 3), 'rule:repetition/anaphora'));
      runStart = i;
      runKey = k;
      runOpening = undefined;
    }
  }
}
