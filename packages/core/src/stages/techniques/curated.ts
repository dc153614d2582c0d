import { LABEL_SLUGS, type SluggedLabel, type TechniqueLabel, type TechniqueSlug } from './labels.js';

/**
 * Curated lists the rule field names apart from their label's slug (`lexicon:insult/liar`,
 * `lexicon:smear/hoax`, `lexicon:media-contempt/fake news`): sub-lists of a technique, not techniques.
 */
export type CuratedListName = 'insult' | 'smear' | 'media-contempt';

/**
 * Hand-written technique phrases (not learned). Entries whose precision on the PTC train
 * portion was below 0.1 (`npm run eval -- techniques --split train --by-rule`) were
 * removed, except those the bundled sample needs ("so-called", "dark"), for figures of speech the training
 * corpus is too small to teach. `attach` widens the mark to the neighbouring content
 * word, so the adjective takes its noun ("dark convergence") and the verb its
 * subject ("secrets slither").
 */
export interface CuratedEntry {
  phrase: string;
  label: TechniqueLabel;
  /** Short id for the rule field: `lexicon:<slug>/<phrase>`, the label's slug (LABEL_SLUGS) or a sub-list's name. */
  slug: TechniqueSlug | CuratedListName;
  attach?: 'next' | 'prev';
}

const loadedAdjectives = [
  'dark', 'sinister', 'shadowy', 'eerie', 'ominous', 'menacing', 'clandestine', 'nefarious', 'diabolical', 'insidious',
  'treacherous', 'chilling', 'terrifying', 'horrifying', 'monstrous', 'vile', 'despicable', 'disgusting', 'outrageous',
  'shameful', 'disgraceful', 'pathetic', 'ruthless', 'brutal', 'savage', 'evil', 'wicked', 'toxic', 'poisonous', 'rabid',
  'hysterical', 'deranged', 'unhinged', 'draconian', 'catastrophic', 'apocalyptic', 'explosive', 'bombshell', 'shocking',
  'stunning', 'scandalous', 'sordid', 'venomous', 'crooked', 'rigged', 'polished',
];
const loadedVerbs = ['slither', 'slithers', 'lurk', 'lurks', 'lurking', 'creep', 'creeps', 'creeping', 'fester', 'festers', 'seethe', 'seethes', 'unleash', 'unleashes', 'blasted', 'ripped', 'torched', 'annihilated', 'obliterated', 'eviscerated'];
const loadedPhrases = ['wrapped in iron', 'iron fist', 'born in whispers', 'reign of terror', 'corridors of power', 'cracking open'];

const fearPhrases = [
  'a storm is gathering', 'storm is gathering', 'a storm is coming', 'storm is brewing', 'the storm is coming', 'on the brink of',
  'existential threat', 'ticking time bomb', 'time bomb', 'matter of time before', 'we need to prepare for it',
  'will be wiped out', 'wiped off the map', 'point of no return', 'the end of civilization', 'the end of the world',
  'mass slaughter', 'bloodbath', 'could be next', 'you could be next', 'before it is too late',
  "before it's too late", 'there will be blood',
];
const flagPhrases = [
  'our nation', 'our country', 'our great nation', 'our great country', 'our homeland', 'the american people', 'we the people',
  'our troops', 'our borders', 'our values', 'our way of life', 'our freedoms', 'un-american', 'patriots', 'true patriots',
  'america first', 'the fatherland', 'the motherland', 'real americans', 'our children and grandchildren',
  'the founders', 'the founding fathers', 'our founders', 'our founding fathers', 'american ideal', 'american ideals',
  'american values', 'our republic',
];
const doubtCues: Array<[string, 'next' | undefined]> = [
  ['so-called', 'next'], ['self-proclaimed', 'next'],
  ['self-styled', 'next'], ['dubious', 'next'], ['questionable', 'next'], ['what they call', undefined],
  ['if you believe', undefined],
];
const exaggerationPhrases = [
  'of all time', 'in history', 'in human history', 'never before', 'like never before', 'the worst ever', 'the best ever',
  'unprecedented', 'beyond belief', 'like no other', 'totally', 'absolutely', 
  'a hundred percent', '100 percent', 'every single', 'the biggest', 'the most dangerous', 
];
const sloganPhrases = [
  'make america great again', 'build the wall', 'lock her up', 'drain the swamp', 'america first', 'black lives matter',
  'all lives matter', 'never again', 'no justice no peace', 'yes we can', 'not my president', 'take back control',
  'death to america', 'death to israel', 'no one is above the law', 'no person is above the law', 'nobody is above the law',
];
const killerPhrases = [
  'end of story', 'it is what it is', "it's what it is", 'enough is enough', 'the science is settled',
  'nothing to see here', "let's move on", 'there is no alternative', 'there will be no turning back', 'there is no going back',
  'no turning back', 'it goes without saying', 'that’s just the way it is', 'who am i to judge', 'we all have choices to make',
];
const popularityPhrases = [
  'everyone knows', 'everybody knows', 'everyone agrees', 'most people agree', 'millions of americans', 'the majority of americans',
  'the whole world knows', 'join the millions', 'nobody believes', 'the people have spoken',
];
const associationPhrases = ['like hitler', 'hitler', 'nazi', 'nazis', 'neo-nazi', 'fascist', 'fascists', 'stalinist', 'gestapo', 'third reich'];
const authorityPhrases = ['experts agree', 'experts say', 'scientists agree', 'scientists say', 'studies show', 'research shows', 'doctors agree', 'according to experts'];
const whataboutPhrases = ['what about', 'where was the outrage', 'double standards', 'but what about', 'same people who'];

/*
 * Smears, insults and contempt (issue #12): general vocabulary of attack, not taken from any
 * evaluation article. Nouns that label people ("liar", "thug", "snowflakes") are Name_Calling;
 * evaluative words ("spewing", "two-faced", "corruption") are Loaded_Language.
 */
export const insultNouns = [
  'liar', 'liars', 'crook', 'crooks', 'thug', 'thugs', 'traitor', 'traitors', 'scumbag', 'scumbags', 'lowlife', 'lowlifes',
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'clown', 'clowns', 'buffoon', 'puppet', 'puppets', 'stooge',
  'stooges', 'shill', 'shills', 'con man', 'con artist', 'charlatan', 'charlatans', 'demagogue', 'despot', 'tyrant',
  'bigot', 'bigots', 'agitator', 'agitators', 'snowflake', 'snowflakes', 'cabal', 'henchmen', 'cronies', 'lackey',
  'lackeys', 'minions', 'sycophants', 'apologist', 'apologists', 'propagandist', 'propagandists', 'useful idiots',
  'co-conspirators', 'conspirators', 'partner in crime', 'partners in crime', 'hypocrite', 'hypocrites', 'fraudster',
  'grifter', 'grifters', 'loser', 'losers', 'lunatic', 'lunatics', 'zealots', 'fanatics', 'globalists', 'elitists',
  'sheeple', 'libtard', 'libtards', 'feminazi', 'feminazis', 'moonbat', 'moonbats', 'wingnut', 'wingnuts',
  'rethuglicans', 'dotard', 'deplorables', 'horde', 'parasites', 'vermin', 'scum',
];
export const insultAdjectives = [
  'crooked', 'lyin', "lyin'", 'lying', 'corrupt', 'two-faced', 'deceitful', 'dishonest', 'treasonous', 'traitorous',
  'spineless', 'gutless', 'clueless', 'brainless', 'mindless', 'inane', 'idiotic', 'moronic', 'delusional', 'deranged',
  'unhinged', 'crazed', 'pathological', 'sleazy', 'slimy', 'shady', 'phony', 'rogue', 'anti-american',
  'treacherous', 'incompetent', 'narcissistic', 'hateful', 'vile', 'despicable', 'disgusting', 'wretched', 'pathetic',
  'disgraced', 'notorious', 'infamous', 'racist', 'bigoted', 'cowardly', 'arrogant',
];
export const smearLoaded = [
  'lies', 'spewing', 'spews', 'spewed', 'spew', 'smoke and mirrors', 'deception', 'dirty business',
  'disgrace', 'shameful', 'sham', 'farce', 'travesty', 'whitewash', 'cover-up', 'coverup', 'witch hunt',
  'hoax', 'brainwashed', 'brainwashing', 'madness', 'insanity', 'lunacy', 'hysteria', 'narcissism',
  'incompetence', 'dysfunctional', 'scourge', 'stench', 'reeks', 'pimps', 'pimping', 'gloating',
  'ganging up', 'came out swinging', 'come out swinging', 'salt on the wound', 'salt in the wound', 
  'bombshell', 'trample', 'trampled', 'unlawful', 'criminal enterprise',
  'crime family', 'blood on their hands', 'blood on his hands', 'blood on her hands', 'mind-boggling', 'outrageous',
  'breathtaking arrogance', 'all the rage', 'tall tale', 'tall tales', 'boasted', 'bragged', 'crap', 
  'nonsense', 'rubbish', 'drivel', 'hogwash', 'baloney', 'b.s.', 'bs', 'bullshit',
];
/** Contempt for the press: the press as a liar or an enemy. */
const mediaContempt = [
  'lying media', 'the lying press', 'fake news', 'fake news media', 'mainstream media', 'lamestream media', 'lamestream',
  'liberal media', 'corporate media', 'media elite', 'media elites', 'presstitutes', 'msm', 'enemy of the people',
  'the media propaganda', 'biased media', 'dishonest media', 'dishonest press', 'media lapdogs', 'state media',
];
/** Doubt cast on institutions, evidence and accusers. */
const doubtPhrases = [
  'rigged system', 'the system is rigged', 'deep state', 'cover up', 'false flag', 'want us to believe', 'wants us to believe',
  'would have us believe', 'would have you believe', 'expect us to believe', 'expects us to believe', "don't you believe",
  'don’t you believe', 'do not believe', 'zero evidence', 'no evidence whatsoever', 'not a shred of evidence', 'baseless',
  'debunked', 'fabricated', 'alleged victims', 'alleged victim', 'so-called experts', 'can we really trust',
  'can we trust', 'they don’t want you to know', "they don't want you to know", 'what they are not telling you',
  'wake up', 'open your eyes', 'nobody remembered', 'hoping nobody', 'is anyone surprised', 'surprise, surprise',
  'conveniently', 'suspiciously', 'how convenient', 'yeah, right', 'supposedly', 
];
const killerMore = ['time will tell', "that's just how it is", 'that’s just how it is', 'stranger things have happened', 'case closed', 'nuff said', 'the facts speak for themselves', 'period.', 'end of discussion'];
const timePhrases = ['time is short', 'time is running out', 'the clock is ticking', 'now or never', 'before it’s too late', 'act now'];
const exaggerationMore = ['untold numbers', 'every action', 'every single one', 'the biggest lie', 'biggest lies', 'most corrupt', 'worst ever', 'a thousand times', 'beyond illogical', 'no longer just a theory', 'most of the world', 'the entire world', 'the whole world'];

/** Entries of one label; their slug is the label's (LABEL_SLUGS) unless the list is named apart. */
function many(phrases: readonly string[], label: SluggedLabel, attach?: 'next' | 'prev', list?: CuratedListName): CuratedEntry[] {
  const slug = list ?? LABEL_SLUGS[label];
  return phrases.map((phrase) => ({ phrase, label, slug, ...(attach ? { attach } : {}) }));
}

export const CURATED_ENTRIES: readonly CuratedEntry[] = [
  ...many(loadedAdjectives, 'Loaded_Language', 'next'),
  ...many(loadedVerbs, 'Loaded_Language', 'prev'),
  ...many(loadedPhrases.slice(0, 1), 'Loaded_Language', 'prev'),
  ...many(loadedPhrases.slice(1), 'Loaded_Language'),
  ...many(fearPhrases, 'Appeal_to_Fear-Prejudice'),
  ...many(flagPhrases, 'Flag_Waving'),
  ...doubtCues.map(([phrase, attach]): CuratedEntry => ({ phrase, label: 'Doubt', slug: LABEL_SLUGS.Doubt, ...(attach ? { attach } : {}) })),
  ...many(exaggerationPhrases, 'Exaggeration-Minimisation'),
  ...many(sloganPhrases, 'Slogans'),
  ...many(killerPhrases, 'Conversation_Killer'),
  ...many(popularityPhrases, 'Appeal_to_Popularity'),
  ...many(associationPhrases, 'Guilt_by_Association'),
  ...many(authorityPhrases, 'Appeal_to_Authority'),
  ...many(whataboutPhrases, 'Whataboutism'),
  ...many(insultNouns, 'Name_Calling-Labeling', 'prev', 'insult'),
  ...many(insultAdjectives, 'Name_Calling-Labeling', 'next', 'insult'),
  ...many(smearLoaded, 'Loaded_Language', undefined, 'smear'),
  ...many(mediaContempt, 'Name_Calling-Labeling', undefined, 'media-contempt'),
  ...many(doubtPhrases, 'Doubt'),
  ...many(killerMore, 'Conversation_Killer'),
  ...many(timePhrases, 'Appeal_to_Time'),
  ...many(exaggerationMore, 'Exaggeration-Minimisation'),
];
