import type { Stage } from '../../context.js';

/** Stage `techniques`: propaganda and persuasion techniques, each with the rule that marked it. (First version pending: it adds nothing yet.) */
export function techniquesStage(): Stage {
  return { id: 'techniques', description: 'propaganda and persuasion techniques, each with the rule that marked it', run() {} };
}
