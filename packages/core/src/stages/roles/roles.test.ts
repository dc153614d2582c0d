import { analyzeSync } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';

import { tokenize } from '../../text/tokens.js';
import { roleAfter, roleBefore } from './titles.js';

function before(text: string, name: string): string | null {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.start === text.indexOf(name));
  const r = roleBefore(tokens, 0, at);
  return r && text.slice(tokens[r[0]].start, tokens[r[1] - 1].end);
}

function after(text: string, name: string): string | null {
  const tokens = tokenize(text);
  const end = text.indexOf(name) + name.length;
  const next = tokens.findIndex((t) => t.start >= end);
  const r = roleAfter(tokens, next, tokens.length);
  return r && text.slice(tokens[r[0]].start, tokens[r[1] - 1].end);
}

describe('role phrases', () => {
  it('reads a title run before a name', () => {
    expect(before('They met former deputy minister Lara Voss today.', 'Lara Voss')).toBe('former deputy minister');
    expect(before('Chief Justice Amos Kell ruled.', 'Amos Kell')).toBe('Chief Justice');
    expect(before('The mayor’s chief of staff, Ben Ode, left.', 'Ben Ode')).toBeNull();
    expect(before('Oslo’s special envoy, Ben Ode, left.', 'Ben Ode')).toBe('Oslo’s special envoy');
    expect(before('They saw Ben Ode.', 'Ben Ode')).toBeNull();
  });

  it('reads an apposition after a name', () => {
    expect(after('Ben Ode, the city treasurer, left.', 'Ben Ode')).toBe('city treasurer');
    expect(after('Ann Lee, a spokeswoman for the Harbour Authority, declined.', 'Ann Lee')).toBe('spokeswoman for the Harbour Authority');
    expect(after('Ann Lee, who left early, declined.', 'Ann Lee')).toBeNull();
  });
});

describe('roles stage', () => {
  it('puts roles on the person and counts shared sentences', () => {
    const article = analyzeSync('Interior minister Sofia Brandt visited Lyon. Brandt later flew to Lyon with Paul Girard.');
    const brandt = article.entities.find((e) => e.name === 'Sofia Brandt')!;
    expect(brandt.roles).toEqual(['Interior minister']);
    const lyon = article.entities.find((e) => e.name === 'Lyon')!;
    expect(article.cooccurrence).toContainEqual({ a: brandt.id, b: lyon.id, sentences: 2 });
  });
});
