import type { NerMention } from '../../context.js';
import { applyClass, decidedByRules } from '../entities/consistency.js';
import { CLASS_OF_TYPE, decideClass, PER, sumEvidence, TYPE_WEIGHTS, type TypeEvidence } from '../entities/evidence.js';
import { CONFIDENCE_MODEL } from '../../models/ner/confidence.js';
import type { MentionCluster } from './cluster.js';


const logit = (p: number) => {
  const q = Math.min(0.999, Math.max(0.001, p));
  return Math.log(q / (1 - q));
};

/**
 * The features the confidence of one mention is computed from (see models/ner/confidence.ts):
 * how much of its entity's evidence backs the entity's type, what the tagger thought of
 * this mention alone, its tagger margin, how many mentions the entity has, whether a rule
 * backs the type, whether it is one word, whether a rule alone found it, whether it is in
 * capitals, whether it is one word opening its sentence, whether a word of it is written in
 * lower case elsewhere in the article.
 */
export function confidenceFeatures(m: NerMention, ev: TypeEvidence | undefined, share: number, size: number): number[] {
  const k = CLASS_OF_TYPE[m.type] ?? 0;
  const ruleOnly = !ev || ev.margin >= 10 && ev.cues.length === 0 && ev.tagger[k] === 1 ? 1 : 0;
  const own = ev ? ev.tagger[k] : 1;
  const margin = ev ? Math.min(ev.margin, 20) / 10 : 2;
  const backed = ev && ev.votes[k] > 0 ? 1 : 0;
  const oneWord = m.text.includes(' ') ? 0 : 1;
  const caps = /\p{Ll}/u.test(m.text) ? 0 : 1;
  const initial = ev?.initial ? 1 : 0;
  const lowerElsewhere = ev?.lowerElsewhere ? 1 : 0;
  return [1, logit(share), logit(own), margin, Math.log(size), backed, oneWord, ruleOnly, caps, initial * oneWord, lowerElsewhere];
}

/** Calibrated probability that a mention is right (span and type), in [0, 1], three decimals. */
export function mentionConfidence(features: readonly number[]): number {
  const w = CONFIDENCE_MODEL.weights;
  let z = 0;
  for (let i = 0; i < w.length; i++) z += w[i] * features[i];
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

/** A one-word name a rule backs beyond its form (a known place, a given name, an organisation cue) is not an ordinary word. */
function protectedName(m: NerMention, ev: TypeEvidence | undefined): boolean {
  if (!ev) return true;
  return ev.cues.length > 0;
}

/** Confidence ceiling of a one-word name written in lower case elsewhere in the article. */
export const LOWER_ELSEWHERE_CAP = 0.15;

/**
 * One type per entity: each cluster's type is decided once from the summed evidence of
 * all its mentions (tagger probabilities and rule votes), and every mention takes it.
 * Returns each name mention's confidence (dates get the fixed figure of the model).
 */
export function decideClusterTypes(
  clusters: readonly MentionCluster[],
  evidence: ReadonlyMap<NerMention, TypeEvidence> | undefined,
  featuresOut?: Map<NerMention, number[]>,
  /** Words news copy writes in lower case (the model package's `common-words`); none: no cluster is an ordinary word. */
  commonWords: ReadonlySet<string> = new Set(),
): Map<NerMention, number> {
  const confidence = new Map<NerMention, number>();
  for (const cluster of clusters) {
    if (cluster.mentions[0].type === 'DATE') {
      for (const m of cluster.mentions) confidence.set(m, CONFIDENCE_MODEL.date);
      continue;
    }
    const list: TypeEvidence[] = [];
    if (evidence) for (const m of cluster.mentions) {
      const e = evidence.get(m);
      if (e) list.push(e);
    }
    let share = 1;
    if (list.length) {
      // A person named in full keeps the one-word mentions that joined it ("Blair" after "Tony Blair").
      const extra = new Float64Array(4);
      if (cluster.longest.type === 'PERSON' && cluster.longest.text.includes(' ')) {
        for (const m of cluster.mentions) if (!m.text.includes(' ')) extra[PER] += TYPE_WEIGHTS.surname;
      }
      const decided = decideClass(sumEvidence(list, extra));
      share = decided.share;
      applyClass(cluster.mentions, decided.k, decidedByRules(list, decided.k));
    }
    // A cluster of one-word names only, whose word news copy writes in lower case ("Money", "Evening"): a capitalised ordinary word.
    const ordinaryWord =
      cluster.mentions.every((m) => !m.text.includes(' ') && commonWords.has(m.text.toLowerCase()) && !protectedName(m, evidence?.get(m))) &&
      // …unless the article capitalises it inside its sentences more than once ("Arsenal counterpart", "Risen wrote").
      cluster.mentions.filter((m) => !evidence?.get(m)?.initial).length < 2;
    for (const m of cluster.mentions) {
      const features = confidenceFeatures(m, evidence?.get(m), share, cluster.mentions.length);
      featuresOut?.set(m, features);
      // One capitalised word the article also writes in lower case ("Money", "War"): on the
      // held-out fifths of CoNLL train 7 of 46 such mentions were right.
      const c = mentionConfidence(features);
      confidence.set(m, (features[6] === 1 && features[10] === 1) || ordinaryWord ? Math.min(c, LOWER_ELSEWHERE_CAP) : c);
    }
  }
  return confidence;
}

/**
 * Below this confidence a PERSON, ORG or PLACE mention is more likely wrong than right for
 * F1 (the F1-best cut is about half the F1): such mentions are dropped. Chosen on the
 * held-out fifths of CoNLL train (micro F1 0.8829 -> 0.8903; dev 0.9021 -> 0.9083).
 */
export const DROP_BELOW = 0.45;

/** Cues too weak to keep a mention the confidence would drop (they only say "not a person" or "maybe a person"). */
const WEAK_CUES = new Set(['known-place', 'given-name']);

/**
 * The clusters without their unlikely name mentions (confidence below DROP_BELOW; rule
 * mentions, groups and dates are kept); clusters left empty go.
 */
export function dropUnlikely(
  clusters: readonly MentionCluster[],
  confidence: ReadonlyMap<NerMention, number>,
  evidence?: ReadonlyMap<NerMention, TypeEvidence>,
): MentionCluster[] {
  const kept: MentionCluster[] = [];
  for (const cluster of clusters) {
    const mentions = cluster.mentions.filter((m) => {
      if (m.type !== 'PERSON' && m.type !== 'ORG' && m.type !== 'PLACE') return true;
      // A name a rule vouches for as this type ("Holdings", "a spokesman for X") stays.
      const e = evidence?.get(m);
      if (e && e.votes[CLASS_OF_TYPE[m.type]!] > 0 && e.cues.some((c) => !WEAK_CUES.has(c))) return true;
      return (confidence.get(m) ?? 1) >= DROP_BELOW;
    });
    if (!mentions.length) continue;
    if (mentions.length === cluster.mentions.length) kept.push(cluster);
    else {
      let longest = mentions[0];
      for (const m of mentions) if (m.text.length > longest.text.length) longest = m;
      kept.push({ mentions, longest: mentions.includes(cluster.longest) ? cluster.longest : longest });
    }
  }
  return kept;
}
