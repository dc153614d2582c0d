/**
 * Hedges: words and phrases that weaken or distance an assertion. Each entry's
 * rule id is `hedge/<entry>` (spaces as hyphens), so a reader sees which entry fired.
 * Matching is case-insensitive except where `caseSensitive` (the modal "may", not the month).
 */
export interface HedgeEntry {
  /** A regular-expression fragment (no capture groups). */
  pattern: string;
  rule: string;
  caseSensitive?: boolean;
}

const entry = (pattern: string, name: string, caseSensitive = false): HedgeEntry => ({ pattern, rule: `hedge/${name}`, caseSensitive });

export const HEDGE_LEXICON: readonly HedgeEntry[] = [
  entry('reportedly', 'reportedly'),
  entry('allegedly', 'allegedly'),
  entry('alleged', 'alleged'),
  entry('purportedly', 'purportedly'),
  entry('supposedly', 'supposedly'),
  entry('apparently', 'apparently'),
  entry('seemingly', 'seemingly'),
  entry('ostensibly', 'ostensibly'),
  entry('so[- ]called', 'so-called'),
  entry('(?:appears?|appeared|seems?|seemed) to', 'appears-to'),
  entry('(?:is|are|was|were) (?:said|believed|thought|understood|rumou?red) to', 'is-said-to'),
  // Impersonal and epistemic frames: hedges, not sources (the attribution stage drops them as attributions).
  entry('(?:it|there) (?:now )?(?:seems|seemed|appears|appeared|emerges|emerged)(?: that)?', 'it-seems'),
  entry('(?:it is|it’s|it\'s|it was) (?:thought|believed|understood|said|reported|rumou?red|feared|expected)(?: that)?', 'it-is-thought'),
  entry('(?:is|are|was|were) (?:reported|expected|alleged|known|supposed) to', 'is-reported-to'),
  entry('(?:sources?|officials|insiders) (?:say|said|claim|claimed|suggest|suggested)', 'sources-say'),
  entry('according to (?:sources|reports|insiders|people familiar)', 'according-to-sources'),
  entry('unconfirmed', 'unconfirmed'),
  entry('unverified', 'unverified'),
  entry('hint(?:s|ed|ing)?', 'hint'),
  entry('(?:most |more )?likely', 'likely'),
  entry('unlikely', 'unlikely'),
  entry('possibly', 'possibly'),
  entry('probably', 'probably'),
  entry('perhaps', 'perhaps'),
  entry('maybe', 'maybe'),
  entry('presumably', 'presumably'),
  entry('rumou?r(?:s|ed)?', 'rumour'),
  entry('speculat(?:e|es|ed|ion)', 'speculation'),
  entry('may', 'may', true),
  entry('May(?= (?:be|have|not|also|well)\\b)', 'may', true),
  entry('might', 'might'),
  entry('could', 'could'),
  entry('suggest(?:s|ed|ing)?', 'suggest'),
  entry('(?:it is|it’s|it\'s) (?:possible|unclear|not clear) that', 'it-is-possible'),
  entry('(?:some|many) (?:say|believe|argue|claim)', 'some-say'),
];
