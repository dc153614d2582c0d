/**
 * `npm run train -- claim-confidence --data <shared/data> [--dry-run] [--l2 1]`: fits the map from
 * a claim's scores, kind and reasons to its `confidence` (packages/core/src/stages/claims/confidence.ts) and
 * writes its weights to the model package's `claim-confidence` (packages/model-en/models/claim-confidence.json,
 * sorted keys, the same bytes on every run).
 *
 * Data: the CT24 dev split (`isCheckworthyDev`), which the check-worthiness model never trained
 * on, cut in two halves by a second hash of the id: the map is fitted on the "fit" half and its
 * reliability reported on the "report" half (which chose nothing). Each sentence is analysed
 * alone by the default pipeline; every claim it yields is labelled with the sentence's gold
 * (check-worthy or not). The CheckThat! test golds and ClaimBuster's ground-truth set are not read.
 */
import { resolve } from 'node:path';
import { analyzeSync } from '../lib/analyzer.js';
import { hashText } from '../../../packages/core/src/models/classifier/hash.js';
import { CLAIM_CONFIDENCE_FEATURES, claimConfidence, claimConfidenceFeatures, type ClaimConfidenceInput } from '../../../packages/core/src/stages/claims/confidence.js';
import { fitLogistic, reliability, reliabilityLines } from '../lib/calibration.js';
import { isCheckworthyDev, readCheckworthyTsv, type LabelledSentence } from '../lib/classifier-data.js';
import { dataDir, type ToolArgs } from '../lib/cli.js';
import { writeModel } from '../lib/model-files.js';
import { CLAIM_CONFIDENCE_FORMAT } from '../lib/model-formats.js';

export const summary = 'fit the claims confidence map on one half of the CT24 dev split; reliability on the other half';

/** The fitted weights (rounded to 4 decimals) as the model package's claim-confidence; sorted keys, so every run writes the same bytes. */
export function writeClaimConfidence(weights: readonly number[], l2: number): string[] {
  const trainedOn = `One half of the CT24 dev split (CT24_checkworthy_english_train.tsv sentences whose \`dev:\` id hash is 0 mod 5, which the check-worthiness model never saw; the half whose \`calibration:\` id hash is even), each sentence analysed alone by the default pipeline, every claim labelled with the sentence's gold; logistic regression, L2 ${l2}; the other half reports it`;
  return writeModel('claim-confidence', { features: [...CLAIM_CONFIDENCE_FEATURES], weights: [...weights] }, { version: 'claim-confidence@1', format: CLAIM_CONFIDENCE_FORMAT, trainedOn });
}

/** Which half of the dev split a sentence is in: `fit` (the map is fitted on it) or `report`. */
export function claimCalibrationHalf(id: string): 'fit' | 'report' {
  return hashText(`calibration:${id}`) % 2 === 0 ? 'fit' : 'report';
}

export interface ClaimExample {
  input: ClaimConfidenceInput;
  label: 0 | 1;
  paragraphKind: 'body' | 'heading' | 'boilerplate' | 'byline';
}

/** Every claim the default pipeline finds in each sentence analysed alone, with the sentence's label. */
export function claimExamples(sentences: readonly LabelledSentence[]): ClaimExample[] {
  const out: ClaimExample[] = [];
  for (const s of sentences) {
    const article = analyzeSync(s.text);
    const sentences = new Map(article.sentences.map((x) => [x.id, x]));
    const kinds = new Map(article.paragraphs.map((p) => [p.id, p.kind]));
    for (const claim of article.claims) {
      const sentence = sentences.get(claim.sentence)!;
      out.push({
        input: { checkworthiness: sentence.checkworthiness, subjectivity: sentence.subjectivity, kind: claim.kind, reasons: (claim.rule ?? '').split(' ') },
        label: s.label,
        paragraphKind: kinds.get(sentence.paragraph) ?? 'body',
      });
    }
  }
  return out;
}

/** CT24 dev, split into the fit and report halves. */
export function claimCalibrationData(data: string): { fit: LabelledSentence[]; report: LabelledSentence[] } {
  const dev = readCheckworthyTsv(resolve(data, 'checkworthiness/CT24_checkworthy_english_train.tsv')).filter((s) => isCheckworthyDev(s.id));
  return { fit: dev.filter((s) => claimCalibrationHalf(s.id) === 'fit'), report: dev.filter((s) => claimCalibrationHalf(s.id) === 'report') };
}

export async function run(args: ToolArgs): Promise<void> {
  const data = dataDir(args, 'checkworthiness/CT24_checkworthy_english_train.tsv');
  const l2 = Number(args.options.get('l2') ?? 1);
  const halves = claimCalibrationData(data);
  const fit = claimExamples(halves.fit);
  const report = claimExamples(halves.report);
  console.log(`CT24 dev: ${halves.fit.length} sentences in the fit half (${fit.length} claims), ${halves.report.length} in the report half (${report.length} claims)`);
  const weights = fitLogistic(fit.map((e) => claimConfidenceFeatures(e.input)), fit.map((e) => e.label), l2).map((w) => Math.round(w * 10000) / 10000);
  CLAIM_CONFIDENCE_FEATURES.forEach((name, i) => console.log(`weight ${name}: ${weights[i].toFixed(4)}`));
  const raw = reliability(report.map((e) => ({ confidence: e.input.checkworthiness, correct: e.label })));
  const fitted = reliability(report.map((e) => ({ confidence: claimConfidence(e.input, weights, e.paragraphKind), correct: e.label })));
  const inSample = reliability(fit.map((e) => ({ confidence: claimConfidence(e.input, weights, e.paragraphKind), correct: e.label })));
  for (const line of reliabilityLines('claims, raw checkworthiness as confidence (report half)', raw)) console.log(line);
  for (const line of reliabilityLines('claims, fitted confidence (report half)', fitted)) console.log(line);
  console.log(`claims, fitted confidence (fit half, in sample) ECE ${inSample.ece.toFixed(4)}`);
  if (!args.options.has('dry-run')) {
    console.log(`wrote ${writeClaimConfidence(weights, l2).join(', ')}`);
  }
  console.log(`summary: claims confidence ECE ${fitted.ece.toFixed(4)} on the report half (raw checkworthiness ${raw.ece.toFixed(4)}); ${report.length} claims`);
}
