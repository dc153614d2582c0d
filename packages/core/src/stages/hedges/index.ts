import type { Stage } from '../../context.js';

/** Stage `hedges`: hedging words and phrases (reportedly, may, allegedly, so-called). (First version pending: it adds nothing yet.) */
export function hedgesStage(): Stage {
  return { id: 'hedges', description: 'hedging words and phrases (reportedly, may, allegedly, so-called)', run() {} };
}
