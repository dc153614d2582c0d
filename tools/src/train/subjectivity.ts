/**
 * Trains the subjectivity model on NewsSD-ENG train.csv, tunes the decision threshold
 * for macro F1 on val.csv, and writes packages/core/src/models/subjectivity/weights.ts.
 * The test split is only read by `npm run eval -- subjectivity`.
 */
import { resolve } from 'node:path';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { readNewsSd } from '../lib/classifier-data.js';
import { bestThreshold, countAt, macroF1 } from '../lib/classifier-metrics.js';
import { booleanOption, numberOption } from '../lib/classifier-options.js';
import { featurise, marginsOf, sigmoid, trainLogistic } from '../lib/classifier-train.js';
import { quantise, writeModelModule } from '../lib/classifier-write.js';
import { LinearModel } from '../../../packages/core/src/models/classifier/linear-model.js';
import { tokenize } from '../../../packages/core/src/text/tokens.js';

export const summary = 'subjectivity model: logistic regression on NewsSD-ENG train, threshold tuned on val';

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'subjectivity-newssd/train.csv');
  const train = readNewsSd(resolve(data, 'subjectivity-newssd/train.csv'));
  const val = readNewsSd(resolve(data, 'subjectivity-newssd/val.csv'));
  const features = {
    bits: numberOption(args, 'bits', 16),
    trigrams: booleanOption(args, 'trigrams', false),
    suffixes: booleanOption(args, 'suffixes', true),
  };
  const options = {
    epochs: numberOption(args, 'epochs', 10),
    rate: numberOption(args, 'rate', 0.1),
    l2: numberOption(args, 'l2', 1e-5),
    positiveWeight: numberOption(args, 'positive-weight', 1),
    seed: numberOption(args, 'seed', 20240401),
  };
  console.log(`train ${train.length} sentences, val ${val.length}; features ${JSON.stringify(features)}; ${JSON.stringify(options)}`);
  const model = trainLogistic(featurise(train, features), features, options);
  const valX = featurise(val, features);
  const labels = valX.map((x) => x.label);
  const probabilities = Array.from(marginsOf(model, valX), sigmoid);
  const { threshold, value } = bestThreshold(probabilities, labels, macroF1);
  console.log(`val macro F1 ${value.toFixed(4)} at threshold ${threshold.toFixed(4)} (float model)`);
  const shipped = quantise(model, threshold, 'subjectivity/linear@1', 'NewsSD-ENG train split (731 sentences); threshold tuned on its val split');
  const runtime = new LinearModel(shipped);
  const scores = val.map((s) => {
    const tokens = tokenize(s.text);
    return runtime.score(tokens, 0, tokens.length);
  });
  console.log(`val macro F1 ${macroF1(countAt(scores, labels, 0.5)).toFixed(4)} (shipped int8 model, threshold 0.5)`);
  if (args.options.has('dry-run')) return;
  const out = resolve(import.meta.dirname, '../../../packages/core/src/models/subjectivity/weights.ts');
  writeModelModule(out, 'subjectivityWeights', shipped, `npm run train -- subjectivity ${process.argv.slice(3).join(' ')}`.trim());
  console.log(`wrote ${out}`);
}
