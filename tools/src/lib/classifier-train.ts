/*
 * Logistic regression over hashed sentence features, trained by AdaGrad SGD with L2,
 * in a fixed seeded order so the same data always gives the same weights.
 */
import { tokenize } from '../../../packages/core/src/text/tokens.js';
import { FeatureBuffer, sentenceFeatures, type FeatureConfig } from '../../../packages/core/src/models/classifier/features.js';
import { SENTIMENT_WORDS_MODEL, type CueClasses } from '../../../packages/core/src/models/classifier/cue-words.js';
import { shippedModel } from './analyzer.js';
import type { LabelledSentence } from './classifier-data.js';
import { seededRandom, shuffle } from './random.js';

export interface Featurised {
  ids: Int32Array;
  /** 1 / sqrt(feature count): every sentence's feature vector has unit length. */
  norm: number;
  label: 0 | 1;
  /** How much this example's loss counts (auxiliary data counts less). */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  /** AdaGrad base learning rate. */
  rate: number;
  /** L2 penalty per example update. */
  l2: number;
  /** Weight of a positive example's loss (1 = balanced as given). */
  positiveWeight: number;
  seed: number;
}

export interface FloatModel {
  weights: Float32Array;
  bias: number;
  features: FeatureConfig;
}

/** Tokenises with the core tokenizer (as the segment stage does) and extracts features (cue classes: the shipped sentiment-words). */
export function featurise(sentences: readonly LabelledSentence[], config: FeatureConfig, weight = 1, cues: CueClasses = shippedModel(SENTIMENT_WORDS_MODEL)): Featurised[] {
  const buffer = new FeatureBuffer();
  return sentences.map((s) => {
    const tokens = tokenize(s.text);
    sentenceFeatures(tokens, 0, tokens.length, config, buffer, cues);
    return { ids: buffer.ids.slice(0, buffer.count), norm: 1 / Math.sqrt(Math.max(1, buffer.count)), label: s.label, weight };
  });
}

export function margin(model: { weights: ArrayLike<number>; bias: number }, x: Featurised): number {
  let sum = 0;
  for (let i = 0; i < x.ids.length; i++) sum += model.weights[x.ids[i]];
  return model.bias + sum * x.norm;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function trainLogistic(data: readonly Featurised[], config: FeatureConfig, options: TrainOptions): FloatModel {
  const size = 1 << config.bits;
  const weights = new Float32Array(size);
  const gradSq = new Float32Array(size).fill(1e-6);
  let bias = 0;
  let biasGradSq = 1e-6;
  const order = data.map((_, i) => i);
  const random = seededRandom(options.seed);
  // Lazy L2: remember when each weight was last shrunk, so an update costs only its features.
  const lastStep = new Int32Array(size);
  let step = 0;
  const shrink = 1 - options.l2;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      step++;
      const x = data[index];
      for (let k = 0; k < x.ids.length; k++) {
        const f = x.ids[k];
        if (lastStep[f] < step - 1) weights[f] *= shrink ** (step - 1 - lastStep[f]);
        lastStep[f] = step - 1;
      }
      const p = sigmoid(margin({ weights, bias }, x));
      const g = (p - x.label) * x.weight * (x.label === 1 ? options.positiveWeight : 1);
      biasGradSq += g * g;
      bias -= (options.rate * g) / Math.sqrt(biasGradSq);
      for (let k = 0; k < x.ids.length; k++) {
        const f = x.ids[k];
        const gf = g * x.norm;
        gradSq[f] += gf * gf;
        weights[f] -= (options.rate * gf) / Math.sqrt(gradSq[f]);
      }
    }
  }
  for (let f = 0; f < size; f++) if (lastStep[f] < step) weights[f] *= shrink ** (step - lastStep[f]);
  return { weights, bias, features: config };
}

export function marginsOf(model: FloatModel, data: readonly Featurised[]): Float64Array {
  return Float64Array.from(data, (x) => margin(model, x));
}
