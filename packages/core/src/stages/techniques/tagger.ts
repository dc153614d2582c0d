/**
 * A token tagger for word-level techniques (Loaded_Language, Name_Calling-Labeling):
 * one logistic regression per label over sparse features of a token and its
 * neighbours. A run of tokens scoring at or above the label's threshold is one mark.
 */
import type { Token } from '../../context.js';

export interface TaggerModel {
  labels: string[];
  /** Per label: bias and decision threshold on the probability. */
  bias: number[];
  thresholds: number[];
  /** Feature -> one weight per label (0 where unused). */
  weights: Record<string, number[]>;
}

/** The features of token `i` within [a, b). Training and tagging share this. */
export function tokenFeatures(tokens: readonly Token[], normalized: readonly string[], i: number, a: number, b: number, out: string[] = []): string[] {
  out.length = 0;
  const w = normalized[i];
  const prev = i > a ? normalized[i - 1] : '<s>';
  const next = i + 1 < b ? normalized[i + 1] : '</s>';
  out.push(`w=${w}`, `p=${prev}`, `n=${next}`, `pw=${prev}|${w}`, `wn=${w}|${next}`);
  if (w.length > 4) out.push(`s3=${w.slice(-3)}`, `s4=${w.slice(-4)}`);
  const first = tokens[i].text.charCodeAt(0);
  if (first >= 65 && first <= 90) out.push(i > a ? 'cap' : 'cap0');
  if (tokens[i].text.length > 2 && tokens[i].text === tokens[i].text.toUpperCase() && /[A-Z]/.test(tokens[i].text)) out.push('allcaps');
  return out;
}

export interface TaggedRun {
  label: string;
  first: number;
  end: number;
  /** The strongest features of the run's best token, for the `rule` field. */
  why: string[];
  score: number;
}

/** Runs of tokens in [a, b) whose probability reaches each label's threshold. */
export function tagRuns(model: TaggerModel, tokens: readonly Token[], normalized: readonly string[], a: number, b: number, out: TaggedRun[] = []): TaggedRun[] {
  const feats: string[] = [];
  const L = model.labels.length;
  const open: Array<TaggedRun | undefined> = new Array(L).fill(undefined);
  for (let i = a; i <= b; i++) {
    const scores = model.bias.slice();
    if (i < b) {
      tokenFeatures(tokens, normalized, i, a, b, feats);
      for (const f of feats) {
        const w = model.weights[f];
        if (!w) continue;
        for (let l = 0; l < L; l++) scores[l] += w[l];
      }
    }
    for (let l = 0; l < L; l++) {
      const p = i < b ? 1 / (1 + Math.exp(-scores[l])) : 0;
      const run = open[l];
      if (p >= model.thresholds[l]) {
        if (run) {
          run.end = i + 1;
          if (p > run.score) Object.assign(run, { score: p, why: topFeatures(model, feats, l) });
        } else open[l] = { label: model.labels[l], first: i, end: i + 1, score: p, why: topFeatures(model, feats, l) };
      } else if (run) {
        out.push(run);
        open[l] = undefined;
      }
    }
  }
  return out;
}

function topFeatures(model: TaggerModel, feats: readonly string[], l: number): string[] {
  return feats
    .filter((f) => model.weights[f])
    .map((f): [string, number] => [f, model.weights[f][l]])
    .sort((x, y) => y[1] - x[1])
    .slice(0, 2)
    .map(([f, w]) => `${f}:${w.toFixed(1)}`);
}
