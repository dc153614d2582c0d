/**
 * Cue words: verbs and phrases that introduce what someone said or thinks. A
 * curated list of speech verbs (weight 1) is merged with the table learned from
 * the PolNeAR train split (`npm run train -- attribution`, the model package's
 * `attribution-cues`), whose weight is how often the word form was a cue there.
 */
import type { ModelData, ModelSpec } from '../../models/store.js';

const SPEECH_VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning',
  'insist', 'insists', 'insisted', 'insisting', 'claims', 'claimed', 'claiming', 'hint', 'hints', 'hinted',
  'hinting', 'add', 'adds', 'added', 'adding', 'argue', 'argues', 'argued', 'arguing', 'deny', 'denies', 'denied',
  'denying', 'announce', 'announces', 'announced', 'announcing', 'stated', 'write', 'writes', 'wrote',
  'ask', 'asks', 'asked', 'notes', 'noted', 'noting', 'explain', 'explains', 'explained', 'explaining',
  'declare', 'declares', 'declared', 'suggest', 'suggests', 'suggested', 'suggesting', 'stressed',
  'acknowledge', 'acknowledges', 'acknowledged', 'admit', 'admits', 'admitted', 'concede', 'conceded', 'reply',
  'replied', 'responded', 'tweeted', 'tweeting', 'reports', 'reported', 'allege',
  'alleges', 'alleged', 'accuse', 'accused', 'urge', 'urges', 'urged', 'predict', 'predicts', 'predicted', 'promise',
  'promised', 'vows', 'vowed', 'pledged', 'threaten', 'threatened', 'recall', 'recalled', 'remark',
  'remarked', 'complain', 'complained', 'countered', 'emphasize', 'emphasized', 'emphasise', 'emphasised',
  'confirm', 'confirms', 'confirmed', 'reveal', 'revealed', 'disclose', 'disclosed', 'estimated',
  'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained', 'assert', 'asserts', 'asserted',
  'cautioned', 'speculate', 'speculated', 'believe', 'believes', 'believed', 'think', 'thinks',
  'thought', 'declined', 'quipped', 'joked', 'wondered', 'boasted', 'charged', 'conceded', 'signaled', 'signalled',
  'indicated', 'indicates', 'acknowledging', 'testified', 'reiterated', 'observed', 'demanded', 'demands',
  'continued', 'concluded', 'agreed', 'blamed', 'praised', 'criticized', 'criticised',
];

/*
 * Base forms that are mostly nouns in news ("secretary of state", "a new report", "a tweet") are
 * left out of the curated list on purpose; they cue only through their learned weight.
 */

/** Minimum learned weight for a word to count as a cue on its own. */
export const CUE_MIN_WEIGHT = 0.3;

/** The model package's `attribution-cues`: lower-case word form -> learned weight. */
interface AttributionCuesFile {
  cues: Record<string, number>;
}

/** The cue words of one analyzer: the learned weights with the curated speech verbs at 1. */
export class CueLexicon {
  private readonly weights: Map<string, number>;

  constructor(learned: Readonly<Record<string, number>>) {
    this.weights = new Map(Object.entries(learned));
    for (const verb of SPEECH_VERBS) this.weights.set(verb, 1);
  }

  /** How strongly a lower-case word form signals attribution (0 when it is not a cue). */
  weight(word: string): number {
    return this.weights.get(word) ?? 0;
  }
}

/** The learned cue-word weights (the model package's attribution-cues), as a lexicon with the curated verbs. */
export const ATTRIBUTION_CUES_MODEL: ModelSpec<CueLexicon> = {
  name: 'attribution-cues',
  decode: (data: ModelData) => new CueLexicon((data as unknown as AttributionCuesFile).cues),
};

const curated = new Set(SPEECH_VERBS);

/** True for the curated speech verbs (not only learned). */
export function isSpeechVerb(word: string): boolean {
  return curated.has(word);
}

/** Auxiliaries and adverbs that sit between a source and its cue ("has also said"). */
export const BETWEEN_SOURCE_AND_CUE = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'could', 'should', 'might', 'may',
  'can', 'did', 'does', 'do', 'also', 'later', 'previously', 'then', 'once', 'again', 'already', 'never', 'often',
  'even', 'just', 'still', 'now', 'recently', 'repeatedly', 'reportedly', 'publicly', 'privately', 'not', 'n’t', "n't",
]);

/** Words a clause may open with that are not part of its subject. */
export const CLAUSE_OPENERS = new Set([
  'and', 'but', 'so', 'yet', 'or', 'then', 'still', 'meanwhile', 'however', 'now', 'also', 'instead', 'later',
  'earlier', 'officially', 'privately', 'publicly', 'indeed', 'because', 'while', 'when', 'as', 'if', 'although',
]);
