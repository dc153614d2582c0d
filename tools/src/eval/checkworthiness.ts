/** Check-worthiness figures of the shipped model on the fixed dev split of CT24 train, at the shipped threshold. */
import { resolve } from 'node:path';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { isCheckworthyDev, readCheckworthyTsv } from '../lib/classifier-data.js';
import { figureLines, scoreAll } from '../lib/classifier-eval.js';
import { countAt, f1 } from '../lib/classifier-metrics.js';
import { CHECKWORTHINESS_MODEL } from '../../../packages/core/src/models/classifier/wide-deep.js';
import { shippedModel } from '../lib/analyzer.js';
import { CHECKWORTHY_THRESHOLD } from '../../../packages/core/src/stages/sentence-scores/index.js';

export const summary = 'check-worthy F1 of the shipped model on the dev split of CT24 train (ClaimBuster)';

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'checkworthiness/CT24_checkworthy_english_train.tsv');
  const all = readCheckworthyTsv(resolve(data, 'checkworthiness/CT24_checkworthy_english_train.tsv'));
  const dev = all.filter((s) => isCheckworthyDev(s.id));
  const scores = scoreAll(shippedModel(CHECKWORTHINESS_MODEL), dev);
  for (const line of figureLines('checkworthiness dev', dev, scores, CHECKWORTHY_THRESHOLD)) console.log(line);
  const score = f1(countAt(scores, dev.map((s) => s.label), CHECKWORTHY_THRESHOLD));
  console.log(`summary: check-worthy F1 ${score.toFixed(4)} on the dev split (${dev.length} sentences) at threshold ${CHECKWORTHY_THRESHOLD}; target 0.80`);
}
