import { describe, expect, it } from 'vitest';
import { BoundedTally, CorpusSummary } from './summary.js';

describe('BoundedTally', () => {
  it('counts and ranks names, most frequent first, ties by name', () => {
    const tally = new BoundedTally();
    for (const name of ['b', 'a', 'b', 'c', 'a', 'b']) tally.add(name);
    expect(tally.top(2)).toEqual([['b', 3], ['a', 2]]);
  });

  it('stays bounded on endless distinct names while keeping the frequent ones', () => {
    const tally = new BoundedTally(100);
    for (let i = 0; i < 10_000; i++) {
      tally.add('frequent');
      tally.add(`rare-${i}`);
    }
    expect(tally.size).toBeLessThanOrEqual(101);
    expect(tally.top(1)).toEqual([['frequent', 10_000]]);
  });
});

describe('CorpusSummary', () => {
  it('adds up articles and reports failures by problem, entities, sources and techniques', () => {
    const summary = new CorpusSummary();
    const stats = { chars: 100, paragraphs: 2, sentences: 5, claims: 3, hedgedClaims: 1, entityCount: 2, quotedCount: 1, entities: ['Kremlin\tORG', 'Putin\tPERSON'], quotedSources: ['Kremlin'], techniques: ['Loaded_Language', 'Doubt', 'Loaded_Language'] };
    summary.add(stats);
    summary.add({ ...stats, entityCount: 1, entities: ['Kremlin\tORG'] });
    summary.addFailure('empty');
    summary.addFailure('json');
    summary.addFailure('json');
    const text = summary.format({ seconds: 2 });
    expect(text).toMatch(/articles +2\n/);
    expect(text).toMatch(/characters +200 \(100 a second\)/);
    expect(text).toMatch(/claims +6 \(2 hedged\)/);
    expect(text).toMatch(/entities +3\n/);
    expect(text).toMatch(/attributions +2\n/);
    expect(text).toMatch(/failures +3 \(empty 1, json 2\)/);
    expect(text).toMatch(/top entities\n +2 {2}Kremlin \(ORG\)\n +1 {2}Putin \(PERSON\)/);
    expect(text).toMatch(/top quoted sources\n +2 {2}Kremlin/);
    expect(text).toMatch(/techniques\n +4 {2}Loaded_Language\n +2 {2}Doubt/);
  });
});
