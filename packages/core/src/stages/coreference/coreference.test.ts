import { modelContext } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import type { NerMention } from '../../context.js';
import type { EntityType } from '../../model/types.js';
import { createContext } from '../../context.js';
import { defaultPipeline } from '../../pipeline.js';
import { clusterMentions } from './cluster.js';
import { acronymOf, initialsOf } from './names.js';

let offset = 0;
function mention(text: string, type: EntityType, sentence = 0): NerMention {
  const m = { start: offset, end: offset + text.length, text, type, sentence, tokenStart: 0, tokenEnd: 0, rule: 'test' };
  offset += text.length + 10;
  return m;
}

function groups(mentions: NerMention[]): string[][] {
  return clusterMentions(mentions).map((c) => c.mentions.map((m) => m.text));
}

describe('clusterMentions', () => {
  it('joins a surname to the full name and an acronym to its long form', () => {
    expect(groups([mention('Amara Diallo', 'PERSON'), mention('United Nations', 'ORG'), mention('Diallo', 'PERSON'), mention('UN', 'ORG')])).toEqual([
      ['Amara Diallo', 'Diallo'],
      ['United Nations', 'UN'],
    ]);
  });

  it('sends a shared surname to the nearest preceding full name, not to both', () => {
    const result = groups([mention('Petra Novak', 'PERSON'), mention('Jan Novak', 'PERSON'), mention('Novak', 'PERSON'), mention('Petra Novak', 'PERSON'), mention('Novak', 'PERSON')]);
    expect(result).toEqual([
      ['Petra Novak', 'Petra Novak', 'Novak'],
      ['Jan Novak', 'Novak'],
    ]);
  });

  it('lets a later full name take up a surname met first, and keeps different names apart', () => {
    expect(groups([mention('Okafor', 'PERSON'), mention('Chidi Okafor', 'PERSON'), mention('Lena Park', 'PERSON')])).toEqual([['Okafor', 'Chidi Okafor'], ['Lena Park']]);
  });
});

describe('names', () => {
  it('reads acronyms and initials', () => {
    expect(acronymOf('U.N.')).toBe('UN');
    expect(acronymOf('Nations')).toBeNull();
    expect(initialsOf('European Central Bank')).toBe('ECB');
    expect(initialsOf('Bank of England')).toBe('BE');
  });
});

describe('coreference stage', () => {
  it('builds entities with aliases and resolves he/his to the sentence subject before', () => {
    const text = 'Finance minister Tomas Herrera spoke to reporter Nadia Ruiz on Monday. He said the budget would pass. Ruiz asked about his plans. She was not convinced.';
    const context = modelContext();
    const article = defaultPipeline().run(text, {}, context);
    const herrera = article.entities.find((e) => e.name === 'Tomas Herrera')!;
    const ruiz = article.entities.find((e) => e.name === 'Nadia Ruiz')!;
    expect(herrera.type).toBe('PERSON');
    expect(ruiz.aliases).toEqual(['Ruiz']);
    expect(context.referents.get(text.indexOf('He said'))).toBe(herrera.id);
    expect(context.referents.get(text.indexOf('She was'))).toBe(ruiz.id);
    // Pronouns stay out of entity mentions.
    for (const e of article.entities) for (const m of e.mentions) expect(m.text).not.toMatch(/^(he|his|she)$/i);
  });
});

describe('middle initials', () => {
  it('merges "Donald Trump" with "Donald J. Trump" but keeps different given names apart', async () => {
    const { analyze } = await import('../../../test/models.js');
    const article = await analyze('Donald J. Trump spoke on Monday. Later, Donald Trump said the talks went well. Melania Trump did not attend.');
    const names = article.entities.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.mentions.length]);
    expect(names).toContainEqual(['Donald J. Trump', 2]);
    expect(names).toContainEqual(['Melania Trump', 1]);
  });
});
