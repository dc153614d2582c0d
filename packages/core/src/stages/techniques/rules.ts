import type { RuleId, SluggedLabel } from './labels.js';

/**
 * Pattern rules run once over the whole article text (a few global regexes, not one
 * per token). `group` picks the part of the match to mark (0 = all of it).
 */
interface PatternRuleOf<L extends SluggedLabel> {
  /** `rule:<slug of label>/<name>`: a slug that is not the label's fails type-checking. */
  id: RuleId<L>;
  label: L;
  pattern: RegExp;
  group?: number;
  /** Widen the mark to the whole sentence that holds the match (for clause-length techniques). */
  wholeSentence?: boolean;
  /** A string every match contains: the rule is skipped when the text lacks it (a cheap test first). */
  needle?: string;
}

export type PatternRule = { [L in SluggedLabel]: PatternRuleOf<L> }[SluggedLabel];

const BE_NOT = String.raw`(?:’s not|'s not|\s+is not|\s+isn’t|\s+isn't|’s no|'s no|\s+is no)`;
const BE = String.raw`(?:’s|'s| is|’re|'re| are)`;

export const PATTERN_RULES: readonly PatternRule[] = [
  {
    // "That’s not diplomacy. That’s choreography." — two options offered as the only two.
    id: 'rule:false-dilemma/not-x-its-y',
    label: 'False_Dilemma-No_Choice',
    pattern: new RegExp(String.raw`\b(?:That|This|It|What)${BE_NOT}\s+[^.!?\n]{1,50}[.!?]\s+(?:That|This|It)${BE}\s+[^.!?\n]{1,50}[.!?]`, 'g'),
  },
  {
    // "These aren’t conditions—they’re ultimatums": the dash turns a denial into the only alternative.
    id: 'rule:false-dilemma/not-x-but-y',
    label: 'False_Dilemma-No_Choice',
    pattern: new RegExp(String.raw`\b(?:aren’t|aren't|isn’t|isn't|are not|is not)\s+[^.!?\n—–]{1,40}?\s*[—–]\s*(?:they|it|this|that)${BE}\s+[^.!?\n]{1,50}`, 'g'),
  },
  {
    id: 'rule:false-dilemma/either-or',
    label: 'False_Dilemma-No_Choice',
    pattern: /\b(?:you|we|they)(?:’re|'re| are)?\s+either\s+[^.!?\n]{1,80}?\bor\s+[^.!?\n]{1,80}/gi,
  },
  {
    id: 'rule:false-dilemma/only-choice',
    label: 'False_Dilemma-No_Choice',
    pattern: /\b(?:the only (?:choice|option|alternative|way out|solution)|(?:there is|there's|there’s|we have) no (?:other )?(?:choice|alternative|option))\b[^.!?\n]{0,80}/gi,
  },
  {
    id: 'rule:causal/reason-is',
    label: 'Causal_Oversimplification',
    pattern: /\b(?:the (?:real|only|sole|simple) reason|(?:all|simply|only|solely) because (?:of )?|is (?:solely |entirely )?to blame)\b/gi,
    wholeSentence: true,
  },
  {
    id: 'rule:fear/if-we-dont',
    label: 'Appeal_to_Fear-Prejudice',
    pattern: /\b(?:if (?:we|you) (?:don’t|don't|do not|fail to)|unless (?:we|you) (?:act|stop))\b[^.!?\n]{0,120}\b(?:will|could|would)\b[^.!?\n]{0,80}/gi,
  },
  {
    // "the Israel-hating senator", "this cop-hating agitator": hatred pinned on someone.
    id: 'rule:name-calling/x-hating',
    label: 'Name_Calling-Labeling',
    needle: '-hating',
    pattern: /(?<![\p{L}-])\p{L}+-hating(?:\s+\p{Ll}+)?/gu,
  },
  {
    // "a Houdini-like escape", "a Nixon-like cover-up": a person's name as a figure of speech.
    id: 'rule:loaded/name-like',
    label: 'Loaded_Language',
    needle: '-like',
    pattern: /(?<![\p{L}-])\p{Lu}\p{Ll}+-like(?:\s+\p{Ll}+)?/gu,
  },
  {
    // "We must stop arming terrorists." "This madness must end!" — a short exhortation on its own.
    id: 'rule:slogan/we-must',
    label: 'Slogans',
    needle: ' must ',
    pattern: /(?<=^|[.!?]\s+)(?:We|You|This \p{Ll}+|It) must (?:[\p{L}'’-]+ ?){1,6}[.!](?=\s|$)/gmu,
  },
  {
    id: 'rule:slogan/all-caps',
    label: 'Slogans',
    // Shouted and exclaimed ("BUILD THE WALL!"); all-caps headlines without "!" are not slogans.
    pattern: /(?<![\p{L}])(?:\p{Lu}{2,}[ ,'’-]+){1,5}\p{Lu}{2,}!(?![\p{L}])/gu,
  },
  {
    id: 'rule:exaggeration/superlative-ever',
    label: 'Exaggeration-Minimisation',
    pattern: /\b(?:the|its|their|his|her) (?:most \w+|\w+est) [^.!?\n]{0,40}?\b(?:ever|in history|of all time|on record|in memory)\b/gi,
  },
];
