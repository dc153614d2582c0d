/**
 * Trains the check-worthiness model on the ClaimBuster crowdsourced set
 * (CT24_checkworthy_english_train.tsv) minus the fixed dev split, plus optionally the
 * CheckThat! 2019 debates (minus any sentence that also sits in the dev split), and writes
 * the model package's checkworthiness model (packages/model-en/models) (and the shared word-vector table,
 * `embeddings` in the model package).
 *
 * The model is wide and deep (hashed sparse features plus a one-hidden-layer network over
 * the sentence's pooled GloVe vectors). The number of epochs and the decision threshold
 * are chosen on a tuning part of the training sentences (one id in five, by another hash);
 * the model is then refitted on all training sentences for that many epochs, and the dev
 * split is only scored, never used for a choice.
 */
import { resolve } from 'node:path';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { isCheckworthyDev, normaliseForDedup, readCheckworthy2019, readCheckworthyTsv } from '../lib/classifier-data.js';
import { scoreAll } from '../lib/classifier-eval.js';
import { bestThreshold, countAt, f1, precision, recall } from '../lib/classifier-metrics.js';
import { booleanOption, numberOption } from '../lib/classifier-options.js';
import { sigmoid } from '../lib/classifier-train.js';
import { featuriseWideDeep, shipWideDeep, trainEnsembleByEpoch, wideDeepMargins } from '../lib/classifier-wide-deep.js';
import { writeModel } from '../lib/model-files.js';
import { WIDE_DEEP_FORMAT } from '../lib/model-formats.js';
import { buildShippedTable } from '../lib/embeddings-glove.js';
import { hashText } from '../../../packages/core/src/models/classifier/hash.js';
import { WideDeepModel } from '../../../packages/core/src/models/classifier/wide-deep.js';
import { EmbeddingTable } from '../../../packages/core/src/models/embeddings/table.js';

export const summary = 'check-worthiness model: wide-and-deep (hashed n-grams + GloVe MLP) on ClaimBuster (CT24 train) minus a fixed dev split';

/** The tuning part of the training sentences: one id in five, by a hash independent of the dev split's. */
export const isCheckworthyTune = (id: string): boolean => hashText(`tune:${id}`) % 5 === 0;

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'checkworthiness/CT24_checkworthy_english_train.tsv');
  const dryRun = args.options.has('dry-run');
  const command = `npm run train -- checkworthiness ${process.argv.slice(3).join(' ')}`.trim();
  const shippedTable = buildShippedTable(data, !dryRun, command);
  const table = new EmbeddingTable(shippedTable);
  const all = readCheckworthyTsv(resolve(data, 'checkworthiness/CT24_checkworthy_english_train.tsv'));
  const dev = all.filter((s) => isCheckworthyDev(s.id));
  const train = all.filter((s) => !isCheckworthyDev(s.id));
  if (booleanOption(args, 'with-2019', false)) {
    const held = new Set(dev.map((s) => normaliseForDedup(s.text)));
    const extra = readCheckworthy2019(resolve(data, 'checkworthiness/CT19-T1-Training.csv')).filter((s) => !held.has(normaliseForDedup(s.text)));
    train.push(...extra);
  }
  const features = {
    bits: numberOption(args, 'bits', 18),
    trigrams: booleanOption(args, 'trigrams', false),
    suffixes: booleanOption(args, 'suffixes', true),
    charGrams: numberOption(args, 'char-grams', 0),
    quoteCues: booleanOption(args, 'quote-cues', false),
  };
  const options = {
    epochs: numberOption(args, 'epochs', 6),
    rate: numberOption(args, 'rate', 0.5),
    l2: numberOption(args, 'l2', 1e-6),
    denseRate: numberOption(args, 'dense-rate', 1e-3),
    hidden: numberOption(args, 'hidden', 32),
    decay: numberOption(args, 'decay', 1e-3),
    dropout: numberOption(args, 'dropout', 0.3),
    batch: numberOption(args, 'batch', 16),
    positiveWeight: numberOption(args, 'positive-weight', 1),
    seed: numberOption(args, 'seed', 20240401),
    nbAlpha: numberOption(args, 'nb', 0),
  };
  const fit = train.filter((s) => !isCheckworthyTune(s.id));
  const tune = train.filter((s) => isCheckworthyTune(s.id));
  console.log(`train ${train.length} sentences (fit ${fit.length}, tune ${tune.length}), dev ${dev.length}; features ${JSON.stringify(features)}; ${JSON.stringify(options)}`);
  const trainX = featuriseWideDeep(train, features, table, 1);
  const fitX = trainX.filter((_, i) => !isCheckworthyTune(train[i].id));
  const tuneX = trainX.filter((_, i) => isCheckworthyTune(train[i].id));
  const tuneLabels = tuneX.map((x) => x.label);
  const members = numberOption(args, 'members', 3);
  let best = { epoch: 1, threshold: 0.5, value: -1 };
  trainEnsembleByEpoch(fitX, features, options, members).forEach((model, i) => {
    const { threshold, value } = bestThreshold(Array.from(wideDeepMargins(model, tuneX), sigmoid), tuneLabels, f1);
    console.log(`epoch ${i + 1}: tune check-worthy F1 ${value.toFixed(4)} at threshold ${threshold.toFixed(4)} (mean of ${members} seeds)`);
    if (value > best.value) best = { epoch: i + 1, threshold, value };
  });
  console.log(`chosen on the tuning part: ${best.epoch} epochs, threshold ${best.threshold.toFixed(4)} (tune F1 ${best.value.toFixed(4)})`);
  const refit = booleanOption(args, 'refit', true);
  const model = refit ? trainEnsembleByEpoch([...fitX, ...tuneX], features, { ...options, epochs: best.epoch }, members)[best.epoch - 1] : trainEnsembleByEpoch(fitX, features, { ...options, epochs: best.epoch }, members)[best.epoch - 1];
  const shipped = shipWideDeep(
    model,
    best.threshold,
    'checkworthiness/wide-deep@1',
    'ClaimBuster crowdsourced set (CheckThat! 2024 CT24_checkworthy_english_train.tsv), minus the dev split (sentence ids whose hash is 0 mod 5)' +
      (args.options.has('with-2019') ? ', plus CheckThat! 2019 task 1 training debates' : '') +
      `; mean of ${members} seeds; epochs and threshold chosen on a tuning fifth of the training sentences${refit ? ', then refitted on all of them' : ''}`,
    shippedTable.id,
    1,
  );
  // Figures from the shipped model exactly as it runs (quantised sparse weights, int8 word vectors).
  const runtime = new WideDeepModel(shipped);
  const scores = scoreAll(runtime, dev, table);
  const c = countAt(scores, dev.map((s) => s.label), 0.5);
  console.log(`dev check-worthy F1 ${f1(c).toFixed(4)} P ${precision(c).toFixed(4)} R ${recall(c).toFixed(4)} (shipped model, threshold 0.5)`);
  if (dryRun) return;
  for (const file of writeModel('checkworthiness', shipped, { version: shipped.id, format: WIDE_DEEP_FORMAT, trainedOn: shipped.trainedOn })) console.log(`wrote ${file}`);
}

