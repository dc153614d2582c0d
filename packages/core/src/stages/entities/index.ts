import type { Stage } from '../../context.js';

/** Stage `entities`: finds named-entity mentions (people, organisations, places, groups, dates, events). (First version pending: it adds nothing yet.) */
export function entitiesStage(): Stage {
  return { id: 'entities', description: 'finds named-entity mentions (people, organisations, places, groups, dates, events)', run() {} };
}
