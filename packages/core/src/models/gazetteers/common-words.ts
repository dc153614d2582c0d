import type { ModelData, ModelSpec } from '../store.js';

/** The model package's `common-words`: words written space-separated, lower-cased, sorted. */
interface CommonWordsFile {
  words: string;
}

/**
 * Words news copy writes in lower case (at least 5 times, and in at least 90% of their occurrences
 * away from a sentence's start): a one-word name that is only one of these ("Money", "Evening") is
 * most often a capitalised ordinary word in a headline or a title, not an entity. Counted on PolNeAR
 * train's article texts by `npm run train -- common-words`; shipped in the model package.
 */
export const COMMON_WORDS_MODEL: ModelSpec<ReadonlySet<string>> = {
  name: 'common-words',
  decode: (data: ModelData) => new Set((data as unknown as CommonWordsFile).words.split(' ')),
};
