import { describe, expect, it } from 'vitest';
import { lcgNext, lcgRandom, seededRandom, shuffle } from './random.js';

describe('seeded random numbers', () => {
  it('mulberry32 gives the sequence the shipped models were trained with', () => {
    expect(Array.from({ length: 4 }, seededRandom(42))).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693]);
    expect(Array.from({ length: 2 }, seededRandom(0))).toEqual([0.26642920868471265, 0.0003297457005828619]);
  });

  it('shuffles arrays and typed arrays alike, in place, the same for the same seed', () => {
    const list = shuffle([0, 1, 2, 3, 4, 5, 6, 7], seededRandom(3));
    const typed = shuffle(Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]), seededRandom(3));
    expect([...typed]).toEqual(list);
    expect([...list].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('the LCG steps as Numerical Recipes gives it', () => {
    expect(lcgNext(0)).toBe(1013904223);
    expect(lcgNext(1013904223)).toBe(1196435762);
    expect(lcgRandom(0)()).toBe(1013904223 / 2 ** 32);
  });
});
