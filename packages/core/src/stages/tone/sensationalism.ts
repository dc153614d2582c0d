/**
 * Sensationalism in 0..1, a weighted sum of six signals, each scaled to 0..1:
 *
 *   0.35 · (1 − e^(−technique weight per 100 words / 0.5))   techniques, each counted by its confidence
 * + 0.15 · mean sentence subjectivity                          opinion rather than report
 * + 0.10 · min(1, 3 · share of sentences ending in ! or ?)
 * + 0.10 · min(1, 3 · share of fragments (sentences of at most 5 words))   "Shadows moved."
 * + 0.10 · min(1, shouted words (all capitals, 4+ letters) per 1,000 words / 10)   "BREAKING BOMBSHELL"
 * + 0.20 · share of the text in the author's own voice (outside attributed content), above one half, doubled
 *
 * A wire report (few, unsure marks, most of it attributed speech, no exclamations) lands near
 * 0; a dramatised piece in its author's voice lands well above it. Technique marks carry a
 * calibrated confidence, which discounts the stray marks of calm copy.
 */
export interface SensationalismInputs {
  words: number;
  sentences: number;
  /** Technique marks; `techniqueWeight` (the sum of their confidences) is used when given. */
  techniques: number;
  techniqueWeight?: number;
  meanSubjectivity: number;
  exclaimsOrQuestions: number;
  fragments: number;
  /** Words in capitals only, four letters or more. */
  shouted?: number;
  /** Share (0..1) of the text outside attributed content; absent = 1. */
  authorShare?: number;
}

export function sensationalism(x: SensationalismInputs): number {
  if (x.words === 0 || x.sentences === 0) return 0;
  const weight = x.techniqueWeight ?? x.techniques * 0.3;
  const density = 1 - Math.exp(-((100 * weight) / x.words) / 0.5);
  const punctuation = Math.min(1, (3 * x.exclaimsOrQuestions) / x.sentences);
  const fragments = Math.min(1, (3 * x.fragments) / x.sentences);
  const shouting = Math.min(1, (1000 * (x.shouted ?? 0)) / x.words / 10);
  const author = Math.min(1, Math.max(0, 2 * ((x.authorShare ?? 1) - 0.5)));
  const score = 0.35 * density + 0.15 * clamp01(x.meanSubjectivity) + 0.1 * punctuation + 0.1 * fragments + 0.1 * shouting + 0.2 * author;
  return Math.round(clamp01(score) * 1000) / 1000;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
