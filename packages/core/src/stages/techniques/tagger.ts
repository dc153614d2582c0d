import type { Token } from '../../context.js';
import { SHAPE_FEATURES as SHAPE_FEATURES_EXPORT, shapeFeatures } from './tagger-features.js';
import type { TechniqueLabel } from './labels.js';
import { decodeLabel, sentenceMarks } from './tagger-decode.js';
import { articleMeans, sentenceMeans, setContext, tokenLogits } from './tagger-inference.js';
import { propagateMarks } from './tagger-propagate.js';
import { shippedWordSlots, slotRow, wordSlots, type WordSlots } from '../../models/word-slots.js';

export { articleMeans, sentenceDense, sentenceMeans } from './tagger-inference.js';

/** A local copy: an imported binding may be a getter under some loaders, too slow for per-token loops. */
const SHAPE_FEATURES = SHAPE_FEATURES_EXPORT;

/*
 * The technique tagger: two small one-hidden-layer networks over GloVe word vectors.
 * - The token network marks short-span techniques (Loaded_Language, Name_Calling, ...)
 *   from the word and its two neighbours, shape features and the learned per-word lexicon
 *   rate; contiguous tokens above the label's threshold become one mark.
 * - The sentence network marks clause-length techniques (Doubt, Appeal to fear, ...) from
 *   the mean word vector of the sentence; a confident sentence is marked whole.
 * The first layer is linear in each word vector, so training folds it into the word table:
 * each word's row holds its contribution to every hidden unit as previous, current and next
 * word and as a sentence word, plus its lexicon rates. A token then costs a few additions.
 */

/** The model (the model package's techniques-tagger.json and its vectors), written by `npm run train -- techniques`. */
export interface TaggerFile {
  id: string;
  about: string;
  tokenLabels: TechniqueLabel[];
  sentenceLabels: TechniqueLabel[];
  hidden: number;
  sentenceHidden: number;
  /** Words separated by single spaces (case-folded); row i of `vectors` is word i. */
  words: string;
  /** Rows [0, vectorRows) have word vectors; later rows carry lexicon rates only. */
  vectorRows: number;
  /** Learned-lexicon labels the token network replaces (their learned phrases are not matched). */
  replacesLexicon: TechniqueLabel[];
  /** Per column: multiply the stored int8 by this. Columns: prev H, current H, next H, sentence H2, lexicon L. */
  scales: number[];
  /** words × columns int8. */
  vectors: Uint8Array;
  /** The word look-up table (`wordSlots(words, hashWord)`, see models/word-slots.ts); built on load when absent. */
  slotKeys?: Uint8Array | Uint32Array;
  slotRows?: Uint8Array | Int32Array;
  token: NetworkFile;
  sentence: NetworkFile;
}

export interface NetworkFile {
  /** hidden × dense inputs, row-major. */
  dense: number[];
  bias: number[];
  /** labels × hidden, row-major. */
  out: number[];
  outBias: number[];
  /** Per label: the probability a mark needs (above 1 = the label is off). */
  thresholds: number[];
  /** Token network, per label: the lower probability that lets a started mark grow over a neighbour (default: `thresholds`). */
  extend?: number[];
  /** Token network, per label: 1 = every other use of a marked word sequence in the article is marked too. */
  propagate?: number[];
}

/**
 * Dense inputs of the token network: shape features, the word's lexicon rates, the neighbours'
 * max rates, then the context: the mean rates of the sentence's and of the article's words
 * (the same for every word of a sentence, so they are added once per sentence).
 */
export const tokenDenseInputs = (labels: number): number => SHAPE_FEATURES + 4 * labels;
/** Dense inputs of the sentence network (see `sentenceDense`). */
export const sentenceDenseInputs = (labels: number): number => 5 + 2 * labels;

export interface TypedNetwork {
  dense: Float64Array;
  bias: Float64Array;
  out: Float64Array;
  outBias: Float64Array;
  /** The file's array itself, so training can move thresholds on a built tagger. */
  thresholds: number[];
  extend?: number[];
  propagate?: number[];
}

function typedNetwork(n: NetworkFile): TypedNetwork {
  return { dense: Float64Array.from(n.dense), bias: Float64Array.from(n.bias), out: Float64Array.from(n.out), outBias: Float64Array.from(n.outBias), thresholds: n.thresholds, ...(n.extend ? { extend: n.extend } : {}), ...(n.propagate ? { propagate: n.propagate } : {}) };
}

export interface TaggerMark {
  label: TechniqueLabel;
  start: number;
  end: number;
  rule: string;
}

/** FNV-1a hash -> row, open addressing (the same hash `shapeFeatures` writes). */
export class WordIndex {
  private readonly slots: WordSlots;
  private readonly mask: number;
  private wordList: string[] | undefined;

  /** `slots`: the look-up table the model file ships (`wordSlots(words, hash)`); built here when absent. */
  constructor(private readonly wordText: string, hash: (w: string) => number, slots?: WordSlots) {
    if (!slots) this.wordList = wordText.length > 0 ? wordText.split(' ') : [];
    this.slots = slots ?? wordSlots(this.wordList!, hash);
    this.mask = this.slots.slotKeys.length - 1;
  }

  /** The words, row order (split on first use). */
  get words(): string[] {
    return (this.wordList ??= this.wordText.length > 0 ? this.wordText.split(' ') : []);
  }

  row(h: number): number {
    return slotRow(this.slots, this.mask, h);
  }
}

/**
 * The tagger: the model (word table and the two networks) and the working state of one article.
 * What it does is split by job: inference (tagger-inference.ts: the networks' forward passes),
 * decoding (tagger-decode.ts: logits to marks), explanations (tagger-explain.ts: the `rule` of a
 * mark) and propagation (tagger-propagate.ts: every other use of a marked phrase). Its fields are
 * read by those modules; they are not API.
 */
export class TechniqueTagger {
  readonly id: string;
  readonly tokenLabels: TechniqueLabel[];
  readonly sentenceLabels: TechniqueLabel[];
  readonly H: number;
  readonly H2: number;
  readonly L: number;
  readonly C: number;
  readonly columns: number;
  readonly vectorRows: number;
  readonly replacesLexicon: ReadonlySet<string>;
  /** words × columns: the stored int8 times its column's scale, filled row by row as `rowOf` reaches a word. */
  readonly table: Float32Array;
  private readonly quantised: Int8Array;
  private readonly scales: Float64Array;
  /** Per row: 1 once its `table` row is filled. */
  private readonly scaled: Uint8Array;
  readonly index: WordIndex;
  readonly token: TypedNetwork;
  readonly sentence: TypedNetwork;
  // Working buffers, grown as needed and reused between articles.
  hashes = new Uint32Array(0);
  rows = new Int32Array(0);
  shape = new Float32Array(0);
  /** Per token and label: the logit. */
  probs = new Float32Array(0);
  readonly pre: Float32Array;
  readonly z: Float32Array;
  readonly zs: Float32Array;
  readonly dense: Float32Array;
  readonly sdense: Float32Array;
  /** Per token and label: the word's lexicon rate (0 for unknown words), filled once per `tag`. */
  lex = new Float32Array(0);
  /** The hidden biases plus the current sentence's context inputs (sentence and article mean rates). */
  readonly contextBias: Float32Array;
  /** The current sentence's context inputs: L sentence means, then L article means. */
  readonly contextInputs: Float32Array;
  /** Token labels whose threshold is on (≤ 1). */
  readonly activeLabels: Int32Array;
  /** Working lists of one token: its non-zero dense inputs (column, value). */
  readonly nzIndex: Int32Array;
  readonly nzValue: Float64Array;
  /** Working buffers of `tokenForward`'s explanation. */
  explainBlocks: Float32Array[] | undefined;
  /** Per token: 1 once its logits are in `probs` (see `logitAt`). */
  done = new Uint8Array(0);
  /** Marks of propagating labels in the current article: label, first token, end token, probability. */
  seeds: number[] = [];
  /** Working list: the sentence columns' offsets of a sentence's known words. */
  bases = new Int32Array(64);

  constructor(file: TaggerFile, hash: (w: string) => number) {
    this.id = file.id;
    this.tokenLabels = file.tokenLabels;
    this.sentenceLabels = file.sentenceLabels;
    this.H = file.hidden;
    this.H2 = file.sentenceHidden;
    this.L = file.tokenLabels.length;
    this.C = file.sentenceLabels.length;
    this.columns = 3 * this.H + this.H2 + this.L;
    this.vectorRows = file.vectorRows;
    this.replacesLexicon = new Set(file.replacesLexicon);
    const bytes = file.vectors;
    // With the shipped look-up table the words are not split (the vectors give their number).
    const shippedSlots = file.slotKeys !== undefined && file.slotRows !== undefined;
    const count = shippedSlots ? Math.floor(bytes.length / this.columns) : file.words.length > 0 ? file.words.split(' ').length : 0;
    if (bytes.length !== count * this.columns || file.scales.length !== this.columns) {
      throw new Error(`TechniqueTagger ${file.id}: expected ${count} × ${this.columns} bytes, got ${bytes.length}; retrain with \`npm run train -- techniques\`.`);
    }
    this.quantised = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.scales = Float64Array.from(file.scales);
    // Rows are scaled on first use (see `rowOf`): an article reaches a few hundred of the table's words.
    this.table = new Float32Array(bytes.length);
    this.scaled = new Uint8Array(count);
    this.index = new WordIndex(file.words, hash, shippedSlots ? shippedWordSlots(file.slotKeys!, file.slotRows!, count, `TechniqueTagger ${file.id}`) : undefined);
    this.token = typedNetwork(file.token);
    this.sentence = typedNetwork(file.sentence);
    this.z = new Float32Array(this.H);
    this.pre = new Float32Array(this.H);
    this.zs = new Float32Array(this.H2);
    this.dense = new Float32Array(tokenDenseInputs(this.L));
    this.sdense = new Float32Array(sentenceDenseInputs(this.L));
    const D = this.dense.length;
    this.contextBias = new Float32Array(this.H);
    this.contextInputs = new Float32Array(2 * this.L);
    this.activeLabels = Int32Array.from(this.token.thresholds.map((t, l) => (t > 1 ? -1 : l)).filter((l) => l >= 0));
    this.nzIndex = new Int32Array(D);
    this.nzValue = new Float64Array(D);
  }

  /** The table row of a word's hash (-1 when unknown), its `table` row filled. Every row the networks read comes from here. */
  private rowOf(hash: number): number {
    const row = this.index.row(hash);
    if (row >= 0 && this.scaled[row] === 0) {
      const { quantised, scales, table, columns } = this;
      const base = row * columns;
      for (let c = 0; c < columns; c++) table[base + c] = quantised[base + c] * scales[c];
      this.scaled[row] = 1;
    }
    return row;
  }

  private grow(n: number): void {
    if (this.hashes.length >= n) return;
    const size = Math.max(n, this.hashes.length * 2);
    this.hashes = new Uint32Array(size);
    this.rows = new Int32Array(size);
    this.shape = new Float32Array(size * SHAPE_FEATURES);
    this.probs = new Float32Array(size * this.L);
    this.lex = new Float32Array(size * this.L);
    this.done = new Uint8Array(size);
  }

  /** Marks for the sentences `ranges` (token ranges; `sentenceSpans` their character spans). */
  tag(text: string, tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>, sentenceSpans: ReadonlyArray<{ start: number; end: number }>, out: TaggerMark[]): void {
    this.grow(tokens.length);
    this.seeds.length = 0;
    const { hashes, rows, shape, L } = this;
    shapeFeatures(tokens, ranges, (r) => text.slice(sentenceSpans[r].start, sentenceSpans[r].end), hashes, shape);
    const { lex, table, columns } = this;
    const lexBase = 3 * this.H + this.H2;
    for (const [a, b] of ranges) {
      for (let i = a; i < b; i++) {
        const row = this.rowOf(hashes[i]);
        rows[i] = row;
        const o = i * L;
        if (row < 0) for (let l = 0; l < L; l++) lex[o + l] = 0;
        else for (let l = 0; l < L; l++) lex[o + l] = table[row * columns + lexBase + l];
      }
    }
    const { done, contextInputs } = this;
    const S = SHAPE_FEATURES;
    articleMeans(ranges, L, lex, contextInputs, L);
    for (let r = 0; r < ranges.length; r++) {
      const [a, b] = ranges[r];
      sentenceMeans(a, b, L, lex, contextInputs, 0);
      setContext(this);
      // Content words now; punctuation and function words only when decoding reaches them
      // (a run that touches them): their logits never start a mark of their own.
      for (let i = a; i < b; i++) {
        if (shape[i * S + 3] === 1 || shape[i * S + 4] === 1) done[i] = 0;
        else {
          tokenLogits(this, i, a, b);
          done[i] = 1;
        }
      }
      for (let l = 0; l < L; l++) decodeLabel(this, l, tokens, a, b, out);
      sentenceMarks(this, text, tokens, a, b, sentenceSpans[r], out);
    }
    if (this.seeds.length) propagateMarks(this, tokens, ranges, out);
  }

  /** The logit of label l at token i (sentence tokens [a, b)), computed on first use. */
  logitAt(i: number, l: number, a: number, b: number): number {
    if (this.done[i] === 0) {
      tokenLogits(this, i, a, b);
      this.done[i] = 1;
    }
    return this.probs[i * this.L + l];
  }

}
