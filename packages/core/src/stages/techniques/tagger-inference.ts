/*
 * The tagger's inference: the token network's forward pass (logits per token and label, and the
 * same pass with each input block's contribution for explanations), its context inputs, and the
 * sentence network's dense inputs. Float32 sums in a fixed order: the marks are the same on
 * every run and platform.
 */
import type { TechniqueTagger } from './tagger.js';
import { SHAPE_FEATURES as SHAPE_FEATURES_EXPORT } from './tagger-features.js';

/** A local copy: an imported binding may be a getter under some loaders, too slow for per-token loops. */
const SHAPE_FEATURES = SHAPE_FEATURES_EXPORT;

/** `contextBias` = hidden biases + the context inputs' weights (float64 sum, one float32 rounding). */
export function setContext(t: TechniqueTagger): void {
  const { H, contextInputs, contextBias } = t;
  const { dense: w1, bias } = t.token;
  const D = t.dense.length;
  const first = SHAPE_FEATURES + 2 * t.L;
  for (let h = 0; h < H; h++) {
    let s = bias[h];
    for (let k = 0; k < contextInputs.length; k++) s += w1[h * D + first + k] * contextInputs[k];
    contextBias[h] = s;
  }
}

export function lexicon(t: TechniqueTagger, row: number, l: number): number {
  return row < 0 ? 0 : t.table[row * t.columns + 3 * t.H + t.H2 + l];
}

/** Fills the dense inputs of token i (sentence tokens [a, b)). */
export function fillDense(t: TechniqueTagger, i: number, a: number, b: number): void {
  const { dense, shape, rows, L } = t;
  for (let k = 0; k < SHAPE_FEATURES; k++) dense[k] = shape[i * SHAPE_FEATURES + k];
  for (let l = 0; l < L; l++) {
    dense[SHAPE_FEATURES + l] = lexicon(t, rows[i], l);
    const prev = i > a ? lexicon(t, rows[i - 1], l) : 0;
    const next = i + 1 < b ? lexicon(t, rows[i + 1], l) : 0;
    dense[SHAPE_FEATURES + L + l] = Math.max(prev, next);
  }
  dense.set(t.contextInputs, SHAPE_FEATURES + 2 * L);
}

/**
 * The token network's logits for token i (sentence tokens [a, b)) into `probs`:
 * `tokenForward` without the explanation, with the same arithmetic in the same order
 * (float32 hidden sums, non-zero inputs in column order), one hidden unit at a time over
 * the token's list of non-zero inputs, reading the per-token lexicon rates.
 */
export function tokenLogits(t: TechniqueTagger, i: number, a: number, b: number): void {
  const { H, L, shape, lex, rows, table, columns, probs, activeLabels, nzIndex, nzValue } = t;
  const { dense: w1, out, outBias } = t.token;
  const bias = t.contextBias;
  const D = t.dense.length;
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
  const pre = t.pre;
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
  const z = t.z;
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
export function tokenForward(t: TechniqueTagger, i: number, a: number, b: number, explain: boolean): Float32Array[] | undefined {
  const { H, z, token, table, columns, rows, dense, L } = t;
  fillDense(t, i, a, b);
  const D = dense.length;
  let blocks: Float32Array[] | undefined;
  if (explain) {
    // Reused between calls (a mark's explanation is read before the next one is built).
    if (!t.explainBlocks || t.explainBlocks[3].length !== H * (D + 1)) t.explainBlocks = [new Float32Array(H), new Float32Array(H), new Float32Array(H), new Float32Array(H * (D + 1))];
    blocks = t.explainBlocks;
    blocks[3].fill(0);
  }
  // Most dense inputs are zero: add the weights of the non-zero ones only, input by input.
  const pre = t.pre;
  // The context inputs are already in `contextBias` (as in `tokenLogits`).
  const context = SHAPE_FEATURES + 2 * L;
  for (let h = 0; h < H; h++) pre[h] = t.contextBias[h];
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
    t.probs[i * L + l] = logit;
  }
  return blocks;
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
export function sentenceDenseOfRates(text: string, start: number, end: number, a: number, b: number, found: number, L: number, lex: Float32Array, out: Float32Array): void {
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
