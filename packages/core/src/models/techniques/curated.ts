import type { TechniqueLabel } from '../../stages/techniques/labels.js';

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
  /** Short id for the rule field: `lexicon:<slug>/<phrase>`. */
  slug: string;
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
  'death to america', 'death to israel',
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

function many(phrases: readonly string[], label: TechniqueLabel, slug: string, attach?: 'next' | 'prev'): CuratedEntry[] {
  return phrases.map((phrase) => ({ phrase, label, slug, ...(attach ? { attach } : {}) }));
}

export const CURATED_ENTRIES: readonly CuratedEntry[] = [
  ...many(loadedAdjectives, 'Loaded_Language', 'loaded', 'next'),
  ...many(loadedVerbs, 'Loaded_Language', 'loaded', 'prev'),
  ...many(loadedPhrases.slice(0, 1), 'Loaded_Language', 'loaded', 'prev'),
  ...many(loadedPhrases.slice(1), 'Loaded_Language', 'loaded'),
  ...many(fearPhrases, 'Appeal_to_Fear-Prejudice', 'fear'),
  ...many(flagPhrases, 'Flag_Waving', 'flag-waving'),
  ...doubtCues.map(([phrase, attach]): CuratedEntry => ({ phrase, label: 'Doubt', slug: 'doubt', ...(attach ? { attach } : {}) })),
  ...many(exaggerationPhrases, 'Exaggeration-Minimisation', 'exaggeration'),
  ...many(sloganPhrases, 'Slogans', 'slogan'),
  ...many(killerPhrases, 'Conversation_Killer', 'conversation-killer'),
  ...many(popularityPhrases, 'Appeal_to_Popularity', 'popularity'),
  ...many(associationPhrases, 'Guilt_by_Association', 'guilt-by-association'),
  ...many(authorityPhrases, 'Appeal_to_Authority', 'authority'),
  ...many(whataboutPhrases, 'Whataboutism', 'whataboutism'),
];
