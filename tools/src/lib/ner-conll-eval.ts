import { findMentions } from '../../../packages/core/src/stages/entities/find-mentions.js';
import type { TypeEvidence } from '../../../packages/core/src/stages/entities/evidence.js';
import { clusterMentions } from '../../../packages/core/src/stages/coreference/cluster.js';
import { decideClusterTypes, dropUnlikely } from '../../../packages/core/src/stages/coreference/types.js';
import type { WeightTable } from '../../../packages/core/src/models/ner/decode.js';
import type { NerMention, Token } from '../../../packages/core/src/context.js';
import type { ConllSentence } from './ner-conll.js';
import { goldChunks } from './ner-tagged.js';
import { SpanScorer } from './ner-score.js';
import { shippedModel, shippedNer } from './analyzer.js';
import { COMMON_WORDS_MODEL } from '../../../packages/core/src/models/gazetteers/common-words.js';

/** Marginalia types as CoNLL classes; DATE has no CoNLL counterpart and is not scored. */
export const TO_CONLL: Record<string, string | undefined> = { PERSON: 'PER', ORG: 'ORG', PLACE: 'LOC', NORP: 'MISC', EVENT: 'MISC', OTHER: 'MISC' };

/** One scored mention: its confidence, the features it came from, and whether span and type were right. */
export interface ScoredMention {
  confidence: number;
  features: number[];
  right: boolean;
  type: string;
}

export interface ConllScoreOptions {
  /** Another weight table (a fold model) and its scale. */
  table?: WeightTable;
  scale?: number;
  /** Only documents with this predicate (document index). */
  docs?: (doc: number) => boolean;
}

/**
 * Runs the `entities` stage's own mention finder on CoNLL's gold tokens, one document at
 * a time (the tokens joined by spaces), then the coreference stage's clustering and
 * one-type-per-entity decision and its drop of unlikely mentions, and scores exact token
 * spans per class. `mentions` (for calibration) holds every mention before the drop.
 */
export function scoreConll(sentences: ConllSentence[], options: ConllScoreOptions = {}): { scorer: SpanScorer; seconds: number; tokens: number; mentions: ScoredMention[] } {
  const scorer = new SpanScorer();
  const byDoc = new Map<number, ConllSentence[]>();
  for (const s of sentences) if (!options.docs || options.docs(s.doc)) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s]);
  let seconds = 0;
  let count = 0;
  const scored: ScoredMention[] = [];
  for (const doc of byDoc.values()) {
    const tokens: Token[] = [];
    const sentenceTokens: Array<[number, number]> = [];
    let text = '';
    for (const s of doc) {
      const first = tokens.length;
      for (const w of s.words) {
        tokens.push({ start: text.length, end: text.length + w.length, text: w });
        text += `${w} `;
      }
      sentenceTokens.push([first, tokens.length]);
    }
    count += tokens.length;
    const t0 = performance.now();
    const evidence = new Map<NerMention, TypeEvidence>();
    const mentions = findMentions(text, tokens, sentenceTokens, { ...(options.table ? { table: options.table, scale: options.scale } : shippedNer()), evidence });
    const clusters = clusterMentions(mentions);
    const features = new Map<NerMention, number[]>();
    const confidence = decideClusterTypes(clusters, evidence, features, shippedModel(COMMON_WORDS_MODEL));
    const kept = new Set(dropUnlikely(clusters, confidence, evidence).flatMap((c) => c.mentions));
    seconds += (performance.now() - t0) / 1000;
    const gold = doc.flatMap((s, i) => goldChunks(s).map((g) => ({ start: g.start + sentenceTokens[i][0], end: g.end + sentenceTokens[i][0], type: g.type })));
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    const predicted = mentions.flatMap((m) => {
      const type = TO_CONLL[m.type];
      return type && kept.has(m) ? [{ start: m.tokenStart, end: m.tokenEnd, type }] : [];
    });
    for (const c of clusters) {
      for (const m of c.mentions) {
        const type = TO_CONLL[m.type];
        if (!type) continue;
        scored.push({
          confidence: confidence.get(m) ?? 0,
          features: features.get(m)!,
          right: goldKeys.has(`${m.tokenStart}:${m.tokenEnd}:${type}`),
          type,
        });
      }
    }
    scorer.add(gold, predicted);
  }
  return { scorer, seconds, tokens: count, mentions: scored };
}

/** Reliability table: mentions binned by confidence, observed share right per bin. */
export function reliability(mentions: readonly ScoredMention[], edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001]): Array<{ from: number; to: number; n: number; mean: number; observed: number }> {
  const rows = [];
  for (let b = 0; b + 1 < edges.length; b++) {
    const inBin = mentions.filter((m) => m.confidence >= edges[b] && m.confidence < edges[b + 1]);
    const n = inBin.length;
    rows.push({
      from: edges[b],
      to: Math.min(1, edges[b + 1]),
      n,
      mean: n ? inBin.reduce((s, m) => s + m.confidence, 0) / n : 0,
      observed: n ? inBin.filter((m) => m.right).length / n : 0,
    });
  }
  return rows;
}
