/** Subjectivity figures of the shipped model on NewsSD-ENG val (tuning) and test (reported). */
import { resolve } from 'node:path';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { readNewsSd } from '../lib/classifier-data.js';
import { figureLines, scoreAll } from '../lib/classifier-eval.js';
import { countAt, macroF1 } from '../lib/classifier-metrics.js';
import { SUBJECTIVITY_MODEL } from '../../../packages/core/src/models/classifier/wide-deep.js';
import { shippedModel } from '../lib/analyzer.js';

export const summary = 'subjectivity macro F1 of the shipped model on NewsSD-ENG val and test';

/** The subjectivity model's decision point (its tuned threshold is folded into the bias). */
const THRESHOLD = 0.5;

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'subjectivity-newssd/test.csv');
  let testScore = 0;
  let testSize = 0;
  for (const split of ['val', 'test']) {
    const sentences = readNewsSd(resolve(data, `subjectivity-newssd/${split}.csv`));
    const scores = scoreAll(shippedModel(SUBJECTIVITY_MODEL), sentences);
    for (const line of figureLines(`subjectivity ${split}`, sentences, scores, THRESHOLD)) console.log(line);
    if (split === 'test') {
      testScore = macroF1(countAt(scores, sentences.map((s) => s.label), THRESHOLD));
      testSize = sentences.length;
    }
  }
  console.log(`summary: subjectivity macro F1 ${testScore.toFixed(4)} on NewsSD-ENG test (${testSize} sentences); target 0.78`);
}
