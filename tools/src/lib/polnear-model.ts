/**
 * Training the learned attribution model on PolNeAR train: a cue classifier over
 * candidate tokens and a content-span model given a cue (both averaged perceptrons;
 * the content model is structured: start + end + span features, decoded by
 * `bestContent`, the same decoder the stage uses).
 */
import { createContext, emptyArticle, segmentStage } from '../../../packages/core/src/index.js';
import { buildFinderInput } from '../../../packages/core/src/stages/attribution/input.js';
import { bestContent, contentFeatures, groupCues } from '../../../packages/core/src/stages/attribution/model-decode.js';
import {
  contentKind,
  cueFeatures,
  type CueSpan,
  TABLE_BITS,
  tokenView,
  type TokenView,
} from '../../../packages/core/src/stages/attribution/model-features.js';
import { AveragedPerceptron, shuffled } from './polnear-perceptron.js';
import type { GoldSpan, PolnearArticle } from './polnear-read.js';
import { shippedModelStore } from './analyzer.js';

/** Function words that sit inside multi-word cues ("has said", "called for") but never head one. */
export const CUE_STOP = new Set([
  'the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'and', 'that', 'with', 'as', 'by', 'at', 'from', 'it', 'is', 'was',
  'be', 'been', 'are', 'were', 'has', 'have', 'had', 'not', 'n’t', "n't", 'also', 'did', 'do', 'does', 'will', 'would',
  'his', 'her', 'their', 'its', 'this', "'s", '’s', ',', 'out', 'about', 'up', 'he', 'she', 'they', 'we', 'i', 'you',
]);
/** Training decodes without the set-off-tag restriction on spans around the cue (measured: slightly better). */
const TAG_RULE_IN_TRAINING = false;

export interface ModelOptions {
  cueEpochs: number;
  contentEpochs: number;
  seed: number;
  /** Models trained with different shuffles and averaged (default 1). */
  members?: number;
  /** Fewest times a word form must sit in a train cue to be a candidate cue token (default 3). */
  minCueCount?: number;
  /** Features seen in fewer training instances than this keep weight 0 (rare hashed features overfit). */
  minFeatureCount?: number;
}

/** Zeroes the weights of features counted fewer than `min` times. */
function prune(weights: Float64Array, counts: Uint32Array, min: number): Float64Array {
  if (min > 1) for (let i = 0; i < weights.length; i++) if (counts[i] < min) weights[i] = 0;
  return weights;
}

export interface AttributionModelData {
  vocab: string[];
  /** Averaged weights, one table per part, indexed by hashed feature. */
  cue: Float64Array;
  content: Float64Array;
}

interface Prepared {
  view: TokenView;
  /** 1 where the token sits inside a gold cue. */
  inCue: Uint8Array;
  gold: PolnearArticle['attributions'];
}

function pieces(span: GoldSpan): Array<{ start: number; end: number }> {
  return span.parts ?? [span];
}

function prepare(article: PolnearArticle): Prepared {
  const a = emptyArticle(article.text);
  const context = createContext(shippedModelStore());
  segmentStage().run(a, context);
  const view = tokenView(buildFinderInput(a, context));
  const { input, words } = view;
  const inCue = new Uint8Array(words.length);
  const cueParts = article.attributions.flatMap((g) => (g.cue ? pieces(g.cue) : [])).sort((x, y) => x.start - y.start);
  let p = 0;
  input.tokens.forEach((t, i) => {
    while (p < cueParts.length && cueParts[p].end <= t.start) p++;
    for (let q = p; q < cueParts.length && cueParts[q].start <= t.start; q++) if (t.start < cueParts[q].end) inCue[i] = 1;
  });
  return { view, inCue, gold: article.attributions };
}

function tokensIn(prepared: Prepared, span: GoldSpan, isCandidate: (w: string) => boolean): number[] {
  const out: number[] = [];
  const { tokens } = prepared.view.input;
  for (const part of pieces(span)) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].start >= part.start && tokens[i].start < part.end && isCandidate(prepared.view.words[i])) out.push(i);
    }
  }
  return out.sort((x, y) => x - y);
}

/** The gold content as a token range inside the cue's sentence, or null when it lies outside it. */
function goldRange(prepared: Prepared, cue: CueSpan, content: GoldSpan): [number, number] | null {
  const { input } = prepared.view;
  const [s0, s1] = input.sentences[input.sentenceOfToken[cue.first]];
  let start = -1;
  let last = -1;
  for (let k = s0; k < s1; k++) {
    const t = input.tokens[k];
    if (start < 0 && t.end > content.start) start = k;
    if (t.start < content.end) last = k;
  }
  if (start < 0 || last < start) return null;
  if (start >= cue.first && start < cue.end) start = cue.end;
  if (last >= cue.first && last < cue.end) last = cue.first - 1;
  if (last < start || !contentKind(cue, start, last)) return null;
  return [start, last];
}

/** Trains `options.members` models with seeds seed, seed + 1, ... and averages their weights (steadier than one shuffle). */
export function trainAttributionModel(articles: readonly PolnearArticle[], options: ModelOptions): AttributionModelData {
  const members = options.members ?? 1;
  const models = Array.from({ length: members }, (_, m) => trainOne(articles, { ...options, seed: options.seed + 1000 * m }));
  if (members === 1) return models[0];
  const mean = (pick: (d: AttributionModelData) => Float64Array) => {
    const out = new Float64Array(pick(models[0]).length);
    for (const d of models) pick(d).forEach((w, i) => (out[i] += w / members));
    return out;
  };
  return { vocab: models[0].vocab, cue: mean((d) => d.cue), content: mean((d) => d.content) };
}

function trainOne(articles: readonly PolnearArticle[], options: ModelOptions): AttributionModelData {
  const prepared = articles.map(prepare);
  const counts = new Map<string, number>();
  for (const p of prepared) p.inCue.forEach((v, i) => v && counts.set(p.view.words[i], (counts.get(p.view.words[i]) ?? 0) + 1));
  // Adverbs ("reportedly", "allegedly") name no source; the hedges stage marks them.
  const vocab = [...counts].filter(([w, n]) => n >= (options.minCueCount ?? 3) && !CUE_STOP.has(w) && !w.endsWith('ly')).map(([w]) => w).sort();
  const vocabSet = new Set(vocab);
  const isCandidate = (w: string) => vocabSet.has(w);

  // Cue classifier: every candidate token, labelled by whether it sits in a gold cue.
  const size = 1 << TABLE_BITS;
  const cueModel = new AveragedPerceptron(size);
  const cueInstances: Array<{ ids: number[]; label: number }> = [];
  const cueCounts = new Uint32Array(size);
  for (const p of prepared) {
    p.view.words.forEach((w, i) => {
      if (!isCandidate(w)) return;
      const ids: number[] = [];
      cueFeatures(p.view, i, ids);
      for (const f of ids) cueCounts[f]++;
      cueInstances.push({ ids, label: p.inCue[i] ? 1 : -1 });
    });
  }
  for (let epoch = 0; epoch < options.cueEpochs; epoch++) {
    for (const inst of shuffled(cueInstances, options.seed + epoch)) {
      if (inst.label * cueModel.score(inst.ids) <= 0) cueModel.update(inst.ids, inst.label);
      cueModel.tick();
    }
  }

  // Content model: for each gold attribution, its cue as the stage would group it, and the gold span.
  const contentModel = new AveragedPerceptron(size);
  const contentInstances: Array<{ p: Prepared; cue: CueSpan; start: number; last: number }> = [];
  for (const p of prepared) {
    for (const g of p.gold) {
      if (!g.cue) continue;
      const cueTokens = tokensIn(p, g.cue, isCandidate);
      if (cueTokens.length === 0) continue;
      const [cue] = groupCues(p.view, cueTokens);
      cue.end = cueTokens[cueTokens.length - 1] + 1;
      if (p.view.input.sentenceOfToken[cue.first] !== p.view.input.sentenceOfToken[cue.end - 1]) continue;
      const range = goldRange(p, cue, g.content);
      if (range) contentInstances.push({ p, cue, start: range[0], last: range[1] });
    }
  }
  // A content feature counts once for each gold span it describes.
  const contentCounts = new Uint32Array(size);
  for (const inst of contentInstances) for (const f of contentFeatures(inst.p.view, inst.cue, inst.start, inst.last)) contentCounts[f]++;
  for (let epoch = 0; epoch < options.contentEpochs; epoch++) {
    for (const inst of shuffled(contentInstances, options.seed + 100 + epoch)) {
      const best = bestContent(inst.p.view, inst.cue, contentModel.weights, TAG_RULE_IN_TRAINING);
      if (best && (best.start !== inst.start || best.last !== inst.last)) {
        contentModel.update(contentFeatures(inst.p.view, inst.cue, inst.start, inst.last), 1);
        contentModel.update(contentFeatures(inst.p.view, inst.cue, best.start, best.last), -1);
      }
      contentModel.tick();
    }
  }
  const min = options.minFeatureCount ?? 1;
  return { vocab, cue: prune(cueModel.averaged(), cueCounts, min), content: prune(contentModel.averaged(), contentCounts, min) };
}

/** One line for the training report. */
export function describeModel(model: AttributionModelData): string {
  const used = (t: Float64Array) => t.reduce((n, w) => n + (w !== 0 ? 1 : 0), 0);
  return `vocab ${model.vocab.length}, cue table ${used(model.cue)}/${model.cue.length} used, content table ${used(model.content)}/${model.content.length} used`;
}
