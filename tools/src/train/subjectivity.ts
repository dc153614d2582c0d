/**
 * Trains the subjectivity model on NewsSD-ENG train.csv, tunes the decision threshold
 * for macro F1 on val.csv, and writes packages/core/src/models/subjectivity/weights.ts.
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
import { bestThreshold, countAt, macroF1 } from '../lib/classifier-metrics.js';
import { booleanOption, numberOption } from '../lib/classifier-options.js';
import { featurise, marginsOf, sigmoid, trainLogistic } from '../lib/classifier-train.js';
import { quantise, writeModelModule } from '../lib/classifier-write.js';
import { LinearModel } from '../../../packages/core/src/models/classifier/linear-model.js';
import { tokenize } from '../../../packages/core/src/text/tokens.js';

export const summary = 'subjectivity model: logistic regression on NewsSD-ENG train, threshold tuned on val';

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
  const features = {
    bits: numberOption(args, 'bits', 16),
    trigrams: booleanOption(args, 'trigrams', false),
    suffixes: booleanOption(args, 'suffixes', true),
    charGrams: numberOption(args, 'char-grams', 0),
    quoteCues: booleanOption(args, 'quote-cues', false),
  };
  const options = {
    epochs: numberOption(args, 'epochs', 10),
    rate: numberOption(args, 'rate', 0.1),
    l2: numberOption(args, 'l2', 1e-5),
    positiveWeight: numberOption(args, 'positive-weight', 1),
    seed: numberOption(args, 'seed', 20240401),
  };
  console.log(`train ${train.length} sentences, val ${val.length}; features ${JSON.stringify(features)}; ${JSON.stringify(options)}`);
  const ptcWeight = numberOption(args, 'ptc-weight', 0.1);
  const trainX = featurise(train, features);
  if (ptcWeight > 0) {
    const ptc = readPtcSentences(resolve(dataDir(args, 'propaganda-ptc2020/train-task2-TC.labels'), 'propaganda-ptc2020'));
    console.log(`plus ${ptc.length} propaganda-corpus sentences at weight ${ptcWeight}`);
    trainX.push(...featurise(ptc, features, ptcWeight));
  }
  const model = trainLogistic(trainX, features, options);
  const valX = featurise(val, features);
  const labels = valX.map((x) => x.label);
  const probabilities = Array.from(marginsOf(model, valX), sigmoid);
  const { threshold, value } = bestThreshold(probabilities, labels, macroF1);
  console.log(`val macro F1 ${value.toFixed(4)} at threshold ${threshold.toFixed(4)} (float model)`);
  const shipped = quantise(model, threshold, 'subjectivity/linear@1', `NewsSD-ENG train split (731 sentences)${ptcWeight > 0 ? `, plus SemEval-2020 PTC train article lines (weight ${ptcWeight}; positive when a loaded-language, name-calling, exaggeration, doubt, fear, flag-waving, slogan, black-and-white or cliché span overlaps)` : ''}; threshold tuned on the NewsSD-ENG val split`, 2);
  const runtime = new LinearModel(shipped);
  const scores = val.map((s) => {
    const tokens = tokenize(s.text);
    return runtime.score(tokens, 0, tokens.length);
  });
  console.log(`val macro F1 ${macroF1(countAt(scores, labels, 0.5)).toFixed(4)} (shipped quantised model, threshold 0.5)`);
  if (args.options.has('dry-run')) return;
  const out = resolve(import.meta.dirname, '../../../packages/core/src/models/subjectivity/weights.ts');
  writeModelModule(out, 'subjectivityWeights', shipped, `npm run train -- subjectivity ${process.argv.slice(3).join(' ')}`.trim());
  console.log(`wrote ${out}`);
}
