import type { Token } from '../../context.js';
import { SHAPE_FEATURE_NAMES, SHAPE_FEATURES as SHAPE_FEATURES_EXPORT, shapeFeatures } from './tagger-features.js';
import { labelSlug as slug, type TechniqueLabel } from './labels.js';

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

interface TypedNetwork {
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
class WordIndex {
  private readonly keys: Uint32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  readonly words: string[];

  constructor(words: string[], hash: (w: string) => number) {
    this.words = words;
    let capacity = 16;
    while (capacity < words.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Uint32Array(capacity);
    this.rows = new Int32Array(capacity).fill(-1);
    words.forEach((w, row) => {
      const h = hash(w);
      let slot = h & this.mask;
      while (this.rows[slot] !== -1) {
        if (this.keys[slot] === h) return;
        slot = (slot + 1) & this.mask;
      }
      this.keys[slot] = h;
      this.rows[slot] = row;
    });
  }

  row(h: number): number {
    let slot = h & this.mask;
    for (let row = this.rows[slot]; row !== -1; row = this.rows[slot]) {
      if (this.keys[slot] === h) return row;
      slot = (slot + 1) & this.mask;
    }
    return -1;
  }
}

export class TechniqueTagger {
  readonly id: string;
  readonly tokenLabels: TechniqueLabel[];
  readonly sentenceLabels: TechniqueLabel[];
  private readonly H: number;
  private readonly H2: number;
  private readonly L: number;
  private readonly C: number;
  private readonly columns: number;
  private readonly vectorRows: number;
  readonly replacesLexicon: ReadonlySet<string>;
  private readonly table: Float32Array;
  private readonly index: WordIndex;
  private readonly token: TypedNetwork;
  private readonly sentence: TypedNetwork;
  // Working buffers, grown as needed and reused between articles.
  private hashes = new Uint32Array(0);
  private rows = new Int32Array(0);
  private shape = new Float32Array(0);
  /** Per token and label: the logit. */
  private probs = new Float32Array(0);
  private readonly pre: Float32Array;
  private readonly z: Float32Array;
  private readonly zs: Float32Array;
  private readonly dense: Float32Array;
  private readonly sdense: Float32Array;
  /** Per token and label: the word's lexicon rate (0 for unknown words), filled once per `tag`. */
  private lex = new Float32Array(0);
  /** The hidden biases plus the current sentence's context inputs (sentence and article mean rates). */
  private readonly contextBias: Float32Array;
  /** The current sentence's context inputs: L sentence means, then L article means. */
  private readonly contextInputs: Float32Array;
  /** Token labels whose threshold is on (≤ 1). */
  private readonly activeLabels: Int32Array;
  /** Working lists of one token: its non-zero dense inputs (column, value). */
  private readonly nzIndex: Int32Array;
  private readonly nzValue: Float64Array;
  /** Working buffers of `tokenForward`'s explanation. */
  private explainBlocks: Float32Array[] | undefined;
  /** Per token: 1 once its logits are in `probs` (see `logitAt`). */
  private done = new Uint8Array(0);
  /** Marks of propagating labels in the current article: label, first token, end token, probability. */
  private seeds: number[] = [];
  /** Working list: the sentence columns' offsets of a sentence's known words. */
  private bases = new Int32Array(64);

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
    const words = file.words.split(' ');
    const bytes = file.vectors;
    if (bytes.length !== words.length * this.columns || file.scales.length !== this.columns) {
      throw new Error(`TechniqueTagger ${file.id}: expected ${words.length} × ${this.columns} bytes, got ${bytes.length}; retrain with \`npm run train -- techniques\`.`);
    }
    const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.table = new Float32Array(signed.length);
    const scales = Float64Array.from(file.scales);
    const columns = this.columns;
    for (let base = 0; base < signed.length; base += columns) {
      for (let c = 0; c < columns; c++) this.table[base + c] = signed[base + c] * scales[c];
    }
    this.index = new WordIndex(words, hash);
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
        const row = this.index.row(hashes[i]);
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
      this.setContext();
      // Content words now; punctuation and function words only when decoding reaches them
      // (a run that touches them): their logits never start a mark of their own.
      for (let i = a; i < b; i++) {
        if (shape[i * S + 3] === 1 || shape[i * S + 4] === 1) done[i] = 0;
        else {
          this.tokenLogits(i, a, b);
          done[i] = 1;
        }
      }
      for (let l = 0; l < L; l++) this.decodeLabel(l, tokens, a, b, out);
      this.sentenceMarks(text, tokens, a, b, sentenceSpans[r], out);
    }
    if (this.seeds.length) this.propagateMarks(tokens, ranges, out);
  }

  /**
   * Every other use of a word sequence the token network marked with a propagating label
   * (Repetition: PTC marks most uses of a repeated phrase once it marks one) is marked too.
   */
  private propagateMarks(tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>, out: TaggerMark[]): void {
    const { seeds, hashes } = this;
    // Seeds by length, then by their word hashes: one scan of the article per distinct length
    // (linear; the former scan per seed was quadratic on long inputs).
    const byLength = new Map<number, Map<string, Array<{ label: number; first: number; rule: string }>>>();
    const seen = new Set<string>();
    for (let k = 0; k < seeds.length; k += 4) {
      const [l, first, end, p] = [seeds[k], seeds[k + 1], seeds[k + 2], seeds[k + 3]];
      const n = end - first;
      let words = '';
      for (let i = first; i < end; i++) words += ` ${hashes[i]}`;
      if (seen.has(`${l}${words}`)) continue;
      seen.add(`${l}${words}`);
      const phrase = tokens
        .slice(first, end)
        .map((t) => t.text)
        .join(' ');
      const rule = `model:${this.id}/${slug(this.tokenLabels[l])}-again p=${p.toFixed(2)} (repeats "${phrase}")`;
      let table = byLength.get(n);
      if (!table) byLength.set(n, (table = new Map()));
      const list = table.get(words);
      if (list) list.push({ label: l, first, rule });
      else table.set(words, [{ label: l, first, rule }]);
    }
    for (const [n, table] of byLength) {
      for (const [a, b] of ranges) {
        for (let i = a; i + n <= b; i++) {
          let words = '';
          for (let j = 0; j < n; j++) words += ` ${hashes[i + j]}`;
          const list = table.get(words);
          if (!list) continue;
          for (const s of list) if (s.first !== i) out.push({ label: this.tokenLabels[s.label], start: tokens[i].start, end: tokens[i + n - 1].end, rule: s.rule });
        }
      }
    }
    seeds.length = 0;
  }

  /** `contextBias` = hidden biases + the context inputs' weights (float64 sum, one float32 rounding). */
  private setContext(): void {
    const { H, contextInputs, contextBias } = this;
    const { dense: w1, bias } = this.token;
    const D = this.dense.length;
    const first = SHAPE_FEATURES + 2 * this.L;
    for (let h = 0; h < H; h++) {
      let s = bias[h];
      for (let k = 0; k < contextInputs.length; k++) s += w1[h * D + first + k] * contextInputs[k];
      contextBias[h] = s;
    }
  }

  private lexicon(row: number, l: number): number {
    return row < 0 ? 0 : this.table[row * this.columns + 3 * this.H + this.H2 + l];
  }

  /** Fills the dense inputs of token i (sentence tokens [a, b)). */
  private fillDense(i: number, a: number, b: number): void {
    const { dense, shape, rows, L } = this;
    for (let k = 0; k < SHAPE_FEATURES; k++) dense[k] = shape[i * SHAPE_FEATURES + k];
    for (let l = 0; l < L; l++) {
      dense[SHAPE_FEATURES + l] = this.lexicon(rows[i], l);
      const prev = i > a ? this.lexicon(rows[i - 1], l) : 0;
      const next = i + 1 < b ? this.lexicon(rows[i + 1], l) : 0;
      dense[SHAPE_FEATURES + L + l] = Math.max(prev, next);
    }
    dense.set(this.contextInputs, SHAPE_FEATURES + 2 * L);
  }

  /**
   * The token network's logits for token i (sentence tokens [a, b)) into `probs`:
   * `tokenForward` without the explanation, with the same arithmetic in the same order
   * (float32 hidden sums, non-zero inputs in column order), one hidden unit at a time over
   * the token's list of non-zero inputs, reading the per-token lexicon rates.
   */
  private tokenLogits(i: number, a: number, b: number): void {
    const { H, L, shape, lex, rows, table, columns, probs, activeLabels, nzIndex, nzValue } = this;
    const { dense: w1, out, outBias } = this.token;
    const bias = this.contextBias;
    const D = this.dense.length;
    // The non-zero dense inputs, in column order.
    let nz = 0;
    const so = i * SHAPE_FEATURES;
    for (let k = 0; k < SHAPE_FEATURES; k++) {
      const x = shape[so + k];
      if (x !== 0) {
        nzIndex[nz] = k;
        nzValue[nz++] = x;
      }
    }
    const lo = i * L;
    for (let l = 0; l < L; l++) {
      const x = lex[lo + l];
      if (x !== 0) {
        nzIndex[nz] = SHAPE_FEATURES + l;
        nzValue[nz++] = x;
      }
    }
    const hasPrev = i > a;
    const hasNext = i + 1 < b;
    for (let l = 0; l < L; l++) {
      const x = Math.max(hasPrev ? lex[lo - L + l] : 0, hasNext ? lex[lo + L + l] : 0);
      if (x !== 0) {
        nzIndex[nz] = SHAPE_FEATURES + L + l;
        nzValue[nz++] = x;
      }
    }
    const prev = hasPrev ? rows[i - 1] : -1;
    const next = hasNext ? rows[i + 1] : -1;
    const word = rows[i];
    const pb = prev * columns;
    const wb = word * columns + H;
    const nb = next * columns + 2 * H;
    const active = activeLabels.length;
    // The hidden sums are held in float32 after every input (as the Float32Array of
    // `tokenForward`); eight or four units at a time, so their rounding chains run side by side.
    const pre = this.pre;
    let h = 0;
    for (; h + 8 <= H; h += 8) {
      let p0 = bias[h];
      let p1 = bias[h + 1];
      let p2 = bias[h + 2];
      let p3 = bias[h + 3];
      let p4 = bias[h + 4];
      let p5 = bias[h + 5];
      let p6 = bias[h + 6];
      let p7 = bias[h + 7];
      const r0 = h * D;
      for (let j = 0; j < nz; j++) {
        const k = r0 + nzIndex[j];
        const x = nzValue[j];
        p0 = Math.fround(p0 + w1[k] * x);
        p1 = Math.fround(p1 + w1[k + D] * x);
        p2 = Math.fround(p2 + w1[k + 2 * D] * x);
        p3 = Math.fround(p3 + w1[k + 3 * D] * x);
        p4 = Math.fround(p4 + w1[k + 4 * D] * x);
        p5 = Math.fround(p5 + w1[k + 5 * D] * x);
        p6 = Math.fround(p6 + w1[k + 6 * D] * x);
        p7 = Math.fround(p7 + w1[k + 7 * D] * x);
      }
      pre[h] = p0;
      pre[h + 1] = p1;
      pre[h + 2] = p2;
      pre[h + 3] = p3;
      pre[h + 4] = p4;
      pre[h + 5] = p5;
      pre[h + 6] = p6;
      pre[h + 7] = p7;
    }
    for (; h + 4 <= H; h += 4) {
      let p0 = bias[h];
      let p1 = bias[h + 1];
      let p2 = bias[h + 2];
      let p3 = bias[h + 3];
      const r0 = h * D;
      const r1 = r0 + D;
      const r2 = r1 + D;
      const r3 = r2 + D;
      for (let j = 0; j < nz; j++) {
        const k = nzIndex[j];
        const x = nzValue[j];
        p0 = Math.fround(p0 + w1[r0 + k] * x);
        p1 = Math.fround(p1 + w1[r1 + k] * x);
        p2 = Math.fround(p2 + w1[r2 + k] * x);
        p3 = Math.fround(p3 + w1[r3 + k] * x);
      }
      pre[h] = p0;
      pre[h + 1] = p1;
      pre[h + 2] = p2;
      pre[h + 3] = p3;
    }
    for (; h < H; h++) {
      let p = bias[h];
      const r = h * D;
      for (let j = 0; j < nz; j++) p = Math.fround(p + w1[r + nzIndex[j]] * nzValue[j]);
      pre[h] = p;
    }
    const z = this.z;
    for (let h = 0; h < H; h++) {
      const sum = pre[h] + ((prev >= 0 ? table[pb + h] : 0) + (word >= 0 ? table[wb + h] : 0) + (next >= 0 ? table[nb + h] : 0));
      z[h] = sum > 0 ? sum : 0;
    }
    for (let j = 0; j < active; j++) {
      const l = activeLabels[j];
      const ob = l * H;
      let logit = outBias[l];
      for (let h = 0; h < H; h++) logit += out[ob + h] * z[h];
      probs[lo + l] = logit;
    }
  }

  /**
   * Hidden pre-activations of token i into `z`, probabilities into `probs`. With `explain`,
   * returns the hidden contributions of each input block (prev, word, next, dense) instead.
   */
  private tokenForward(i: number, a: number, b: number, explain: boolean): Float32Array[] | undefined {
    const { H, z, token, table, columns, rows, dense, L } = this;
    this.fillDense(i, a, b);
    const D = dense.length;
    let blocks: Float32Array[] | undefined;
    if (explain) {
      // Reused between calls (a mark's explanation is read before the next one is built).
      if (!this.explainBlocks || this.explainBlocks[3].length !== H * (D + 1)) this.explainBlocks = [new Float32Array(H), new Float32Array(H), new Float32Array(H), new Float32Array(H * (D + 1))];
      blocks = this.explainBlocks;
      blocks[3].fill(0);
    }
    // Most dense inputs are zero: add the weights of the non-zero ones only, input by input.
    const pre = this.pre;
    // The context inputs are already in `contextBias` (as in `tokenLogits`).
    const context = SHAPE_FEATURES + 2 * L;
    for (let h = 0; h < H; h++) pre[h] = this.contextBias[h];
    for (let k = 0; k < D; k++) {
      const x = dense[k];
      if (x === 0) continue;
      for (let h = 0; h < H; h++) {
        const c = token.dense[h * D + k] * x;
        if (k < context) pre[h] += c;
        if (blocks) blocks[3][h * (D + 1) + k] = c;
      }
    }
    const prev = i > a ? rows[i - 1] : -1;
    const next = i + 1 < b ? rows[i + 1] : -1;
    const pb = prev * columns;
    const wb = rows[i] * columns + H;
    const nb = next * columns + 2 * H;
    for (let h = 0; h < H; h++) {
      let sum = pre[h];
      const pc = prev >= 0 ? table[pb + h] : 0;
      const wc = rows[i] >= 0 ? table[wb + h] : 0;
      const nc = next >= 0 ? table[nb + h] : 0;
      sum += pc + wc + nc;
      if (blocks) {
        blocks[0][h] = pc;
        blocks[1][h] = wc;
        blocks[2][h] = nc;
      }
      z[h] = sum > 0 ? sum : 0;
    }
    // Logits, not probabilities: decoding compares them with the thresholds' logits (no exp per token).
    for (let l = 0; l < L; l++) {
      if (!explain && token.thresholds[l] > 1) continue;
      let logit = token.outBias[l];
      for (let h = 0; h < H; h++) logit += token.out[l * H + h] * z[h];
      this.probs[i * L + l] = logit;
    }
    return blocks;
  }

  /** The logit of label l at token i (sentence tokens [a, b)), computed on first use. */
  private logitAt(i: number, l: number, a: number, b: number): number {
    if (this.done[i] === 0) {
      this.tokenLogits(i, a, b);
      this.done[i] = 1;
    }
    return this.probs[i * this.L + l];
  }

  /**
   * Marks of label l in sentence tokens [a, b), decoded with hysteresis: a run starts at a
   * content word whose probability reaches the label's threshold (a run starting at an edge
   * word would be trimmed to the same content words), then grows left and right over every
   * word whose probability reaches the lower `extend` threshold (gold spans are about three
   * words long; the surest word of one is usually alone above the start threshold). Edge
   * words' logits are read only where a run reaches them, where `logitAt` computes them.
   */
  private decodeLabel(l: number, tokens: readonly Token[], a: number, b: number, out: TaggerMark[]): void {
    const threshold = this.token.thresholds[l];
    if (threshold > 1) return;
    const { probs, L, shape } = this;
    const cut = Math.log(threshold / (1 - threshold));
    const extend = Math.min(threshold, this.token.extend?.[l] ?? threshold);
    const grow = Math.log(extend / (1 - extend));
    const S = SHAPE_FEATURES;
    let free = a;
    for (let i = a; i < b; i++) {
      if (shape[i * S + 3] === 1 || shape[i * S + 4] === 1) continue;
      if (!(probs[i * L + l] >= cut)) continue;
      let first = i;
      // Leftwards over words at the lower threshold, not into the previous mark; one function word may be bridged.
      for (;;) {
        if (first - 1 >= free && this.logitAt(first - 1, l, a, b) >= grow) first--;
        else if (first - 2 >= free && shape[(first - 1) * S + 4] === 1 && this.logitAt(first - 2, l, a, b) >= grow) first -= 2;
        else break;
      }
      let j = i + 1;
      // A run may bridge one function word ("wrapped in iron") between two marked words.
      for (;;) {
        if (j < b && this.logitAt(j, l, a, b) >= grow) j++;
        else if (j + 1 < b && shape[j * S + 4] === 1 && this.logitAt(j + 1, l, a, b) >= grow) j += 2;
        else break;
      }
      let last = j - 1;
      // Gold spans start and end on content words: trim punctuation and function words (shape columns 3 and 4).
      while (first <= last && (shape[first * S + 3] === 1 || shape[first * S + 4] === 1)) first++;
      while (last >= first && (shape[last * S + 3] === 1 || shape[last * S + 4] === 1)) last--;
      if (first <= last) {
        out.push({ label: this.tokenLabels[l], start: tokens[first].start, end: tokens[last].end, rule: this.explainToken(l, tokens, first, last + 1, a, b) });
        if (this.token.propagate?.[l] === 1) {
          let best = probs[first * L + l];
          for (let k = first + 1; k <= last; k++) if (probs[k * L + l] > best) best = probs[k * L + l];
          this.seeds.push(l, first, last + 1, 1 / (1 + Math.exp(-best)));
        }
      }
      i = j - 1;
      free = j;
    }
  }

  /** `model:technique-tagger@1/<label> p=… (word=… +x, …)`: the strongest input blocks of the surest token. */
  private explainToken(l: number, tokens: readonly Token[], first: number, end: number, a: number, b: number): string {
    const { L, H } = this;
    let best = first;
    for (let i = first; i < end; i++) if (this.probs[i * L + l] > this.probs[best * L + l]) best = i;
    const p = 1 / (1 + Math.exp(-this.probs[best * L + l]));
    const blocks = this.tokenForward(best, a, b, true)!;
    const D = this.dense.length;
    const w = (h: number) => (this.z[h] > 0 ? this.token.out[l * H + h] : 0);
    const parts: Array<[string, number]> = [];
    const blockSum = (block: Float32Array) => {
      let s = 0;
      for (let h = 0; h < H; h++) s += w(h) * block[h];
      return s;
    };
    parts.push([`word=${tokens[best].text}`, blockSum(blocks[1])]);
    if (best > a) parts.push([`prev=${tokens[best - 1].text}`, blockSum(blocks[0])]);
    if (best + 1 < b) parts.push([`next=${tokens[best + 1].text}`, blockSum(blocks[2])]);
    for (let k = 0; k < D; k++) {
      let s = 0;
      for (let h = 0; h < H; h++) s += w(h) * blocks[3][h * (D + 1) + k];
      if (s === 0) continue;
      const name =
        k < SHAPE_FEATURES
          ? SHAPE_FEATURE_NAMES[k]
          : k < SHAPE_FEATURES + L
            ? `lexicon ${this.dense[k].toFixed(2)} ${slug(this.tokenLabels[k - SHAPE_FEATURES])}`
            : k < SHAPE_FEATURES + 2 * L
              ? `neighbour lexicon ${slug(this.tokenLabels[k - SHAPE_FEATURES - L])}`
              : k < SHAPE_FEATURES + 3 * L
                ? `sentence lexicon ${slug(this.tokenLabels[k - SHAPE_FEATURES - 2 * L])}`
                : `article lexicon ${slug(this.tokenLabels[k - SHAPE_FEATURES - 3 * L])}`;
      parts.push([name, s]);
    }
    return `model:${this.id}/${slug(this.tokenLabels[l])} p=${p.toFixed(2)} (${strongest(parts)})`;
  }

  /** Sentence network: dense inputs, mean of the words' sentence columns, then marks. */
  private sentenceMarks(text: string, tokens: readonly Token[], a: number, b: number, span: { start: number; end: number }, out: TaggerMark[]): void {
    const { H2, L, C, sentence, table, columns, rows, zs, sdense, vectorRows } = this;
    /** Where a word row's sentence columns start. */
    const sb = 3 * this.H;
    if (b <= a) return;
    let found = 0;
    if (this.bases.length < b - a) this.bases = new Int32Array(Math.max(b - a, 2 * this.bases.length));
    const bases = this.bases;
    for (let i = a; i < b; i++) {
      const row = rows[i];
      if (row < 0 || row >= vectorRows) continue;
      bases[found++] = row * columns + sb;
    }
    // Over the found words in sentence order, a float32 sum per unit held in a register;
    // four units side by side, so their rounding chains overlap.
    let h = 0;
    for (; h + 4 <= H2; h += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let r = 0; r < found; r++) {
        const o = bases[r] + h;
        s0 = Math.fround(s0 + table[o]);
        s1 = Math.fround(s1 + table[o + 1]);
        s2 = Math.fround(s2 + table[o + 2]);
        s3 = Math.fround(s3 + table[o + 3]);
      }
      zs[h] = found > 0 ? s0 / found : s0;
      zs[h + 1] = found > 0 ? s1 / found : s1;
      zs[h + 2] = found > 0 ? s2 / found : s2;
      zs[h + 3] = found > 0 ? s3 / found : s3;
    }
    for (; h < H2; h++) {
      let sum = 0;
      for (let r = 0; r < found; r++) sum = Math.fround(sum + table[bases[r] + h]);
      zs[h] = found > 0 ? sum / found : sum;
    }
    const lex = this.lex;
    sentenceDenseOfRates(text, span.start, span.end, a, b, found, L, lex, sdense);
    const D = sdense.length;
    for (let h = 0; h < H2; h++) {
      let s = zs[h] + sentence.bias[h];
      for (let k = 0; k < D; k++) s += sentence.dense[h * D + k] * sdense[k];
      zs[h] = s > 0 ? s : 0;
    }
    for (let c = 0; c < C; c++) {
      if (sentence.thresholds[c] > 1) continue;
      let logit = sentence.outBias[c];
      for (let h = 0; h < H2; h++) logit += sentence.out[c * H2 + h] * zs[h];
      const p = 1 / (1 + Math.exp(-logit));
      if (p < sentence.thresholds[c]) continue;
      let end = span.end;
      while (end > span.start && /[\s.,;:]/.test(text[end - 1])) end--;
      if (end <= span.start) continue;
      out.push({ label: this.sentenceLabels[c], start: span.start, end, rule: `model:${this.id}/${slug(this.sentenceLabels[c])}-sentence p=${p.toFixed(2)} (${this.strongestWords(c, tokens, a, b, found)})` });
    }
  }

  /** The sentence's words that pushed label c up the most (through the active hidden units). */
  private strongestWords(c: number, tokens: readonly Token[], a: number, b: number, found: number): string {
    const { H2, columns, table, rows, zs, sentence } = this;
    /** Where a word row's sentence columns start. */
    const sb = 3 * this.H;
    const parts: Array<[string, number]> = [];
    for (let i = a; i < b; i++) {
      const row = rows[i];
      if (row < 0) continue;
      let s = 0;
      for (let h = 0; h < H2; h++) if (zs[h] > 0) s += sentence.out[c * H2 + h] * table[row * columns + sb + h];
      parts.push([`word=${tokens[i].text}`, s / found]);
    }
    return strongest(parts);
  }
}

/**
 * Dense sentence inputs: length, question, exclamation, quotation marks, share of words the
 * table knows, then per token label the mean and the maximum of the words' lexicon rates.
 */
export function sentenceDense(sentence: string, a: number, b: number, found: number, L: number, lexicon: (token: number, l: number) => number, out: Float32Array): void {
  const last = sentence.charCodeAt(sentence.length - 1);
  const tokens = b - a;
  out[0] = Math.min(1, tokens / 60);
  out[1] = last === 63 ? 1 : 0;
  out[2] = last === 33 ? 1 : 0;
  out[3] = /["“”]/.test(sentence) ? 1 : 0;
  out[4] = tokens > 0 ? found / tokens : 0;
  for (let l = 0; l < L; l++) {
    let sum = 0;
    let max = 0;
    for (let i = a; i < b; i++) {
      const v = lexicon(i, l);
      sum += v;
      if (v > max) max = v;
    }
    out[5 + l] = b > a ? sum / (b - a) : 0;
    out[5 + L + l] = max;
  }
}

/**
 * `sentenceDense` for the sentence text[start, end) and per-token rates `lex` (tokens × L):
 * the same values in the same order, without slicing the sentence or a call per rate.
 */
function sentenceDenseOfRates(text: string, start: number, end: number, a: number, b: number, found: number, L: number, lex: Float32Array, out: Float32Array): void {
  const last = start < end ? text.charCodeAt(end - 1) : NaN;
  const tokens = b - a;
  let quote = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 34 || c === 0x201c || c === 0x201d) {
      quote = 1;
      break;
    }
  }
  out[0] = Math.min(1, tokens / 60);
  out[1] = last === 63 ? 1 : 0;
  out[2] = last === 33 ? 1 : 0;
  out[3] = quote;
  out[4] = tokens > 0 ? found / tokens : 0;
  for (let l = 0; l < L; l++) {
    let sum = 0;
    let max = 0;
    for (let i = a; i < b; i++) {
      const v = lex[i * L + l];
      sum += v;
      if (v > max) max = v;
    }
    out[5 + l] = b > a ? sum / (b - a) : 0;
    out[5 + L + l] = max;
  }
}

/** Mean lexicon rate per label of tokens [a, b) into out[at, at + L) (zeros for an empty range). */
export function sentenceMeans(a: number, b: number, L: number, lex: ArrayLike<number>, out: Float32Array, at: number): void {
  for (let l = 0; l < L; l++) {
    let sum = 0;
    for (let i = a; i < b; i++) sum += lex[i * L + l];
    out[at + l] = b > a ? sum / (b - a) : 0;
  }
}

/** Mean lexicon rate per label over every token of `ranges` into out[at, at + L). */
export function articleMeans(ranges: ReadonlyArray<readonly [number, number]>, L: number, lex: ArrayLike<number>, out: Float32Array, at: number): void {
  let n = 0;
  for (let l = 0; l < L; l++) out[at + l] = 0;
  for (const [a, b] of ranges) {
    n += b - a;
    for (let i = a; i < b; i++) for (let l = 0; l < L; l++) out[at + l] += lex[i * L + l];
  }
  if (n > 0) for (let l = 0; l < L; l++) out[at + l] /= n;
}

function strongest(parts: Array<[string, number]>): string {
  return parts
    .filter((p) => p[1] > 0)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([name, v]) => `${name} +${v.toFixed(2)}`)
    .join(', ');
}

