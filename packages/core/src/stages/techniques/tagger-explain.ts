/*
 * The tagger's explanations: the `rule` of a mark names the inputs that pushed it up the most
 * (`model:technique-tagger@1/loaded p=0.83 (word=sinister +1.20, ...)`).
 */
import type { Token } from '../../context.js';
import { labelSlug as slug } from './labels.js';
import type { TechniqueTagger } from './tagger.js';
import { SHAPE_FEATURE_NAMES, SHAPE_FEATURES as SHAPE_FEATURES_EXPORT } from './tagger-features.js';
import { tokenForward } from './tagger-inference.js';

/** A local copy: an imported binding may be a getter under some loaders, too slow for per-token loops. */
const SHAPE_FEATURES = SHAPE_FEATURES_EXPORT;

/** `model:technique-tagger@1/<label> p=… (word=… +x, …)`: the strongest input blocks of the surest token. */
export function explainToken(t: TechniqueTagger, l: number, tokens: readonly Token[], first: number, end: number, a: number, b: number): string {
  const { L, H } = t;
  let best = first;
  for (let i = first; i < end; i++) if (t.probs[i * L + l] > t.probs[best * L + l]) best = i;
  const p = 1 / (1 + Math.exp(-t.probs[best * L + l]));
  const blocks = tokenForward(t, best, a, b, true)!;
  const D = t.dense.length;
  const w = (h: number) => (t.z[h] > 0 ? t.token.out[l * H + h] : 0);
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
          ? `lexicon ${t.dense[k].toFixed(2)} ${slug(t.tokenLabels[k - SHAPE_FEATURES])}`
          : k < SHAPE_FEATURES + 2 * L
            ? `neighbour lexicon ${slug(t.tokenLabels[k - SHAPE_FEATURES - L])}`
            : k < SHAPE_FEATURES + 3 * L
              ? `sentence lexicon ${slug(t.tokenLabels[k - SHAPE_FEATURES - 2 * L])}`
              : `article lexicon ${slug(t.tokenLabels[k - SHAPE_FEATURES - 3 * L])}`;
    parts.push([name, s]);
  }
  return `model:${t.id}/${slug(t.tokenLabels[l])} p=${p.toFixed(2)} (${strongest(parts)})`;
}

/** The sentence's words that pushed label c up the most (through the active hidden units). */
export function strongestWords(t: TechniqueTagger, c: number, tokens: readonly Token[], a: number, b: number, found: number): string {
  const { H2, columns, table, rows, zs, sentence } = t;
  /** Where a word row's sentence columns start. */
  const sb = 3 * t.H;
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

function strongest(parts: Array<[string, number]>): string {
  return parts
    .filter((p) => p[1] > 0)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 3)
    .map(([name, v]) => `${name} +${v.toFixed(2)}`)
    .join(', ');
}
