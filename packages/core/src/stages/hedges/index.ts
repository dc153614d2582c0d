import type { Stage } from '../../context.js';
import { spanOf } from '../../model/span.js';
import type { Hedge } from '../../model/types.js';
import { hedgeConfidence } from './confidence.js';
import { HEDGE_LEXICON } from './lexicon.js';

/*
 * Two compiled alternations (case-insensitive and case-sensitive entries), each
 * with one capturing group per entry, so a single pass finds every hedge and which
 * entry it was (the first entry whose group took part). Built on first use.
 */
let matchers: Array<{ regex: RegExp; rules: string[]; groups: Int32Array }> | undefined;

/** How many capturing groups a pattern holds of its own. */
function captureCount(pattern: string): number {
  return new RegExp(`${pattern}|`, 'u').exec('')!.length - 1;
}

function compile(): Array<{ regex: RegExp; rules: string[]; groups: Int32Array }> {
  return [false, true].map((caseSensitive) => {
    const entries = HEDGE_LEXICON.filter((e) => Boolean(e.caseSensitive) === caseSensitive);
    const body = entries.map((e) => `(${e.pattern})`).join('|');
    // Entry i's group number: one past the groups of the entries before it (theirs and their own).
    const groups = new Int32Array(entries.length);
    let next = 1;
    entries.forEach((e, i) => {
      groups[i] = next;
      next += 1 + captureCount(e.pattern);
    });
    return { regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}-])`, caseSensitive ? 'gu' : 'giu'), rules: entries.map((e) => e.rule), groups };
  });
}

/** Every hedge in `text`, in text order. */
export function findHedges(text: string): Hedge[] {
  matchers ??= compile();
  const hedges: Hedge[] = [];
  for (const { regex, rules, groups } of matchers) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      let rule = 'hedge/?';
      for (let i = 0; i < rules.length; i++) {
        if (m[groups[i]] !== undefined) {
          rule = rules[i];
          break;
        }
      }
      const end = m.index + m[0].length;
      hedges.push({ ...spanOf(text, m.index, end), rule, confidence: hedgeConfidence(rule, text, m.index, end) });
    }
  }
  return hedges.sort((a, b) => a.start - b.start);
}

/** Stage `hedges`: hedging words and phrases (reportedly, may, allegedly, so-called), outside boilerplate. */
export function hedgesStage(): Stage {
  return {
    id: 'hedges',
    description: 'hedging words and phrases (reportedly, may, allegedly, so-called)',
    requires: ['paragraphs'],
    uses: ['paragraph-kinds'],
    provides: ['hedges'],
    run(article) {
      const boilerplate = article.paragraphs.filter((p) => p.kind === 'boilerplate');
      // Hedges and paragraphs are both in text order (paragraphs never overlap): one pass, not
      // hedges x paragraphs (issue #14: quadratic on many short boilerplate lines).
      let b = 0;
      article.hedges = findHedges(article.text).filter((h) => {
        while (b < boilerplate.length && boilerplate[b].end <= h.start) b++;
        const p = boilerplate[b];
        return !(p && h.start >= p.start && h.end <= p.end);
      });
    },
  };
}
