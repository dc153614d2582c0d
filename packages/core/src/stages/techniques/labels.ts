/**
 * The technique labels Marginalia writes (SemEval-2023 Task 3's 23, plus
 * Rhetorical_Question) and how the 14 classes of the SemEval-2020 Task 11 training
 * corpus (PTC) map onto them. This one table serves training (which 2023 label a
 * learned entry gets) and evaluation (which 2020 class a prediction is scored as).
 */
export type TechniqueLabel =
  | 'Appeal_to_Authority'
  | 'Appeal_to_Popularity'
  | 'Appeal_to_Values'
  | 'Appeal_to_Fear-Prejudice'
  | 'Flag_Waving'
  | 'Causal_Oversimplification'
  | 'False_Dilemma-No_Choice'
  | 'Consequential_Oversimplification'
  | 'Straw_Man'
  | 'Red_Herring'
  | 'Whataboutism'
  | 'Slogans'
  | 'Appeal_to_Time'
  | 'Conversation_Killer'
  | 'Loaded_Language'
  | 'Repetition'
  | 'Exaggeration-Minimisation'
  | 'Obfuscation-Vagueness-Confusion'
  | 'Name_Calling-Labeling'
  | 'Doubt'
  | 'Guilt_by_Association'
  | 'Appeal_to_Hypocrisy'
  | 'Questioning_the_Reputation'
  | 'Rhetorical_Question';

/**
 * 2020 class -> the 2023 labels it became. The first label is the one a learned entry
 * is given when the 2020 class merged several (PTC merged them for being rare).
 */
export const PTC2020_TO_2023: Readonly<Record<string, readonly TechniqueLabel[]>> = {
  Loaded_Language: ['Loaded_Language'],
  'Name_Calling,Labeling': ['Name_Calling-Labeling'],
  Repetition: ['Repetition'],
  'Exaggeration,Minimisation': ['Exaggeration-Minimisation'],
  Doubt: ['Doubt'],
  'Appeal_to_fear-prejudice': ['Appeal_to_Fear-Prejudice'],
  'Flag-Waving': ['Flag_Waving'],
  Causal_Oversimplification: ['Causal_Oversimplification'],
  Slogans: ['Slogans'],
  Appeal_to_Authority: ['Appeal_to_Authority'],
  'Black-and-White_Fallacy': ['False_Dilemma-No_Choice'],
  'Thought-terminating_Cliches': ['Conversation_Killer'],
  'Whataboutism,Straw_Men,Red_Herring': ['Whataboutism', 'Straw_Man', 'Red_Herring'],
  'Bandwagon,Reductio_ad_hitlerum': ['Appeal_to_Popularity', 'Guilt_by_Association'],
};

/** 2023 label -> the 2020 class it is scored as on PTC, or undefined when PTC has no such class. */
export function ptc2020ClassOf(label: string): string | undefined {
  for (const [ptc, labels] of Object.entries(PTC2020_TO_2023)) if ((labels as readonly string[]).includes(label)) return ptc;
  return undefined;
}

/**
 * The short name of each label in `rule` strings (`lexicon:loaded/...`, `model:fear-sentence ...`,
 * `rule:false-dilemma/...`): the one table of technique slugs, for every source of marks. A label
 * without a slug is written as itself (no source of marks writes one today).
 */
export const LABEL_SLUGS = {
  Loaded_Language: 'loaded',
  'Name_Calling-Labeling': 'name-calling',
  Repetition: 'repetition',
  'Exaggeration-Minimisation': 'exaggeration',
  Doubt: 'doubt',
  'Appeal_to_Fear-Prejudice': 'fear',
  Flag_Waving: 'flag-waving',
  Causal_Oversimplification: 'causal',
  Slogans: 'slogan',
  Appeal_to_Authority: 'authority',
  'False_Dilemma-No_Choice': 'false-dilemma',
  Conversation_Killer: 'conversation-killer',
  Whataboutism: 'whataboutism',
  Appeal_to_Popularity: 'popularity',
  // Written only by hand-made rules so far: the curated lexicon (`lexicon:guilt-by-association/nazi`,
  // `lexicon:time/act now`) and the question rule (`rule:rhetorical-question/author-question`).
  // No learned model carries these labels (PTC has no such class of its own).
  Guilt_by_Association: 'guilt-by-association',
  Appeal_to_Time: 'time',
  Rhetorical_Question: 'rhetorical-question',
} as const satisfies Partial<Record<TechniqueLabel, string>>;

/** A label that has a slug. */
export type SluggedLabel = keyof typeof LABEL_SLUGS;

/** Every technique slug Marginalia writes in a `rule`. */
export type TechniqueSlug = (typeof LABEL_SLUGS)[SluggedLabel];

/** The slug of label L (the type of `LABEL_SLUGS[L]`). */
export type SlugOf<L extends SluggedLabel> = (typeof LABEL_SLUGS)[L];

/**
 * A hand-written rule's id for a mark of label L: `rule:<L's slug>/<name>`. Write the id as a string and
 * check it (`'rule:fear/if-we-dont' satisfies RuleId<'Appeal_to_Fear-Prejudice'>`): a slug that is not
 * L's fails type-checking.
 */
export type RuleId<L extends SluggedLabel = SluggedLabel> = `rule:${SlugOf<L>}/${string}`;

/** A hand-written rule's mark of label L, its id checked against L's slug (`RuleId<L>`). */
export function ruleMark<L extends SluggedLabel>(label: L, start: number, end: number, rule: RuleId<L>): { label: L; start: number; end: number; rule: string } {
  return { label, start, end, rule };
}

/** The slug of a label (the label itself when it has none). */
export function labelSlug(label: string): string {
  return (LABEL_SLUGS as Readonly<Record<string, string>>)[label] ?? label;
}
