/** Flesch–Kincaid grade level and the syllable count it needs, over plain words. */

/**
 * English syllables by vowel groups, less a silent final "e" ("make"), plus one for
 * a final consonant + "le" ("table"). Approximate (±1 on odd words), cheap, no lexicon.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase();
  let count = 0;
  let inVowel = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const vowel = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    if (vowel && !inVowel) count++;
    inVowel = vowel;
  }
  if (w.length > 2 && w.endsWith('e') && !w.endsWith('le') && !w.endsWith('ee') && count > 1) count--;
  return Math.max(1, count);
}

/** 0.39 · words/sentences + 11.8 · syllables/words − 15.59, floored at 0; 0 for no words. */
export function fleschKincaidGrade(words: number, sentences: number, syllableCount: number): number {
  if (words === 0 || sentences === 0) return 0;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}
