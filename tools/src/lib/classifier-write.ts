/** Quantises a trained linear model to int8 (or int16) bytes, as the model package ships it. */
import type { ShippedLinearModel } from '../../../packages/core/src/models/classifier/linear-model.js';
import type { FloatModel } from './classifier-train.js';

/**
 * Integer weights (int8, or int16 little-endian) with one scale; `threshold` (a
 * probability) is folded into the bias so 0.5 decides.
 */
export function quantise(model: FloatModel, threshold: number, id: string, trainedOn: string, bytesPerWeight: 1 | 2 = 1): ShippedLinearModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const top = bytesPerWeight === 1 ? 127 : 32767;
  const scale = max / top || 1;
  const bytes = new Uint8Array(model.weights.length * bytesPerWeight);
  for (let i = 0; i < model.weights.length; i++) {
    const q = Math.round(model.weights[i] / scale);
    if (bytesPerWeight === 1) bytes[i] = q & 0xff;
    else {
      bytes[2 * i] = q & 0xff;
      bytes[2 * i + 1] = (q >> 8) & 0xff;
    }
  }
  const bias = model.bias - Math.log(threshold / (1 - threshold));
  return { id, trainedOn, features: model.features, bias, scale, bytesPerWeight, weights: bytes };
}
