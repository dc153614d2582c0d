import type { Stage } from '../../context.js';

/** Stage `claims`: check-worthy claims with kind, source, hedges and entities; the sourcing profile. (First version pending: it adds nothing yet.) */
export function claimsStage(): Stage {
  return { id: 'claims', description: 'check-worthy claims with kind, source, hedges and entities; the sourcing profile', run() {} };
}
