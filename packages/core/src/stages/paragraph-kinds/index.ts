import type { Stage } from '../../context.js';

/** Stage `paragraph-kinds`: decides each paragraph's kind: body, heading, byline or boilerplate. (First version pending: it adds nothing yet.) */
export function paragraphKindsStage(): Stage {
  return { id: 'paragraph-kinds', description: "decides each paragraph's kind: body, heading, byline or boilerplate", run() {} };
}
