/** Placeholder until `npm run train -- attribution` writes the learned table. */
export const LEARNED_CUES: Record<string, number> = {};
