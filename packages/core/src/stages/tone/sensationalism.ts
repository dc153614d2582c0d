/**
 * Sensationalism in 0..1, a weighted sum of four signals, each scaled to 0..1:
 *
 *   0.45 · (1 − e^(−techniques per 100 words / 3))   how densely techniques are used
 * + 0.20 · mean sentence subjectivity                  opinion rather than report
 * + 0.15 · min(1, 3 · share of sentences ending in ! or ?)
 * + 0.20 · min(1, 3 · share of fragments (sentences of at most 5 words))   "Shadows moved."
 *
 * A wire report (few techniques, no exclamations, full sentences) lands near 0; a
 * dramatised piece like the bundled sample lands well above it.
 */
export interface SensationalismInputs {
  words: number;
  sentences: number;
  techniques: number;
  meanSubjectivity: number;
  exclaimsOrQuestions: number;
  fragments: number;
}

export function sensationalism(x: SensationalismInputs): number {
  if (x.words === 0 || x.sentences === 0) return 0;
  const density = 1 - Math.exp(-((100 * x.techniques) / x.words) / 3);
  const punctuation = Math.min(1, (3 * x.exclaimsOrQuestions) / x.sentences);
  const fragments = Math.min(1, (3 * x.fragments) / x.sentences);
  const score = 0.45 * density + 0.2 * clamp01(x.meanSubjectivity) + 0.15 * punctuation + 0.2 * fragments;
  return Math.round(clamp01(score) * 1000) / 1000;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
