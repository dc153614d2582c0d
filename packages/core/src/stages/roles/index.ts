import type { Stage } from '../../context.js';

/** Stage `roles`: roles from titles and appositions, salience and co-occurrence. (First version pending: it adds nothing yet.) */
export function rolesStage(): Stage {
  return { id: 'roles', description: 'roles from titles and appositions, salience and co-occurrence', run() {} };
}
