import type { Stage } from '../../context.js';

/** Stage `attribution`: who said what: source, cue and content of quotes and reported speech. (First version pending: it adds nothing yet.) */
export function attributionStage(): Stage {
  return { id: 'attribution', description: 'who said what: source, cue and content of quotes and reported speech', run() {} };
}
