/**
 * `npm run train -- common-words --data <shared/data> [--dry-run]`: the words news copy writes in lower
 * case (packages/core/src/models/gazetteers/common-words.ts). A word is common when it occurs at least
 * MIN_COUNT times in lower case and at least SHARE of its occurrences away from a sentence's start are in
 * lower case. Counted on PolNeAR train's article texts only, so CoNLL, GUM and the real articles that judge
 * the entity finder stay out of it. The list is sorted: every run writes the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { readPolnear } from '../lib/polnear-read.js';

export const summary = 'list the words news copy writes in lower case (PolNeAR train), for the entity filter of capitalised ordinary words';

const TARGET = resolve(import.meta.dirname, '../../../packages/core/src/models/gazetteers/common-words.ts');
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

export function renderCommonWords(words: readonly string[]): string {
  return `/**
 * Words news copy writes in lower case (at least ${MIN_COUNT} times, and in at least ${SHARE * 100}% of their occurrences away
 * from a sentence's start), lower-cased: a one-word name that is only one of these ("Money", "Evening") is most
 * often a capitalised ordinary word in a headline or a title, not an entity. Counted on PolNeAR train's article
 * texts by \`npm run train -- common-words\`. Generated: do not edit by hand.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  ${JSON.stringify(words.join(' '))}.split(' '),
);
`;
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'polnear/data');
  const words = commonWords(readPolnear(data, 'train').map((a) => a.text));
  console.log(`common words: ${words.length} from PolNeAR train`);
  if (args.options.has('dry-run')) return;
  writeFileSync(TARGET, renderCommonWords(words));
  console.log(`wrote ${TARGET}`);
}
