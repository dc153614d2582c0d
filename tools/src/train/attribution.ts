/**
 * `npm run train -- attribution --data <path>`: learns from the PolNeAR train split
 * (never dev), deterministically:
 * - the cue-word table (a word's weight is the share of its occurrences in train texts
 *   that sit inside a gold cue span) -> the model package's attribution-cues (packages/model-en/models/attribution-cues.json);
 * - the learned model (cue classifier and content-span model, averaged perceptrons,
 *   seeded shuffles) -> the model package's attribution model (packages/model-en/models/attribution.*).
 * With `--tune`, writes nothing: trains on four fifths of train and prints the whole stage's
 * figures on the held-out fifth for several cue thresholds (how the settings below were chosen).
 */
import { attributionStage, segmentStage, tokenize } from '../../../packages/core/src/index.js';
import { createNodeAnalyzer } from '../../../packages/core/src/node.js';
import { asPredicted, emptyScore, figures, scoreArticle } from '../lib/polnear-score.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { writeModel } from '../lib/model-files.js';
import { ATTRIBUTION_CUES_FORMAT, ATTRIBUTION_FORMAT } from '../lib/model-formats.js';
import { TABLE_BITS } from '../../../packages/core/src/stages/attribution/model-features.js';
import { describeModel, trainAttributionModel } from '../lib/polnear-model.js';
import { quantize } from '../lib/polnear-perceptron.js';
import { type PolnearArticle, readPolnear } from '../lib/polnear-read.js';

export const summary = 'cue-word weights and the cue/content model (packages/model-en) from PolNeAR train';

/** Training settings; the shipped model uses these (chosen with --tune on an inner split of train, never dev). */
const MODEL_OPTIONS = { cueEpochs: 4, contentEpochs: 4, seed: 17, members: 3, minCueCount: 2 };
const TRAINED_ON = `PolNeAR train split, averaged perceptrons ${JSON.stringify(MODEL_OPTIONS)}`;
/**
 * How cues are decided: tokens scoring above `cueThreshold` are candidates; a candidate cue is kept when
 * its score + contentWeight * (its best content's score - contentCenter) is above `acceptThreshold`
 * (a cue with no plausible content is seldom a cue). Below 0 favours recall.
 * Chosen on the held-out fifth (--tune): content weight 0.2 over 0 gained 0.7 F1.
 */
const DECISION: Decision = { cueThreshold: -4, contentWeight: 0.2, contentCenter: 60, acceptThreshold: -2, ruleGate: -8 };

interface Decision {
  cueThreshold: number;
  contentWeight: number;
  contentCenter: number;
  acceptThreshold: number;
  /** The later word rules may use a cue word the classifier knows only when it scores above this (held-out fifth: -8 over -10..-4, +0.2). */
  ruleGate: number;
}

/** Fewest times a word must be a cue to enter the table. */
const MIN_CUE_COUNT = 5;
/** Least share of its occurrences a word must spend as a cue. */
const MIN_WEIGHT = 0.25;
/** Words never taken as cues on their own (function words inside multi-word cues). */
const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'for', 'and', 'that', 'with', 'as', 'by', 'at', 'from', 'it', 'is', 'was', 'be', 'has', 'have', 'had', 'not', 'also']);

/** Least confidences `--tune` tries for the stage's output (the shipped `MIN_CONFIDENCE` among them). */
const TUNE_CONFIDENCE = [0, 0.1, 0.15, 0.2];

/** Decisions `--tune` tries: the content's weight and the acceptance threshold (the shipped ones among them). */
const TUNE_DECISIONS: Decision[] = [0, 0.2].flatMap((contentWeight) =>
  [-3, -2, -1].map((acceptThreshold) => ({ ...DECISION, contentWeight, acceptThreshold })),
);

function encoded(model: ReturnType<typeof trainAttributionModel>, decision: Decision) {
  const cue = quantize(model.cue);
  const content = quantize(model.content);
  return {
    tableBits: TABLE_BITS,
    ...decision,
    vocab: model.vocab,
    cueScale: cue.scale,
    cue: cue.bytes,
    contentScale: content.scale,
    content: content.bytes,
  };
}

/**
 * Trains on four fifths of train and scores the stage on the other fifth (articles 0, 5, 10, ...), for each
 * decision in `TUNE_DECISIONS`; with `folds` 5, does so for every fifth and sums the counts (five times slower,
 * steadier: one fifth alone moves by a few tenths between settings that tie).
 */
function tune(articles: PolnearArticle[], folds: number): void {
  // The stage with a given model injected into its analyzer (the shipped model is never patched).
  const attributionsWith = (data: ReturnType<typeof encoded>, minConfidence: number) => {
    const analyzer = createNodeAnalyzer({ stages: [segmentStage(), attributionStage({ minConfidence })], inject: { attribution: data } });
    analyzer.loadSync();
    return (text: string) => analyzer.analyzeSync(text).attributions.map(asPredicted);
  };
  const pct = (x: number) => (100 * x).toFixed(2);
  const scores = TUNE_DECISIONS.map(() => emptyScore());
  const byConfidence = TUNE_CONFIDENCE.map(() => emptyScore());
  for (let fold = 0; fold < folds; fold++) {
    const held = articles.filter((_, i) => i % 5 === fold);
    const model = trainAttributionModel(articles.filter((_, i) => i % 5 !== fold), MODEL_OPTIONS);
    TUNE_DECISIONS.forEach((decision, d) => {
      const attributions = attributionsWith(encoded(model, decision), 0);
      for (const article of held) scoreArticle(article.attributions, attributions(article.text), scores[d]);
    });
    // The shipped decision again, with the stage's least confidence varied.
    TUNE_CONFIDENCE.forEach((minConfidence, c) => {
      const attributions = attributionsWith(encoded(model, DECISION), minConfidence);
      for (const article of held) scoreArticle(article.attributions, attributions(article.text), byConfidence[c]);
    });
  }
  const where = folds === 1 ? 'held-out fifth' : `${folds} held-out fifths`;
  TUNE_DECISIONS.forEach((decision, d) => {
    const f = figures(scores[d]);
    process.stdout.write(`${where}, content weight ${decision.contentWeight}, accept above ${decision.acceptThreshold}: F1 ${pct(f.f1)} (P ${pct(f.precision)}, R ${pct(f.recall)}), source ${pct(f.sourceAccuracy)}\n`);
  });
  TUNE_CONFIDENCE.forEach((minConfidence, c) => {
    const f = figures(byConfidence[c]);
    process.stdout.write(`${where}, shipped decision, least confidence ${minConfidence}: F1 ${pct(f.f1)} (P ${pct(f.precision)}, R ${pct(f.recall)}), source ${pct(f.sourceAccuracy)}\n`);
  });
}

export async function run(args: ToolArgs): Promise<void> {
  const articles = readPolnear(dataDir(args, 'polnear/data'), 'train');
  if (args.options.has('tune')) {
    tune(articles, args.options.has('folds') ? Number(args.options.get('folds')) : 1);
    return;
  }
  const inCue = new Map<string, number>();
  const total = new Map<string, number>();
  for (const article of articles) {
    const cues = article.attributions.flatMap((a) => (a.cue ? [a.cue] : [])).sort((x, y) => x.start - y.start);
    for (const token of tokenize(article.text)) {
      const word = token.text;
      if (!/^[a-z][a-z’'-]+$/.test(word) || STOP.has(word)) continue;
      total.set(word, (total.get(word) ?? 0) + 1);
      if (cues.some((c) => token.start >= c.start && token.end <= c.end)) inCue.set(word, (inCue.get(word) ?? 0) + 1);
    }
  }
  const table: Array<[string, number]> = [];
  for (const [word, n] of inCue) {
    const weight = n / (total.get(word) ?? n);
    if (n >= MIN_CUE_COUNT && weight >= MIN_WEIGHT) table.push([word, Math.round(weight * 1000) / 1000]);
  }
  table.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  process.stdout.write(`articles: ${articles.length}\ncue words kept: ${table.length}\n`);
  // The model trains on the cue table the process started with (the shipped one), as before the table moved to the model package.
  const model = trainAttributionModel(articles, MODEL_OPTIONS);
  const cueFiles = writeCues(table);
  const data = encoded(model, DECISION);
  const files = writeModel('attribution', data, { version: 'attribution/model@1', format: ATTRIBUTION_FORMAT, trainedOn: TRAINED_ON });
  process.stdout.write(`model: ${describeModel(model)}, ${((data.cue.length + data.content.length) / 1024).toFixed(0)} KiB of weights\nsummary: wrote ${table.length} cue weights to ${cueFiles.join(', ')} and the model to ${files.join(', ')}\n`);
}

/** The cue-word table (word, weight rounded to 3 decimals) as the model package's attribution-cues; keys sorted, so every run writes the same bytes. */
export function writeCues(table: ReadonlyArray<[string, number]>): string[] {
  const trainedOn = `PolNeAR train split: the share of a word form's occurrences inside a gold cue span; words seen in cues at least ${MIN_CUE_COUNT} times with weight at least ${MIN_WEIGHT}`;
  return writeModel('attribution-cues', { cues: Object.fromEntries(table) }, { version: 'attribution-cues@1', format: ATTRIBUTION_CUES_FORMAT, trainedOn });
}
