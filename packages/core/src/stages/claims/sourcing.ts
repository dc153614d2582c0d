import type { Claim, SourcingProfile } from '../../model/types.js';

/** How many claims rest on named sources (entity ids), unnamed sources, or the author alone. */
export function sourcingProfile(claims: readonly Claim[]): SourcingProfile {
  const profile: SourcingProfile = { claims: claims.length, named: 0, unnamed: 0, author: 0, bySource: {} };
  for (const claim of claims) {
    if (claim.source === 'author') profile.author++;
    else if (claim.source === 'unnamed') profile.unnamed++;
    else {
      profile.named++;
      profile.bySource[claim.source] = (profile.bySource[claim.source] ?? 0) + 1;
    }
  }
  return profile;
}
