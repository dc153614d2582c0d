import { tokenize } from '../../text/tokens.js';
import { hashWord } from '../../models/classifier/hash.js';
import type { ModelData, ModelSpec } from '../../models/store.js';
import { normalizeToken, PhraseMatcher } from './phrase-matcher.js';
import { labelSlug, type TechniqueLabel } from './labels.js';
import { TechniqueTagger, type TaggerFile } from './tagger.js';
import { CURATED_ENTRIES } from './curated.js';

/** What a lexicon hit marks, and the `rule` it reports. */
export interface LexiconEntry {
  label: TechniqueLabel;
  rule: string;
  attach?: 'next' | 'prev' | 'both';
  /** Mark the whole sentence that holds the phrase (clause-length techniques such as Doubt). */
  wholeSentence?: boolean;
}

/**
 * The learned lexicon (the model package's techniques-lexicon.json), written by `npm run train -- techniques`: rows of
 * `[phrase, label, train precision, train count, attach ('' | 'next' | 'prev' | 'both')]`,
 * and per label whether a hit marks the phrase or its whole sentence.
 */
export interface LearnedFile {
  about: string;
  spans?: Record<string, 'phrase' | 'sentence'>;
  entries: Array<[string, TechniqueLabel, number, number, string?]>;
}

export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => normalizeToken(t.text));
}

let curatedMatcher: PhraseMatcher<LexiconEntry> | undefined;

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

/** Compiles a learned lexicon file. */
export function learnedLexicon(file: LearnedFile): PhraseMatcher<LexiconEntry> {
  return PhraseMatcher.lazy(
    file.entries,
    ([phrase]) => {
      const space = phrase.indexOf(' ');
      return space < 0 ? phrase : phrase.slice(0, space);
    },
    ([phrase, label, precision, count, attach]) => ({
      tokens: phrase.split(' '),
      entry: {
        label,
        rule: `lexicon:${labelSlug(label)}/${phrase} (learned: train precision ${precision} over ${count})`,
        ...(attach ? { attach: attach as LexiconEntry['attach'] } : {}),
        ...(file.spans?.[label] === 'sentence' ? { wholeSentence: true } : {}),
      },
    }),
  );
}

/** The phrases learned from the PTC train portion (compiled on load). */
export const TECHNIQUE_LEXICON_MODEL: ModelSpec<PhraseMatcher<LexiconEntry>> = {
  name: 'techniques-lexicon',
  decode: (data: ModelData) => learnedLexicon(data as unknown as LearnedFile),
};

/** The token and sentence networks (the model package's techniques-tagger). */
export const TECHNIQUE_TAGGER_MODEL: ModelSpec<TechniqueTagger> = {
  name: 'techniques-tagger',
  decode: (data: ModelData) => new TechniqueTagger(data as unknown as TaggerFile, hashWord),
};
