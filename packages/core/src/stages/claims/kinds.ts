/**
 * Rules that decide a claim's kind from its text: statistics, predictions and
 * opinions. Each returns the rule id that fired, or null.
 */

/** Numbers that make a statistic: percentages, money, large counts, decimals, ratios. */
const STATISTIC =
  /\d+(?:\.\d+)?\s*(?:%|per ?cent\b)|[$€£¥]\s?\d|\d(?:[\d,.]*\d)?\s*(?:million|billion|trillion|bn|m\b)|\b\d{1,3}(?:,\d{3})+\b|\b\d+\.\d+\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of) (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten)\b/iu;

/** Future and forecast markers. */
const PREDICTION =
  /\b(?:will|won[’']t|shall|(?:is|are|was|were) (?:going|expected|set|likely|poised|bound) to|forecasts?|predicts?|projected to)\b|[’']ll\b/iu;

/** "This isn’t peace.", "It’s a prelude.", "That’s choreography.": a pronoun, a copula and a bare judgement. */
const COPULA_JUDGEMENT =
  /^(?:but |and |so )?(?:this|that|it|these|those|they)(?:[’']s| is| was| are| were|[’']re)(?:n[’']t| not)?(?: just| simply| really| merely)? (?!\d)[\p{L}\s,’'-]{2,40}[.!]?$/iu;

/** Evaluative words that mark an opinion. */
const EVALUATIVE =
  /\b(?:i (?:think|believe|feel)|in my (?:view|opinion)|should|must|ought to|disgrace(?:ful)?|shameful|outrageous|ridiculous|absurd|disastrous|terrible|horrible|wonderful|brilliant|pathetic|dangerous(?:ly)?|unsettling|sinister|reckless|betrayal|ultimatums?|choreography|theater|theatre)\b/iu;

/** STATISTIC's one alternative without a digit or currency sign ("one in five"). */
const STATISTIC_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of) (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten)\b/iu;

/** A digit or a currency sign: every other STATISTIC alternative needs one. */
function hasDigitOrCurrency(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) return true;
  }
  return false;
}

export function statisticRule(text: string): string | null {
  return (hasDigitOrCurrency(text) ? STATISTIC : STATISTIC_WORDS).test(text) ? 'claim/statistic' : null;
}

export function predictionRule(text: string): string | null {
  return PREDICTION.test(text) ? 'claim/prediction' : null;
}

export function opinionRule(text: string): string | null {
  if (COPULA_JUDGEMENT.test(text.trim())) return 'claim/opinion-copula';
  if (EVALUATIVE.test(text)) return 'claim/opinion-evaluative';
  return null;
}
