import { describe, expect, it } from 'vitest';
import { CURATED_ENTRIES, type CuratedEntry, type CuratedListName } from './curated.js';
import { LABEL_SLUGS, labelSlug, type RuleId, type TechniqueSlug } from './labels.js';
import { PATTERN_RULES, type PatternRule } from './rules.js';

describe('technique slugs are written once (LABEL_SLUGS)', () => {
  it('gives every label its own slug', () => {
    const slugs = Object.values(LABEL_SLUGS);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(labelSlug('Loaded_Language')).toBe('loaded');
    expect(labelSlug('Straw_Man')).toBe('Straw_Man');
  });

  it("names each curated entry by its label's slug or a sub-list", () => {
    const lists = new Set<string>(['insult', 'smear', 'media-contempt'] satisfies CuratedListName[]);
    for (const e of CURATED_ENTRIES) expect(e.slug === labelSlug(e.label) || lists.has(e.slug), `${e.label} ${e.slug}`).toBe(true);
  });

  it("starts each pattern rule's id with its label's slug", () => {
    for (const r of PATTERN_RULES) expect(r.id.startsWith(`rule:${LABEL_SLUGS[r.label]}/`), r.id).toBe(true);
  });

  it('fails type-checking on a slug not in the table (checked by the typecheck script)', () => {
    // @ts-expect-error not a slug
    const typo: TechniqueSlug = 'name-caling';
    // @ts-expect-error the slug of another label
    const other = 'rule:loaded/x' satisfies RuleId<'Name_Calling-Labeling'>;
    // @ts-expect-error id and label disagree
    const rule: PatternRule = { id: 'rule:fear/x', label: 'Slogans', pattern: /x/ };
    // @ts-expect-error not a slug nor a curated list
    const entry: CuratedEntry = { phrase: 'x', label: 'Doubt', slug: 'doubts' };
    expect([typo, other, rule.id, entry.slug]).toHaveLength(4);
  });
});
