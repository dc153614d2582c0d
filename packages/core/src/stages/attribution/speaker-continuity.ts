import type { Article, Attribution } from '../../model/types.js';
import { genderOfName } from '../coreference/pronouns.js';
import { isSpeechVerb } from './lexicon.js';

const HE_SHE = /^(?:he|she)$/i;
/** A subordinate clause set off by a comma, before a mention in its sentence ("…of 1996, when Chairman Bill Gates ordered"). */
const SUBORDINATE_BEFORE = /,\s*(?:when|while|where|whereas|after|before|because|since|although|though|until|as|if)\s[^,;:]*$/i;

/** How far before a mention its clause is searched for a subordinator (bounded work on any sentence). */
const CLAUSE_REACH = 200;

/** The last item of `list` (sorted by `key`) whose key is at most `offset`, by binary search; undefined if none. */
function lastBefore<T>(list: readonly T[], offset: number, key: (item: T) => number): T | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/**
 * "Ballmer told me … It's reminiscent of 1996, when Chairman Bill Gates ordered … In our conversation, he made it
 * clear": a he or she that coreference gave to someone named last in a subordinate clause, who has not spoken,
 * while another person of a compatible gender spoke last, could be either: the speaker is not settled, so the
 * source stays unresolved (right or silent).
 */
export function unsettlePronounSpeakers(article: Article, built: Array<Omit<Attribution, 'id'>>): void {
  const { text } = article;
  const people = new Map(article.entities.filter((e) => e.type === 'PERSON').map((e) => [e.id, e]));
  const spoken = new Set<string>();
  let last: string | null = null;
  for (const a of built) {
    const entity = a.source?.entity ?? null;
    if (!entity || !a.source) continue;
    const word = a.source.text.trim();
    const person = people.get(entity);
    if (HE_SHE.test(word) && person && last && last !== entity && !spoken.has(entity)) {
      const gender = genderOfName(people.get(last)?.name ?? '');
      const compatible = gender === 'unknown' || gender === (/^he$/i.test(word) ? 'male' : 'female');
      const before = lastBefore(person.mentions, a.source.start, (m) => m.end);
      const sentence = before && lastBefore(article.sentences, before.start + 1, (x) => x.start);
      if (compatible && before && sentence && SUBORDINATE_BEFORE.test(text.slice(Math.max(sentence.start, before.start - CLAUSE_REACH), before.start))) {
        a.source = { ...a.source, entity: null };
        a.sourceResolution = 'unresolved';
        a.sourceKind = 'unnamed';
        continue;
      }
    }
    // Only speech makes a speaker: "Bill Gates ordered the company to …" does not.
    if (!a.direct && !(a.cue && isSpeechVerb(a.cue.text.toLowerCase()))) continue;
    spoken.add(entity);
    if (people.has(entity)) last = entity;
  }
}
