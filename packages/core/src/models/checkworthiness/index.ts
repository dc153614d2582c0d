import { LinearModel } from '../classifier/linear-model.js';
import { checkworthinessWeights } from './weights.js';

let model: LinearModel | undefined;

/** The shipped check-worthiness model, decoded on first use. */
export function checkworthinessModel(): LinearModel {
  model ??= new LinearModel(checkworthinessWeights);
  return model;
}
