import { modelContext } from '../../../test/models.js';
import { describe, expect, it } from 'vitest';
import { createContext, type AnalysisContext } from '../../context.js';
import type { Article, Entity } from '../../model/types.js';
import { emptyArticle } from '../../pipeline.js';
import { segmentStage } from '../segment.js';
import { MIN_CONFIDENCE } from './confidence.js';
import { attributionStage } from './index.js';

/** Runs segmentation and attribution; these tests read what the rules find, so nothing is cut by confidence. */
function analyse(text: string, fill?: (article: Article, context: AnalysisContext) => void, minConfidence = 0): Article {
  const article = emptyArticle(text);
  const context = modelContext();
  segmentStage().run(article, context);
  fill?.(article, context);
  attributionStage({ minConfidence }).run(article, context);
  return article;
}

describe('the default output', () => {
  it('keeps a tagged quote and leaves out what falls under MIN_CONFIDENCE', () => {
    const text = '“We will win,” said the coach. The council voted against the plan in 2001, the paper reported.';
    const all = analyse(text).attributions;
    const shown = analyse(text, undefined, MIN_CONFIDENCE).attributions;
    expect(shown.map((a) => a.content.text)).toContain('We will win');
    expect(shown.every((a) => (a.confidence ?? 0) >= MIN_CONFIDENCE)).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(all.length);
    expect(all.some((a) => (a.confidence ?? 1) < MIN_CONFIDENCE)).toBe(shown.length < all.length);
  });
});

function entity(id: string, name: string, type: Entity['type'], text: string, surface = name): Entity {
  const start = text.indexOf(surface);
  return { id, name, type, roles: [], mentions: [{ start, end: start + surface.length, text: surface }] };
}

describe('attribution', () => {
  it('reads a quote with its speaker after it, and links the speaker to an entity', () => {
    const text = '“The bridge will reopen in spring,” city engineer Marta Olsen said on Friday.';
    const article = analyse(text, (a) => a.entities.push(entity('e1', 'Marta Olsen', 'PERSON', text)));
    expect(article.attributions).toHaveLength(1);
    const [a] = article.attributions;
    expect(a.direct).toBe(true);
    expect(a.content.text).toBe('The bridge will reopen in spring');
    expect(a.cue?.text).toBe('said');
    expect(a.source?.text).toBe('city engineer Marta Olsen');
    expect(a.source?.entity).toBe('e1');
    expect(a.rule).toBe('attribution/quote-cue-after');
  });

  it('reads an inverted tag ("said Olsen") and a cue before a colon quote', () => {
    const text = '“We are not worried,” said Olsen. The mayor added: “Funding is secured for two years.”';
    const article = analyse(text);
    expect(article.attributions.map((a) => [a.source?.text, a.cue?.text, a.content.text])).toEqual([
      ['Olsen', 'said', 'We are not worried'],
      ['The mayor', 'added', 'Funding is secured for two years.'],
    ]);
  });

  it('reads reported speech with the source first, and resolves a pronoun through referents', () => {
    const text = 'Olsen spoke late. She insisted that the budget was balanced.';
    const article = analyse(text, (a, c) => {
      a.entities.push(entity('e1', 'Olsen', 'PERSON', text));
      c.referents.set(text.indexOf('She'), 'e1');
    });
    const a = article.attributions.find((x) => x.cue?.text === 'insisted');
    expect(a?.direct).toBe(false);
    expect(a?.source).toMatchObject({ text: 'She', entity: 'e1' });
    expect(a?.content.text).toBe('that the budget was balanced');
  });

  it('reads content before its tag and "according to" on either side', () => {
    const text =
      'The tunnel flooded twice last winter, residents told the council. According to a source familiar with the matter, repairs will cost more. Repairs stalled, according to the ministry.';
    const article = analyse(text);
    expect(article.attributions.map((a) => [a.source?.text, a.cue?.text, a.content.text, a.source?.entity])).toEqual([
      ['residents', 'told', 'The tunnel flooded twice last winter', null],
      ['a source familiar with the matter', 'According to', 'repairs will cost more', null],
      ['the ministry', 'according to', 'Repairs stalled', null],
    ]);
  });

  it('gives the pieces of a content its tag interrupts, without the tag', () => {
    const article = analyse('“Part one,” he said, “part two.” “We will win,” said Jo Roe, a lawyer. “They will lose.”');
    const pieces = article.attributions.map((a) => a.contentParts?.map((p) => p.text));
    expect(pieces).toEqual([
      ['Part one', 'part two.'],
      ['We will win', 'They will lose.'],
    ]);
    for (const a of article.attributions) {
      for (const p of a.contentParts ?? []) {
        expect(article.text.slice(p.start, p.end)).toBe(p.text);
        expect(p.start >= a.content.start && p.end <= a.content.end).toBe(true);
      }
    }
  });

  it('takes the rest of the clause after a mixed quote as content, and "that" before a quote', () => {
    const article = analyse('She said “our own struggling citizens” come first. He said that “the plan is dead.”');
    expect(article.attributions.map((a) => [a.source?.text, a.cue?.text, a.content.text, a.direct])).toEqual([
      ['She', 'said', '“our own struggling citizens” come first', true],
      ['He', 'said', 'that “the plan is dead.”', true],
    ]);
  });

  it('reads a mixed quote after its verb and a participle cue with the clause subject', () => {
    const text = 'Officially, the envoys discussed “a framework for later talks.” The ministry has stayed quiet, hinting at a delay.';
    const article = analyse(text);
    const mixed = article.attributions.find((a) => a.cue?.text === 'discussed');
    expect(mixed).toMatchObject({ direct: true, source: { text: 'the envoys' }, cue: { text: 'discussed' } });
    expect(mixed?.content.text).toBe('a framework for later talks.');
    // The preposition between cue and content joins the cue, as PolNeAR marks "hinting at", "called for".
    const hint = article.attributions.find((a) => a.cue?.text === 'hinting at');
    expect(hint?.source?.text).toBe('The ministry');
    expect(hint?.content.text).toBe('a delay');
  });

  it("reads typewriter quotes (''…'') and keeps nouns like \"secretary of state\" from cueing", () => {
    const text = "''The harbour will stay open,'' Mr. Lind said. The secretary of state visited the port in June.";
    const article = analyse(text);
    expect(article.attributions.map((a) => [a.direct, a.source?.text, a.cue?.text, a.content.text])).toEqual([
      [true, 'Mr. Lind', 'said', 'The harbour will stay open'],
    ]);
  });

  it('keeps every span true to the text and finds nothing in plain narration', () => {
    const text = 'Rain fell on the harbour. Boats stayed in port.';
    expect(analyse(text).attributions).toEqual([]);
    const quoted = '“One,” he said. “Two and three are next,” she replied, “and then four.”';
    for (const a of analyse(quoted).attributions) {
      for (const span of [a.content, a.cue, a.source]) if (span) expect(quoted.slice(span.start, span.end)).toBe(span.text);
      expect(a.rule).toMatch(/^attribution\//);
    }
  });
  it('joins a quote that resumes in the next sentence after its tag', () => {
    const text = '“The pier is safe,” said Ada Brink, a harbour engineer. “We checked every pile.” Boats stayed in port.';
    const article = analyse(text);
    expect(article.attributions).toHaveLength(1);
    const [a] = article.attributions;
    expect(a.rule).toBe('attribution/quote-interrupted');
    expect(a.content.text).toBe('The pier is safe,” said Ada Brink, a harbour engineer. “We checked every pile.');
    const apart = '“The pier is safe,” said Ada Brink.\n\n“We checked every pile,” Tom Vik added.';
    expect(analyse(apart).attributions.map((x) => x.rule)).toEqual(['attribution/quote-cue-after', 'attribution/quote-cue-after']);
  });

  it('reads signed quotes and speaker labels at the start of a line', () => {
    const text = 'Letters arrived.\n“The ferry is always late.” ― Ana Ruiz\n“Fix the timetable first.”\u00a0― Bo Lee.\n\nHOST: Welcome back to the harbour show tonight.\n\nThe Latest: Ferry service resumes on Monday.\n\nLind: 547.';
    const article = analyse(text);
    expect(article.attributions.map((a) => [a.rule, a.source?.text, a.cue?.text, a.content.text])).toEqual([
      ['attribution/signed-quote', 'Ana Ruiz', '―', 'The ferry is always late.'],
      ['attribution/signed-quote', 'Bo Lee', '―', 'Fix the timetable first.'],
      ['attribution/speaker-label', 'HOST', ':', 'Welcome back to the harbour show tonight'],
    ]);
    for (const a of article.attributions) expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text);
  });
  it('reads no model cue inside the content another attribution took', () => {
    const text =
      'The council said the mayor told residents that the pier was safe and insisted repairs were done. Ada Brink argued that inspectors warned the port about cracks, officials added.';
    const article = analyse(text);
    expect(article.attributions.length).toBeGreaterThan(0);
    for (const a of article.attributions) {
      if (a.rule !== 'attribution/model@1' || !a.cue) continue;
      const inside = article.attributions.some((b) => b !== a && b.content.start <= a.cue!.start && b.content.end >= a.cue!.end);
      expect(inside).toBe(false);
    }
  });
  it('reads the paragraph after a tag that ends with a colon', () => {
    const text = 'The harbour master wrote:\n\n“The pier stays shut until spring. Repairs need dry weather.”\n\nBoats stayed in port.';
    const article = analyse(text);
    const a = article.attributions.find((x) => x.rule === 'attribution/colon-paragraph');
    expect(a).toMatchObject({ direct: true, source: { text: 'The harbour master' }, cue: { text: 'wrote:' } });
    expect(a?.content.text).toBe('“The pier stays shut until spring. Repairs need dry weather.”');
  });
  it('takes the words before a quote that does not open its sentence into the content, and skips quoted titles', () => {
    const text = 'With three crews on site, “the pier opens in May,” Olsen said. Critics called it “The Long Wait,” Tom Vik said.';
    const article = analyse(text);
    const [a] = article.attributions;
    expect(a).toMatchObject({ rule: 'attribution/quote-cue-after', source: { text: 'Olsen' } });
    expect(a.content.text).toBe('With three crews on site, “the pier opens in May');
    // A quoted title is not what someone said.
    expect(article.attributions.some((x) => x.rule?.startsWith('attribution/quote') && x.content.text === 'The Long Wait')).toBe(false);
  });
  it('reads a tag whose named source carries an appositive', () => {
    const text = '“The ferry will run again,” Ada Brink, a harbour engineer, said on Monday. “Repairs are done,” Sen. Tom Vik (Oregon) said.';
    const article = analyse(text);
    expect(article.attributions.map((a) => [a.rule, a.source?.text, a.cue?.text, a.content.text])).toEqual([
      ['attribution/quote-cue-after', 'Ada Brink, a harbour engineer', 'said', 'The ferry will run again'],
      ['attribution/quote-cue-after', 'Sen. Tom Vik (Oregon)', 'said', 'Repairs are done'],
    ]);
  });
});
