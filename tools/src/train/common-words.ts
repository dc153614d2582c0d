/**
 * `npm run train -- common-words --data <shared/data> [--dry-run]`: the words news copy writes in lower
 * case (the model package's common-words: packages/model-en/models/common-words.json). A word is common when it occurs at least
 * MIN_COUNT times in lower case and at least SHARE of its occurrences away from a sentence's start are in
 * lower case. Counted on PolNeAR train's article texts only, so CoNLL, GUM and the real articles that judge
 * the entity finder stay out of it. The list is sorted: every run writes the same bytes.
 */
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { readPolnear } from '../lib/polnear-read.js';
import { writeModel } from '../lib/model-files.js';
import { COMMON_WORDS_FORMAT } from '../lib/model-formats.js';

export const summary = 'list the words news copy writes in lower case (PolNeAR train), for the entity filter of capitalised ordinary words';

const MIN_COUNT = 5;
const SHARE = 0.9;
const OPENING = /^[“"‘'(\[]+|[”"’'),.;:!?\]]+$/g;
const ENDS_SENTENCE = /[.!?:]["”’)]?$/;

/** Lower-case and mid-sentence capitalised counts of each lower-cased word in `texts`. */
export function caseCounts(texts: Iterable<string>): { lower: Map<string, number>; capitalised: Map<string, number> } {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      let opening = true;
      for (const raw of line.split(/\s+/)) {
        if (!raw) continue;
        const word = raw.replace(OPENING, '');
        if (/^\p{Ll}[\p{Ll}-]*$/u.test(word)) lower.set(word, (lower.get(word) ?? 0) + 1);
        else if (!opening && /^\p{Lu}[\p{L}-]*$/u.test(word)) {
          const key = word.toLowerCase();
          capitalised.set(key, (capitalised.get(key) ?? 0) + 1);
        }
        opening = ENDS_SENTENCE.test(raw);
      }
    }
  }
  return { lower, capitalised };
}

/** The common words of `texts`, sorted. */
export function commonWords(texts: Iterable<string>, minCount = MIN_COUNT, share = SHARE): string[] {
  const { lower, capitalised } = caseCounts(texts);
  const out: string[] = [];
  for (const [word, n] of lower) if (n >= minCount && n / (n + (capitalised.get(word) ?? 0)) >= share) out.push(word);
  return out.sort();
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'polnear/data');
  const words = commonWords(readPolnear(data, 'train').map((a) => a.text));
  console.log(`common words: ${words.length} from PolNeAR train`);
  if (args.options.has('dry-run')) return;
  const trainedOn = `PolNeAR train article texts: words written in lower case at least ${MIN_COUNT} times and in at least ${SHARE * 100}% of their occurrences away from a sentence's start`;
  const files = writeModel('common-words', { words: words.join(' ') }, { version: 'common-words@1', format: COMMON_WORDS_FORMAT, trainedOn });
  console.log(`wrote ${files.join(', ')}`);
}
