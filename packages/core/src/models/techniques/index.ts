import { tokenize } from '../../text/tokens.js';
import { normalizeToken, PhraseMatcher } from '../../stages/techniques/phrase-matcher.js';
import type { TechniqueLabel } from '../../stages/techniques/labels.js';
import { hashWord } from '../classifier/hash.js';
import { TechniqueTagger, type TaggerFile } from '../../stages/techniques/tagger.js';
import { CURATED_ENTRIES } from './curated.js';
import learned from './learned.json';
import tagger from './tagger.json';

/** What a lexicon hit marks, and the `rule` it reports. */
export interface LexiconEntry {
  label: TechniqueLabel;
  rule: string;
  attach?: 'next' | 'prev' | 'both';
  /** Mark the whole sentence that holds the phrase (clause-length techniques such as Doubt). */
  wholeSentence?: boolean;
}

/**
 * learned.json, written by `npm run train -- techniques`: rows of
 * `[phrase, label, train precision, train count, attach ('' | 'next' | 'prev' | 'both')]`,
 * and per label whether a hit marks the phrase or its whole sentence.
 */
interface LearnedFile {
  about: string;
  spans?: Record<string, 'phrase' | 'sentence'>;
  entries: Array<[string, TechniqueLabel, number, number, string?]>;
}

export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => normalizeToken(t.text));
}

export const LABEL_SLUGS: Readonly<Record<string, string>> = {
  Loaded_Language: 'loaded',
  'Name_Calling-Labeling': 'name-calling',
  Repetition: 'repetition',
  'Exaggeration-Minimisation': 'exaggeration',
  Doubt: 'doubt',
  'Appeal_to_Fear-Prejudice': 'fear',
  Flag_Waving: 'flag-waving',
  Causal_Oversimplification: 'causal',
  Slogans: 'slogan',
  Appeal_to_Authority: 'authority',
  'False_Dilemma-No_Choice': 'false-dilemma',
  Conversation_Killer: 'conversation-killer',
  Whataboutism: 'whataboutism',
  Appeal_to_Popularity: 'popularity',
};

let curatedMatcher: PhraseMatcher<LexiconEntry> | undefined;
let learnedMatcher: PhraseMatcher<LexiconEntry> | undefined;

/** The hand-written phrases, compiled on first use. */
export function curatedLexicon(): PhraseMatcher<LexiconEntry> {
  curatedMatcher ??= new PhraseMatcher(
    CURATED_ENTRIES.map((e) => ({
      tokens: phraseTokens(e.phrase),
      entry: { label: e.label, rule: `lexicon:${e.slug}/${e.phrase}`, ...(e.attach ? { attach: e.attach } : {}) },
    })),
  );
  return curatedMatcher;
}

/** The phrases learned from the PTC train portion, compiled on first use. */
export function learnedLexicon(): PhraseMatcher<LexiconEntry> {
  const file = learned as unknown as LearnedFile;
  learnedMatcher ??= new PhraseMatcher(
    file.entries.map(([phrase, label, precision, count, attach]) => ({
      tokens: phrase.split(' '),
      entry: {
        label,
        rule: `lexicon:${LABEL_SLUGS[label] ?? label}/${phrase} (learned: train precision ${precision} over ${count})`,
        ...(attach ? { attach: attach as LexiconEntry['attach'] } : {}),
        ...(file.spans?.[label] === 'sentence' ? { wholeSentence: true } : {}),
      },
    })),
  );
  return learnedMatcher;
}


let taggerInstance: TechniqueTagger | undefined;

/** The token and sentence networks (`tagger.json`), decoded on first use. */
export function techniqueTagger(): TechniqueTagger {
  taggerInstance ??= new TechniqueTagger(tagger as unknown as TaggerFile, hashWord);
  return taggerInstance;
}
