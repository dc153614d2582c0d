/**
 * A claim's `confidence`: how likely the sentence is a check-worthy claim, from the sentence's
 * check-worthiness score (the model's, already scaled down outside body text), its
 * subjectivity, the claim's kind and why it was taken. A logistic map fitted on one half of the
 * CT24 dev split (ClaimBuster sentences the check-worthiness model never saw) and reported on
 * the other half: `npm run train -- claim-confidence --data ../shared/data` writes the weights
 * to the model package's `claim-confidence` (CLAIM_CONFIDENCE_MODEL); docs/confidence.md has the
 * reliability tables.
 */
import { isChrome } from '../../model/chrome.js';
import type { ClaimKind, ParagraphKind } from '../../model/types.js';
import type { ModelData, ModelSpec } from '../../models/store.js';

/** What the map reads of a claim. */
export interface ClaimConfidenceInput {
  checkworthiness: number;
  subjectivity: number;
  kind: ClaimKind;
  /** The rule ids that made it a claim (`claim/attributed`, `claim/hedged-report`, ...). */
  reasons: readonly string[];
}

/** Names of the features, in the order of the weights. */
export const CLAIM_CONFIDENCE_FEATURES = [
  'bias', 'logit(checkworthiness)', 'subjectivity', 'kind/statistical', 'kind/quote', 'kind/prediction', 'kind/opinion',
  'claim/attributed', 'claim/hedged-report',
] as const;

/** The model package's `claim-confidence`: the feature names and the fitted weights, in the same order. */
interface ClaimConfidenceFile {
  features: string[];
  weights: number[];
}

/** The fitted weights (see the file comment), in the order of CLAIM_CONFIDENCE_FEATURES; refuses a file whose features differ. */
export const CLAIM_CONFIDENCE_MODEL: ModelSpec<readonly number[]> = {
  name: 'claim-confidence',
  decode: (data: ModelData) => {
    const file = data as unknown as ClaimConfidenceFile;
    if (file.features.join('|') !== CLAIM_CONFIDENCE_FEATURES.join('|') || file.weights.length !== CLAIM_CONFIDENCE_FEATURES.length) {
      throw new Error(`claim-confidence: expected the features ${CLAIM_CONFIDENCE_FEATURES.join(', ')}, got ${file.features.join(', ')}`);
    }
    return file.weights;
  },
};

/** The most confidence a claim in page chrome (`isChrome`) or a byline may have. */
export const CHROME_CLAIM_CONFIDENCE = 0.05;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The feature vector, in the order of CLAIM_CONFIDENCE_FEATURES. */
export function claimConfidenceFeatures(input: ClaimConfidenceInput): number[] {
  const cw = clamp(input.checkworthiness, 0.005, 0.995);
  return [
    1,
    Math.log(cw / (1 - cw)),
    input.subjectivity,
    input.kind === 'statistical' ? 1 : 0,
    input.kind === 'quote' ? 1 : 0,
    input.kind === 'prediction' ? 1 : 0,
    input.kind === 'opinion' ? 1 : 0,
    input.reasons.includes('claim/attributed') ? 1 : 0,
    input.reasons.includes('claim/hedged-report') ? 1 : 0,
  ];
}

/** The confidence (0..1) of a claim in a paragraph of `paragraphKind` under `weights` (CLAIM_CONFIDENCE_MODEL's), rounded to 3 decimals. */
export function claimConfidence(input: ClaimConfidenceInput, weights: readonly number[], paragraphKind: ParagraphKind = 'body'): number {
  const x = claimConfidenceFeatures(input);
  let z = 0;
  for (let i = 0; i < x.length; i++) z += x[i] * (weights[i] ?? 0);
  let p = 1 / (1 + Math.exp(-z));
  if (isChrome({ kind: paragraphKind }) || paragraphKind === 'byline') p = Math.min(p, CHROME_CLAIM_CONFIDENCE);
  return Math.round(clamp(p, 0, 1) * 1000) / 1000;
}
