/**
 * Seeded pseudo-random numbers for the tools (training shuffles, generated benchmark texts),
 * so nothing depends on Math.random: the same data and seed give the same model, bit for bit,
 * and the same benchmark text.
 */

/** mulberry32: numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates in place, `random` choosing each swap from the end down; returns `items`. */
export function shuffle<A extends { length: number; [index: number]: unknown }>(items: A, random: () => number): A {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}

/** One step of the 32-bit linear congruential generator (Numerical Recipes' constants). */
export function lcgNext(state: number): number {
  return (Math.imul(state, 1664525) + 1013904223) >>> 0;
}

/** The linear congruential generator as numbers in [0, 1). */
export function lcgRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = lcgNext(s);
    return s / 2 ** 32;
  };
}
