import type { Stage } from '../../context.js';
import { spanOf } from '../../model/span.js';
import type { Hedge } from '../../model/types.js';
import { HEDGE_LEXICON } from './lexicon.js';

/*
 * Two compiled alternations (case-insensitive and case-sensitive entries), each
 * with one named group per entry, so a single pass finds every hedge and which
 * entry it was. Built on first use.
 */
let matchers: Array<{ regex: RegExp; rules: string[] }> | undefined;

function compile(): Array<{ regex: RegExp; rules: string[] }> {
  return [false, true].map((caseSensitive) => {
    const entries = HEDGE_LEXICON.filter((e) => Boolean(e.caseSensitive) === caseSensitive);
    const body = entries.map((e, i) => `(?<h${i}>${e.pattern})`).join('|');
    return { regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}-])`, caseSensitive ? 'gu' : 'giu'), rules: entries.map((e) => e.rule) };
  });
}

/** Every hedge in `text`, in text order. */
export function findHedges(text: string): Hedge[] {
  matchers ??= compile();
  const hedges: Hedge[] = [];
  for (const { regex, rules } of matchers) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const groups = m.groups ?? {};
      let rule = 'hedge/?';
      for (let i = 0; i < rules.length; i++) {
        if (groups[`h${i}`] !== undefined) {
          rule = rules[i];
          break;
        }
      }
      hedges.push({ ...spanOf(text, m.index, m.index + m[0].length), rule });
    }
  }
  return hedges.sort((a, b) => a.start - b.start);
}

/** Stage `hedges`: hedging words and phrases (reportedly, may, allegedly, so-called), outside boilerplate. */
export function hedgesStage(): Stage {
  return {
    id: 'hedges',
    description: 'hedging words and phrases (reportedly, may, allegedly, so-called)',
    run(article) {
      const boilerplate = article.paragraphs.filter((p) => p.kind === 'boilerplate');
      article.hedges = findHedges(article.text).filter((h) => !boilerplate.some((p) => h.start >= p.start && h.end <= p.end));
    },
  };
}
