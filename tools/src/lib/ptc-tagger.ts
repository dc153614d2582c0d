/**
 * Trains the token tagger (packages/core/src/stages/techniques/tagger.ts) on PTC
 * articles: one logistic regression per label, plain SGD in a fixed order (deterministic),
 * over features seen at least twice; small weights are pruned before shipping.
 */
import { tokenFeatures, type TaggerModel } from '../../../packages/core/src/stages/techniques/tagger.js';
import { PTC2020_TO_2023 } from '../../../packages/core/src/stages/techniques/labels.js';
import type { PtcArticle } from './ptc-corpus.js';
import type { segmentPtc } from './ptc-lexicon.js';

export const TAGGER_LABELS = ['Loaded_Language', 'Name_Calling-Labeling'];
const EPOCHS = 5;
const MIN_FEATURE_COUNT = 2;
const PRUNE = 0.15;

type Segmented = ReturnType<typeof segmentPtc>;

export function trainTagger(articles: readonly PtcArticle[], segmented: readonly Segmented[]): TaggerModel {
  const L = TAGGER_LABELS.length;
  const rows: Array<{ feats: string[]; y: number[] }> = [];
  articles.forEach((article, k) => {
    const { context, normalized } = segmented[k];
    const gold = article.spans
      .map((s) => ({ ...s, l: TAGGER_LABELS.indexOf(PTC2020_TO_2023[s.label]?.[0] ?? '') }))
      .filter((s) => s.l >= 0);
    for (const [a, b] of context.sentenceTokens) {
      for (let i = a; i < b; i++) {
        const t = context.tokens[i];
        const y = new Array(L).fill(0);
        for (const g of gold) if (g.start <= t.start && t.end <= g.end) y[g.l] = 1;
        rows.push({ feats: tokenFeatures(context.tokens, normalized, i, a, b).slice(), y });
      }
    }
  });
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of r.feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (c >= MIN_FEATURE_COUNT) index.set(f, index.size);
  const encoded = rows.map((r) => ({ ids: r.feats.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: r.y }));
  const w = new Float64Array(index.size * L);
  const bias = new Array(L).fill(-3);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = 0.2 / (1 + epoch);
    for (const { ids, y } of encoded) {
      for (let l = 0; l < L; l++) {
        let z = bias[l];
        for (const id of ids) z += w[id * L + l];
        const g = y[l] - 1 / (1 + Math.exp(-z));
        if (Math.abs(g) < 1e-3) continue;
        bias[l] += rate * g;
        for (const id of ids) w[id * L + l] += rate * g;
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, id] of index) {
    const ws = Array.from({ length: L }, (_, l) => Math.round(w[id * L + l] * 100) / 100);
    if (ws.some((x) => Math.abs(x) >= PRUNE)) weights[f] = ws;
  }
  return { labels: TAGGER_LABELS, bias: bias.map((b) => Math.round(b * 100) / 100), thresholds: new Array(L).fill(0.5), weights };
}
