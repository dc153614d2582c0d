import type { Stage } from '../../context.js';

/** Stage `coreference`: merges mentions into entities: aliases, surnames, possessives, acronyms, pronouns. (First version pending: it adds nothing yet.) */
export function coreferenceStage(): Stage {
  return { id: 'coreference', description: 'merges mentions into entities: aliases, surnames, possessives, acronyms, pronouns', run() {} };
}
