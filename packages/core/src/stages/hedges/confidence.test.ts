import { describe, expect, it } from 'vitest';
import { hedgeConfidence } from './confidence.js';
import { findHedges } from './index.js';

describe('hedge confidence', () => {
  it('every hedge found carries one in 0..1', () => {
    const hedges = findHedges('He reportedly left. It may rain, and they could be wrong; it seems that the so-called deal is likely dead.');
    expect(hedges.length).toBeGreaterThan(4);
    for (const h of hedges) {
      expect(h.confidence).toBeGreaterThanOrEqual(0);
      expect(h.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is low where the word does not hedge in its context', () => {
    const [voters] = findHedges('Among likely voters, she leads.');
    const [noun] = findHedges('They struck with their full military might abroad.');
    const [ability] = findHedges('I could barely get my shoe on.');
    const [modal] = findHedges('The outcome could be pivotal.');
    expect(voters.confidence).toBeLessThan(0.2);
    expect(noun.confidence).toBeLessThan(0.2);
    expect(ability.confidence!).toBeLessThan(modal.confidence!);
    expect(hedgeConfidence('hedge/reportedly', 'reportedly', 0, 10)).toBeGreaterThan(hedgeConfidence('hedge/so-called', 'so-called', 0, 9));
  });
});
