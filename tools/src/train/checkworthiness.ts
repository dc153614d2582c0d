/**
 * Trains the check-worthiness model on the ClaimBuster crowdsourced set
 * (CT24_checkworthy_english_train.tsv) minus the fixed dev split, plus optionally the
 * CheckThat! 2019 debates (minus any sentence that also sits in the dev split), tunes
 * the decision threshold for check-worthy F1 on the dev split, and writes
 * packages/core/src/models/checkworthiness/weights.ts.
 */
import { resolve } from 'node:path';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { isCheckworthyDev, normaliseForDedup, readCheckworthy2019, readCheckworthyTsv } from '../lib/classifier-data.js';
import { bestThreshold, countAt, f1, precision, recall } from '../lib/classifier-metrics.js';
import { booleanOption, numberOption } from '../lib/classifier-options.js';
import { featurise, marginsOf, sigmoid, trainLogistic } from '../lib/classifier-train.js';
import { quantise, writeModelModule } from '../lib/classifier-write.js';
import { LinearModel } from '../../../packages/core/src/models/classifier/linear-model.js';
import { tokenize } from '../../../packages/core/src/text/tokens.js';

export const summary = 'check-worthiness model: logistic regression on ClaimBuster (CT24 train) minus a fixed dev split';

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'checkworthiness/CT24_checkworthy_english_train.tsv');
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
    epochs: numberOption(args, 'epochs', 3),
    rate: numberOption(args, 'rate', 0.5),
    l2: numberOption(args, 'l2', 1e-6),
    positiveWeight: numberOption(args, 'positive-weight', 1),
    seed: numberOption(args, 'seed', 20240401),
  };
  console.log(`train ${train.length} sentences, dev ${dev.length}; features ${JSON.stringify(features)}; ${JSON.stringify(options)}`);
  const model = trainLogistic(featurise(train, features), features, options);
  const devX = featurise(dev, features);
  const labels = devX.map((x) => x.label);
  const probabilities = Array.from(marginsOf(model, devX), sigmoid);
  const { threshold, value } = bestThreshold(probabilities, labels, f1);
  console.log(`dev check-worthy F1 ${value.toFixed(4)} (float model, before quantisation)`);
  const shipped = quantise(
    model,
    threshold,
    'checkworthiness/linear@1',
    'ClaimBuster crowdsourced set (CheckThat! 2024 CT24_checkworthy_english_train.tsv), minus the dev split (sentence ids whose hash is 0 mod 5)' +
      (args.options.has('with-2019') ? ', plus CheckThat! 2019 task 1 training debates' : ''),
  );
  // Figures from the quantised model exactly as it ships.
  const runtime = new LinearModel(shipped);
  const scores = dev.map((s) => {
    const tokens = tokenize(s.text);
    return runtime.score(tokens, 0, tokens.length);
  });
  const c = countAt(scores, labels, 0.5);
  console.log(`tuned threshold (probability before folding into the bias): ${threshold.toFixed(4)}`);
  console.log(`dev check-worthy F1 ${f1(c).toFixed(4)} P ${precision(c).toFixed(4)} R ${recall(c).toFixed(4)} (shipped quantised model, threshold 0.5)`);
  if (args.options.has('dry-run')) return;
  const out = resolve(import.meta.dirname, '../../../packages/core/src/models/checkworthiness/weights.ts');
  writeModelModule(out, 'checkworthinessWeights', shipped, `npm run train -- checkworthiness ${process.argv.slice(3).join(' ')}`.trim());
  console.log(`wrote ${out}`);
}
