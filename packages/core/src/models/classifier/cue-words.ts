/*
 * Word lists for the cue features of the sentence classifiers, written for this
 * project. Each list is one cue class; a token in a list fires that class's feature,
 * which lets a small training set (subjectivity has 731 sentences) generalise past
 * the words it happened to see.
 */

import type { ModelData, ModelSpec } from '../store.js';
import { hashText } from './hash.js';

export const CUE_WORDS: Readonly<Record<string, string>> = {
  firstPerson: 'i me my mine myself we us our ours ourselves',
  secondPerson: 'you your yours yourself yourselves',
  modal: 'can could may might must shall should would will ought cannot',
  deontic: 'should must ought need needs needed necessary essential imperative',
  hedge:
    'perhaps maybe possibly probably likely unlikely apparently seemingly arguably reportedly allegedly supposedly seems seem seemed appear appears suggest suggests suggested believe believes think thinks thought guess suspect presumably',
  intensifier:
    'very really extremely truly utterly totally absolutely completely deeply highly incredibly remarkably so too quite rather entirely thoroughly hugely enormously exceptionally particularly especially profoundly immensely terribly awfully downright outright sheer simply just even indeed clearly obviously certainly surely undoubtedly definitely plainly',
  comparative: 'more less fewer better worse greater smaller larger higher lower than',
  superlative: 'most least best worst greatest biggest largest highest lowest smallest first last only record',
  negation: "not no never nothing nobody none nor neither n't without",
  reporting:
    'said says say told tells according announced stated reported added noted explained confirmed declared wrote testified',
  quantity:
    'percent percentage million millions billion billions trillion thousand thousands hundred hundreds dozen half twice double triple tripled doubled quarter rate average number numbers total',
  change:
    'increase increased increases rise rose risen fall fell fallen drop dropped decline declined grew grown growth cut cuts cutting raised raise reduce reduced doubled soared plunged jumped',
  money: 'dollar dollars tax taxes budget deficit debt spending cost costs paid pay wages income economy jobs unemployment',
  time: 'year years yesterday today since ago monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december decade century',
  positive:
    'good great excellent wonderful fantastic brilliant remarkable outstanding superb amazing impressive admirable honest brave courageous wise smart fair noble heroic beautiful magnificent successful strong bold inspiring historic extraordinary exceptional perfect ideal splendid valuable laudable praiseworthy commendable welcome thoughtful compassionate generous decent respectable principled genuine',
  negative:
    'bad terrible awful horrible dreadful disgraceful shameful outrageous appalling disastrous catastrophic pathetic ridiculous absurd stupid foolish reckless dangerous corrupt dishonest cruel evil wicked vile sinister nasty ugly incompetent inept weak cowardly hypocritical arrogant shameless scandalous despicable deplorable disgusting sickening toxic radical extreme extremist insane crazy unhinged bizarre chaotic failed failing failure fraud sham hoax lies lie liar lying betrayal betrayed destroy destroyed destroying ruin ruined crisis disaster threat threatens alarming troubling worrying disturbing devastating brutal vicious hostile harsh bitter grim bleak dire dark eerie ominous unsettling irresponsible unacceptable unfair unjust wrong misguided deceptive misleading baseless',
  emotion:
    'fear fears afraid angry anger outrage outraged furious fury hate hatred love loved hope hopes hoped worry worried anxious shocked shocking stunned stunning sad tragic tragedy horrified disgusted ashamed proud pride glad happy delighted upset frustrated frustration despair panic',
  evaluative:
    'important significant serious major key crucial critical vital fundamental necessary obvious clear real true false genuine so-called dubious questionable controversial problematic unprecedented notorious infamous mere merely blatant flagrant naked shocking staggering massive huge enormous tiny',
  stance:
    'unfortunately fortunately sadly thankfully frankly honestly ironically surprisingly interestingly regrettably hopefully naturally admittedly undeniably',
};

/**
 * The model package's `sentiment-words` (written by `npm run train -- subjectivity --rebuild-lexicon`):
 * one [class name, space-separated words] per sentiment cue class, in feature order.
 */
interface SentimentWordsFile {
  classes: Array<[string, string]>;
}

/** Every cue class of the sentence classifiers: the hand-written lists above, then the model package's sentiment lists. */
export class CueClasses {
  /** Class names in a fixed order; a class's index is its feature id (at most 31 classes: they form a bit mask). */
  readonly names: readonly string[];
  /** Lexicon word hash -> bit mask of its cue classes (a word may sit in several). */
  readonly ofHash: ReadonlyMap<number, number>;
  /** Working counts of one sentence's cues, per class (`sentenceFeatures`). */
  readonly counts: Int32Array;

  constructor(sentiment: ReadonlyArray<readonly [string, string]>) {
    const lists: Array<readonly [string, string]> = [...Object.entries(CUE_WORDS), ...sentiment];
    if (lists.length > 31) throw new Error(`CueClasses: ${lists.length} cue classes, at most 31 fit a bit mask.`);
    this.names = lists.map(([name]) => name);
    const table = new Map<number, number>();
    lists.forEach(([, words], index) => {
      for (const word of words.split(' ')) {
        if (!word) continue;
        const h = hashText(word);
        table.set(h, (table.get(h) ?? 0) | (1 << index));
      }
    });
    this.ofHash = table;
    this.counts = new Int32Array(lists.length);
  }
}

/** The sentiment cue lists (the model package's sentiment-words) with the hand-written classes, as the classifiers' cue classes. */
export const SENTIMENT_WORDS_MODEL: ModelSpec<CueClasses> = {
  name: 'sentiment-words',
  decode: (data: ModelData) => new CueClasses((data as unknown as SentimentWordsFile).classes),
};
