import { WideDeepModel } from '../classifier/wide-deep.js';
import { checkworthinessWeights } from './weights.js';

let model: WideDeepModel | undefined;

/** The shipped check-worthiness model, decoded on first use. */
export function checkworthinessModel(): WideDeepModel {
  model ??= new WideDeepModel(checkworthinessWeights);
  return model;
}
