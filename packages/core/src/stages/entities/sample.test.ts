import { analyzeSync } from '../../../test/models.js';
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const sample = readFileSync(new URL('../../../../../apps/marginalia/samples/kremlin-signal.txt', import.meta.url), 'utf8');
const article = analyzeSync(sample);
const byName = (name: string) => article.entities.find((e) => e.name === name);

describe('entities, coreference and roles on the sample article', () => {
  it('finds all nine people with their short forms merged', () => {
    const people = article.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
    for (const name of ['Vladimir Putin', 'Donald J. Trump', 'Dmitry Peskov', 'Pavel Zarubin', 'Steve Witkoff', 'Karoline Leavitt', 'Kirill Dmitriev', 'Elon Musk', 'Marco Rubio']) {
      expect(people).toContain(name);
    }
    expect(people).toHaveLength(9);
    expect(byName('Vladimir Putin')!.aliases).toContain('Putin');
    expect(byName('Donald J. Trump')!.aliases).toContain('Trump');
    expect(byName('Steve Witkoff')!.aliases).toContain('Witkoff');
    expect(byName('Donald J. Trump')!.mentions.length).toBeGreaterThanOrEqual(5);
  });

  it('types the institutions, places and groups', () => {
    expect(byName('Kremlin')?.type).toBe('ORG');
    expect(byName('White House')?.type).toBe('ORG');
    for (const place of ['St. Petersburg', 'Ukraine', 'Washington', 'Moscow', 'Kiev']) expect(byName(place)?.type, place).toBe('PLACE');
    expect(byName('Russian')?.type).toBe('NORP');
    expect(byName('Western')?.type).toBe('NORP');
    expect(byName('March')?.type).toBe('DATE');
  });

  it('reads roles from titles and appositions', () => {
    expect(byName('Dmitry Peskov')!.roles).toEqual(['Kremlin spokesman']);
    expect(byName('Karoline Leavitt')!.roles).toEqual(['Press Secretary']);
    expect(byName('Kirill Dmitriev')!.roles).toEqual(['Russian presidential aide']);
    expect(byName('Marco Rubio')!.roles).toEqual(['Senator']);
    expect(byName('Pavel Zarubin')!.roles).toEqual(['Russian journalist']);
    expect(byName('Steve Witkoff')!.roles[0]).toMatch(/personal envoy$/);
  });

  it('keeps every mention on its offsets, without titles or possessive clitics', () => {
    for (const e of article.entities) {
      for (const m of e.mentions) {
        expect(sample.slice(m.start, m.end)).toBe(m.text);
        expect(m.text).not.toMatch(/^(Senator|Press|Kremlin spokesman)\b|[’']s$/);
        expect(m.rule).toBeTruthy();
      }
      expect(e.firstMention).toBe(e.mentions[0].start);
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
    }
    expect(article.entities.map((e) => e.id)).toEqual(article.entities.map((_, i) => `e${i + 1}`));
  });

  it('numbers entities by first mention and counts shared sentences', () => {
    const firsts = article.entities.map((e) => e.firstMention!);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    const putin = byName('Vladimir Putin')!.id;
    const trump = byName('Donald J. Trump')!.id;
    const pair = article.cooccurrence!.find((p) => p.a === putin && p.b === trump);
    expect(pair?.sentences).toBeGreaterThanOrEqual(3);
  });
});
