import type { Article, Attribution } from '../../model/types.js';
import { genderOfName } from '../coreference/pronouns.js';
import { isSpeechVerb } from './lexicon.js';

const HE_SHE = /^(?:he|she)$/i;
/** A subordinate clause set off by a comma, before a mention in its sentence ("…of 1996, when Chairman Bill Gates ordered"). */
const SUBORDINATE_BEFORE = /,\s*(?:when|while|where|whereas|after|before|because|since|although|though|until|as|if)\s[^,;:]*$/i;

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
      const before = person.mentions.filter((m) => m.end <= a.source!.start).pop();
      const sentence = before && article.sentences.find((x) => x.start <= before.start && before.start < x.end);
      if (compatible && before && sentence && SUBORDINATE_BEFORE.test(text.slice(sentence.start, before.start))) {
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
