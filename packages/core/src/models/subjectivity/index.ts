import { LinearModel } from '../classifier/linear-model.js';
import { subjectivityWeights } from './weights.js';

let model: LinearModel | undefined;

/** The shipped subjectivity model, decoded on first use. */
export function subjectivityModel(): LinearModel {
  model ??= new LinearModel(subjectivityWeights);
  return model;
}
