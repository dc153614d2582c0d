/**
 * Trains the subjectivity model (wide and deep: hashed sparse features plus a small
 * network over the sentence's pooled GloVe vectors, the mean of several seeds) on
 * NewsSD-ENG train.csv, chooses the epochs and the decision threshold for macro F1 on
 * val.csv, and writes the model package's subjectivity model (packages/model-en/models) (and the shared
 * word-vector table, `embeddings` in the model package).
 * The test split is only read by `npm run eval -- subjectivity`. Lines of the propaganda
 * corpus (PTC train) join the training set at a low weight (--ptc-weight, 0.1) as a
 * weak subjectivity signal: NewsSD train alone is too small to carry across topics.
 * --rebuild-lexicon first regenerates the shared sentiment cue lists (see
 * lib/classifier-lexicon.ts); retrain check-worthiness afterwards, as it uses them too.
 */
import { resolve } from 'node:path';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { readCheckworthyTsv, readNewsSd, type LabelledSentence } from '../lib/classifier-data.js';
import { buildSentimentLexicon, writeSentimentLexicon } from '../lib/classifier-lexicon.js';
import { readPtcSentences } from '../lib/classifier-ptc.js';
import { readUnlabelledNewsSentences } from '../lib/classifier-unlabelled.js';
import { bestThreshold, countAt, macroF1 } from '../lib/classifier-metrics.js';
import { booleanOption, numberOption } from '../lib/classifier-options.js';
import { scoreAll } from '../lib/classifier-eval.js';
import { sigmoid } from '../lib/classifier-train.js';
import { featuriseWideDeep, shipWideDeep, trainEnsembleByEpoch, wideDeepMargins, type FloatWideDeep, type WideDeepExample } from '../lib/classifier-wide-deep.js';
import { writeModel } from '../lib/model-files.js';
import { WIDE_DEEP_FORMAT } from '../lib/model-formats.js';
import { buildShippedTable } from '../lib/embeddings-glove.js';
import { WideDeepModel } from '../../../packages/core/src/models/classifier/wide-deep.js';
import { EmbeddingTable } from '../../../packages/core/src/models/embeddings/table.js';

export const summary = 'subjectivity model: wide-and-deep (hashed n-grams + GloVe MLP) on NewsSD-ENG train, epochs and threshold tuned on val';

/** Words seen twice or more in NewsSD train, PTC train and CT24 train, filtered through the sentiment lexicon. */
function rebuildLexicon(data: string, train: LabelledSentence[]): string {
  const texts = [
    ...train,
    ...readPtcSentences(resolve(data, 'propaganda-ptc2020')),
    ...readCheckworthyTsv(resolve(data, 'checkworthiness/CT24_checkworthy_english_train.tsv')),
  ].map((s) => s.text);
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= 2).map(([word]) => word);
  return writeSentimentLexicon(buildSentimentLexicon(vocabulary), 'npm run train -- subjectivity --rebuild-lexicon');
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'subjectivity-newssd/train.csv');
  const train = readNewsSd(resolve(data, 'subjectivity-newssd/train.csv'));
  if (args.options.has('rebuild-lexicon')) {
    const path = rebuildLexicon(data, train);
    console.log(`wrote ${path}; run this command again (without --rebuild-lexicon) so training uses it, then retrain checkworthiness`);
    return;
  }
  const val = readNewsSd(resolve(data, 'subjectivity-newssd/val.csv'));
  const dryRun = args.options.has('dry-run');
  const command = `npm run train -- subjectivity ${process.argv.slice(3).join(' ')}`.trim();
  const shippedTable = buildShippedTable(data, !dryRun, command);
  const table = new EmbeddingTable(shippedTable);
  const features = {
    bits: numberOption(args, 'bits', 16),
    trigrams: booleanOption(args, 'trigrams', false),
    suffixes: booleanOption(args, 'suffixes', true),
    charGrams: numberOption(args, 'char-grams', 0),
    quoteCues: booleanOption(args, 'quote-cues', false),
  };
  const options = {
    epochs: numberOption(args, 'epochs', 15),
    rate: numberOption(args, 'rate', 0.1),
    l2: numberOption(args, 'l2', 1e-5),
    denseRate: numberOption(args, 'dense-rate', 1e-3),
    hidden: numberOption(args, 'hidden', 16),
    decay: numberOption(args, 'decay', 1e-2),
    dropout: numberOption(args, 'dropout', 0.3),
    batch: numberOption(args, 'batch', 16),
    positiveWeight: numberOption(args, 'positive-weight', 2),
    seed: numberOption(args, 'seed', 20240401),
    nbAlpha: numberOption(args, 'nb', 0),
  };
  const members = numberOption(args, 'members', 3);
  console.log(`train ${train.length} sentences, val ${val.length}; features ${JSON.stringify(features)}; ${JSON.stringify(options)}; ${members} seeds`);
  const ptcWeight = numberOption(args, 'ptc-weight', 0.1);
  const newsX = featuriseWideDeep(train, features, table, 1);
  const ptcX: WideDeepExample[] = [];
  if (ptcWeight > 0) {
    const ptc = readPtcSentences(resolve(dataDir(args, 'propaganda-ptc2020/train-task2-TC.labels'), 'propaganda-ptc2020'));
    console.log(`plus ${ptc.length} propaganda-corpus sentences at weight ${ptcWeight}`);
    ptcX.push(...featuriseWideDeep(ptc, features, table, ptcWeight));
  }
  const trainX = [...newsX, ...ptcX];
  // Val has 99 sentences, too few to choose epochs on alone: with --cv K (e.g. 5) the
  // choice also reads K-fold cross-validation over NewsSD train in contiguous blocks (so
  // mostly whole articles are held out): per epoch, the mean of the out-of-fold macro F1 and
  // the val macro F1 (each at its best threshold). The threshold itself comes from val,
  // whose share of subjective sentences is that of test.
  const folds = numberOption(args, 'cv', 0);
  const cv: number[] = [];
  if (folds > 1) {
    const n = newsX.length;
    const outOfFold = Array.from({ length: options.epochs }, () => new Array<number>(n).fill(0));
    for (let k = 0; k < folds; k++) {
      const lo = Math.floor((k * n) / folds);
      const hi = Math.floor(((k + 1) * n) / folds);
      const held = newsX.slice(lo, hi);
      trainEnsembleByEpoch([...newsX.slice(0, lo), ...newsX.slice(hi), ...ptcX], features, options, members).forEach((model, e) => {
        wideDeepMargins(model, held).forEach((z, i) => (outOfFold[e][lo + i] = sigmoid(z)));
      });
    }
    const newsLabels = newsX.map((x) => x.label);
    for (const scores of outOfFold) cv.push(bestThreshold(scores, newsLabels, macroF1).value);
  }
  const valX = featuriseWideDeep(val, features, table, 1);
  const labels = valX.map((x) => x.label);
  // Epochs chosen for val (and cross-validated) macro F1, threshold for val macro F1 (the test
  // split is read only by `npm run eval`).
  let best = { model: undefined as FloatWideDeep | undefined, epoch: 0, threshold: 0.5, value: -1 };
  trainEnsembleByEpoch(trainX, features, options, members).forEach((model, i) => {
    const { threshold, value } = bestThreshold(Array.from(wideDeepMargins(model, valX), sigmoid), labels, macroF1);
    const criterion = cv.length > 0 ? (value + cv[i]) / 2 : value;
    console.log(
      `epoch ${i + 1}: val macro F1 ${value.toFixed(4)} at threshold ${threshold.toFixed(4)}${cv.length > 0 ? `, cross-validated ${cv[i].toFixed(4)}, mean ${criterion.toFixed(4)}` : ''} (mean of ${members} seeds)`,
    );
    if (criterion > best.value) best = { model, epoch: i + 1, threshold, value: criterion };
  });
  console.log(`chosen: ${best.epoch} epochs (${cv.length > 0 ? `mean of val and ${folds}-fold cross-validated macro F1` : 'val macro F1'} ${best.value.toFixed(4)}), threshold ${best.threshold.toFixed(4)} (val)`);
  // Self-training (--self-train ROUNDS): the unlabelled news sentences the model is surest of
  // (--pseudo-share of them, half each way) join at --pseudo-weight with the model's labels;
  // epochs and threshold chosen on val again. Tried, did not help (docs/classifiers.md).
  const rounds = numberOption(args, 'self-train', 0);
  if (rounds > 0) {
    const unlabelled = featuriseWideDeep(readUnlabelledNewsSentences(data), features, table, 1);
    const share = numberOption(args, 'pseudo-share', 0.3);
    const weight = numberOption(args, 'pseudo-weight', 0.3);
    for (let round = 1; round <= rounds; round++) {
      const scores = wideDeepMargins(best.model!, unlabelled);
      const order = Array.from(scores.keys()).sort((a, b) => scores[a] - scores[b]);
      const n = Math.floor((order.length * share) / 2);
      const pseudo = [
        ...order.slice(0, n).map((i) => ({ ...unlabelled[i], label: 0 as const, weight })),
        ...order.slice(order.length - n).map((i) => ({ ...unlabelled[i], label: 1 as const, weight })),
      ];
      best = { model: undefined, epoch: 0, threshold: 0.5, value: -1 };
      trainEnsembleByEpoch([...trainX, ...pseudo], features, options, members).forEach((model, i) => {
        const { threshold, value } = bestThreshold(Array.from(wideDeepMargins(model, valX), sigmoid), labels, macroF1);
        console.log(`self-training round ${round} (${pseudo.length} of ${unlabelled.length} unlabelled sentences), epoch ${i + 1}: val macro F1 ${value.toFixed(4)} at threshold ${threshold.toFixed(4)}`);
        if (value > best.value) best = { model, epoch: i + 1, threshold, value };
      });
    }
  }
  const shipped = shipWideDeep(
    best.model!,
    best.threshold,
    'subjectivity/wide-deep@1',
    `NewsSD-ENG train split (731 sentences)${ptcWeight > 0 ? `, plus SemEval-2020 PTC train article lines (weight ${ptcWeight}; positive when a loaded-language, name-calling, exaggeration, doubt, fear, flag-waving, slogan, black-and-white or cliché span overlaps)` : ''}; mean of ${members} seeds; epochs chosen on the NewsSD-ENG val split${cv.length > 0 ? ` and ${folds}-fold cross-validation over train` : ''}, threshold on val`,
    shippedTable.id,
    2,
  );
  const runtime = new WideDeepModel(shipped);
  const scores = scoreAll(runtime, val, table);
  console.log(`val macro F1 ${macroF1(countAt(scores, labels, 0.5)).toFixed(4)} (shipped model, threshold 0.5)`);
  if (dryRun) return;
  for (const file of writeModel('subjectivity', shipped, { version: shipped.id, format: WIDE_DEEP_FORMAT, trainedOn: shipped.trainedOn })) console.log(`wrote ${file}`);
}
