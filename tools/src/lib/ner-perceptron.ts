import { STATIC_FEATURES, TAG_FEATURES, sentenceFeatures, tagFeatures, type DocumentCase } from '../../../packages/core/src/models/ner/features.js';
import { allowedAfter, OUTSIDE, TAG_COUNT } from '../../../packages/core/src/models/ner/tags.js';

/**
 * Averaged perceptron over hashed features, trained on the tags it predicts itself
 * (greedy, as at run time), with lazy averaging: each weight keeps the step it was last
 * changed at, so an update costs O(features) however long training runs.
 */
export class PerceptronTrainer {
  readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  readonly mask: number;
  private step = 0;
  private readonly scores = new Float64Array(TAG_COUNT);
  private readonly dynamic = new Uint32Array(TAG_FEATURES);

  constructor(readonly bits: number) {
    const size = (1 << bits) * TAG_COUNT;
    this.weights = new Float64Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Float64Array(size);
    this.mask = (1 << bits) - 1;
  }

  private bump(row: number, tag: number, delta: number): void {
    const i = row * TAG_COUNT + tag;
    this.totals[i] += (this.step - this.stamps[i]) * this.weights[i];
    this.stamps[i] = this.step;
    this.weights[i] += delta;
  }

  /** One pass over a sentence; returns the number of tokens it got wrong. */
  trainSentence(words: readonly string[], gold: readonly number[], documentCase?: DocumentCase): number {
    const { features, infos } = sentenceFeatures(words, undefined, documentCase);
    const { weights, mask, scores, dynamic } = this;
    let prev = OUTSIDE;
    let prev2 = OUTSIDE;
    let errors = 0;
    for (let i = 0; i < words.length; i++) {
      this.step++;
      scores.fill(0);
      const base = i * STATIC_FEATURES;
      tagFeatures(prev, prev2, infos[i], dynamic, 0);
      for (let f = 0; f < STATIC_FEATURES + TAG_FEATURES; f++) {
        const h = f < STATIC_FEATURES ? features[base + f] : dynamic[f - STATIC_FEATURES];
        const row = (h & mask) * TAG_COUNT;
        for (let c = 0; c < TAG_COUNT; c++) scores[c] += weights[row + c];
      }
      let best = OUTSIDE;
      let bestScore = -Infinity;
      for (let c = 0; c < TAG_COUNT; c++) {
        if (scores[c] > bestScore && allowedAfter(prev, c)) {
          best = c;
          bestScore = scores[c];
        }
      }
      if (best !== gold[i]) {
        errors++;
        for (let f = 0; f < STATIC_FEATURES + TAG_FEATURES; f++) {
          const h = f < STATIC_FEATURES ? features[base + f] : dynamic[f - STATIC_FEATURES];
          const row = h & mask;
          this.bump(row, gold[i], 1);
          this.bump(row, best, -1);
        }
      }
      prev2 = prev;
      prev = best;
    }
    return errors;
  }

  /** The averaged weights (what ships). */
  averaged(): Float64Array {
    const out = new Float64Array(this.weights.length);
    for (let i = 0; i < out.length; i++) {
      const total = this.totals[i] + (this.step - this.stamps[i]) * this.weights[i];
      out[i] = total / Math.max(1, this.step);
    }
    return out;
  }
}
