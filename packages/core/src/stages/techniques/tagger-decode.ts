/*
 * The tagger's decoding: token logits to marks (runs with hysteresis, trimmed to content words)
 * and the sentence network's probabilities to whole-sentence marks.
 */
import type { Token } from '../../context.js';
import { labelSlug as slug } from './labels.js';
import type { TaggerMark, TechniqueTagger } from './tagger.js';
import { explainToken, strongestWords } from './tagger-explain.js';
import { SHAPE_FEATURES as SHAPE_FEATURES_EXPORT } from './tagger-features.js';
import { sentenceDenseOfRates } from './tagger-inference.js';

/** A local copy: an imported binding may be a getter under some loaders, too slow for per-token loops. */
const SHAPE_FEATURES = SHAPE_FEATURES_EXPORT;

/**
 * Marks of label l in sentence tokens [a, b), decoded with hysteresis: a run starts at a
 * content word whose probability reaches the label's threshold (a run starting at an edge
 * word would be trimmed to the same content words), then grows left and right over every
 * word whose probability reaches the lower `extend` threshold (gold spans are about three
 * words long; the surest word of one is usually alone above the start threshold). Edge
 * words' logits are read only where a run reaches them, where `logitAt` computes them.
 */
export function decodeLabel(t: TechniqueTagger, l: number, tokens: readonly Token[], a: number, b: number, out: TaggerMark[]): void {
  const threshold = t.token.thresholds[l];
  if (threshold > 1) return;
  const { probs, L, shape } = t;
  const cut = Math.log(threshold / (1 - threshold));
  const extend = Math.min(threshold, t.token.extend?.[l] ?? threshold);
  const grow = Math.log(extend / (1 - extend));
  const S = SHAPE_FEATURES;
  let free = a;
  for (let i = a; i < b; i++) {
    if (shape[i * S + 3] === 1 || shape[i * S + 4] === 1) continue;
    if (!(probs[i * L + l] >= cut)) continue;
    let first = i;
    // Leftwards over words at the lower threshold, not into the previous mark; one function word may be bridged.
    for (;;) {
      if (first - 1 >= free && t.logitAt(first - 1, l, a, b) >= grow) first--;
      else if (first - 2 >= free && shape[(first - 1) * S + 4] === 1 && t.logitAt(first - 2, l, a, b) >= grow) first -= 2;
      else break;
    }
    let j = i + 1;
    // A run may bridge one function word ("wrapped in iron") between two marked words.
    for (;;) {
      if (j < b && t.logitAt(j, l, a, b) >= grow) j++;
      else if (j + 1 < b && shape[j * S + 4] === 1 && t.logitAt(j + 1, l, a, b) >= grow) j += 2;
      else break;
    }
    let last = j - 1;
    // Gold spans start and end on content words: trim punctuation and function words (shape columns 3 and 4).
    while (first <= last && (shape[first * S + 3] === 1 || shape[first * S + 4] === 1)) first++;
    while (last >= first && (shape[last * S + 3] === 1 || shape[last * S + 4] === 1)) last--;
    if (first <= last) {
      out.push({ label: t.tokenLabels[l], start: tokens[first].start, end: tokens[last].end, rule: explainToken(t, l, tokens, first, last + 1, a, b) });
      if (t.token.propagate?.[l] === 1) {
        let best = probs[first * L + l];
        for (let k = first + 1; k <= last; k++) if (probs[k * L + l] > best) best = probs[k * L + l];
        t.seeds.push(l, first, last + 1, 1 / (1 + Math.exp(-best)));
      }
    }
    i = j - 1;
    free = j;
  }
}

/** Sentence network: dense inputs, mean of the words' sentence columns, then marks. */
export function sentenceMarks(t: TechniqueTagger, text: string, tokens: readonly Token[], a: number, b: number, span: { start: number; end: number }, out: TaggerMark[]): void {
  const { H2, L, C, sentence, table, columns, rows, zs, sdense, vectorRows } = t;
  /** Where a word row's sentence columns start. */
  const sb = 3 * t.H;
  if (b <= a) return;
  let found = 0;
  if (t.bases.length < b - a) t.bases = new Int32Array(Math.max(b - a, 2 * t.bases.length));
  const bases = t.bases;
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
  const lex = t.lex;
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
    out.push({ label: t.sentenceLabels[c], start: span.start, end, rule: `model:${t.id}/${slug(t.sentenceLabels[c])}-sentence p=${p.toFixed(2)} (${strongestWords(t, c, tokens, a, b, found)})` });
  }
}
