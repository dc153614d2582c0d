import type { Stage } from '../../context.js';

/** Stage `tone`: tone figures for the article and each paragraph. (First version pending: it adds nothing yet.) */
export function toneStage(): Stage {
  return { id: 'tone', description: 'tone figures for the article and each paragraph', run() {} };
}
