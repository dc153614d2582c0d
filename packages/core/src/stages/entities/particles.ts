import type { Token } from '../../context.js';
import type { NerClass } from '../../models/ner/tags.js';

/**
 * Lower-case particles inside personal names ("Ursula von der Leyen", "Vincent van Gogh",
 * "Mohammed bin Salman"). The tagger, trained on 1996 Reuters text, often splits a name at
 * them; these tell where a name goes on.
 */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y']);

/** A surname that opens with a particle and a hyphen ("al-Abadi", "bin-Laden"). */
const HYPHEN_PARTICLE = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|ben|bou|bint)-\p{Lu}/u;

function startsUpperLetter(text: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(text);
}

/**
 * Joins person chunks across name particles, in place: "Ursula" + "von der" + "Leyen"
 * (two chunks, or one chunk and an untagged capitalised word) become one PER chunk.
 * `from` is the sentence's first token; chunk offsets are relative to it. Returns the
 * indices of the chunks that were extended.
 */
export function joinNameParticles(tokens: readonly Token[], from: number, to: number, found: Array<[number, number, NerClass, number?]>): Set<number> {
  const extended = new Set<number>();
  for (let c = 0; c < found.length; c++) {
    if (found[c][2] !== 'PER') continue;
    let end = found[c][1];
    // "Haider al-Abadi", "Osama bin-Laden": a particle joined to the surname by a hyphen.
    if (from + end < to && HYPHEN_PARTICLE.test(tokens[from + end].text) && !(found[c + 1] && found[c + 1][0] === end)) {
      found[c] = [found[c][0], end + 1, 'PER'];
      extended.add(c);
      continue;
    }
    let k = end;
    while (from + k < to && NAME_PARTICLES.has(tokens[from + k].text)) k++;
    if (k === end || from + k >= to || !startsUpperLetter(tokens[from + k].text)) continue;
    const next = found[c + 1];
    if (next && next[0] === k && (next[2] === 'PER' || next[2] === 'LOC' || next[2] === 'ORG')) {
      end = next[1];
      found.splice(c + 1, 1);
    } else if (!next || next[0] > k) {
      end = k + 1;
    } else continue;
    found[c] = [found[c][0], end, 'PER'];
    extended.add(c);
  }
  return extended;
}
