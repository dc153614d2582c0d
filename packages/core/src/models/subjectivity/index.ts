import { WideDeepModel } from '../classifier/wide-deep.js';
import { subjectivityWeights } from './weights.js';

let model: WideDeepModel | undefined;

/** The shipped subjectivity model, decoded on first use. */
export function subjectivityModel(): WideDeepModel {
  model ??= new WideDeepModel(subjectivityWeights);
  return model;
}
