import { describe, expect, it } from 'vitest';
import { composeFrame } from './frame.js';
import { computeGeometry } from './layout.js';
import { type Line, lineWidth, wrapLine } from './line.js';
import { markParagraph, ALL_LAYERS_ON } from './marks.js';
import { createHistory } from './review-history.js';
import { initialState, type ReaderState } from './state.js';
import { buildArticle, sampleFixture } from './test-article.js';
import { colourWanted, createTheme } from './theme.js';

const article = sampleFixture();
const text = (lines: Line[]) => lines.map((l) => l.map((s) => s.text).join('')).join('\n');
const state = (patch: Partial<ReaderState> = {}): ReaderState => ({ ...initialState(article, { review: createHistory('h') }), ...patch });

describe('frame size', () => {
  for (const [columns, rows] of [[120, 35], [100, 30], [99, 30], [60, 15], [200, 60]]) {
    it(`at ${columns}×${rows} is at most rows - 1 tall and every line is exactly the width`, () => {
      const lines = composeFrame(article, state(), { columns, rows });
      expect(lines.length).toBe(rows - 1);
      for (const line of lines) expect(lineWidth(line)).toBe(columns);
    });
  }

  it('under 60×15 is one line saying the terminal is too small', () => {
    for (const size of [{ columns: 59, rows: 30 }, { columns: 100, rows: 14 }]) {
      const lines = composeFrame(article, state(), size);
      expect(lines).toHaveLength(1);
      expect(text(lines)).toMatch(/^Terminal too small: \d+×\d+, need 60×15\. q quits\. *$/);
    }
  });

  it('panes are side by side from 100 columns and stacked below', () => {
    expect(computeGeometry({ columns: 100, rows: 30 }).arrangement).toBe('side');
    expect(computeGeometry({ columns: 99, rows: 30 }).arrangement).toBe('stacked');
    expect(text(composeFrame(article, state(), { columns: 120, rows: 30 }))).toContain('│ENTITIES');
    const stacked = text(composeFrame(article, state(), { columns: 80, rows: 30 }));
    expect(stacked).toMatch(/── annotations \(Tab to focus\) ─+/);
    expect(stacked).not.toContain('│');
  });

  it('--screen-reader is linear: no box drawing, no side-by-side panes', () => {
    const out = text(composeFrame(article, state(), { columns: 120, rows: 30 }, { screenReader: true }));
    expect(out).not.toMatch(/[│─]/);
    expect(out).toMatch(/agree\.⟧ *\n *\nAnnotations: *\nENTITIES/);
  });
});

describe('reader content', () => {
  it('marks every layer with a bracket marker, not colour alone, and shows the status bar', () => {
    const out = text(composeFrame(article, state({ selectedClaim: 'c1' }), { columns: 120, rows: 30 }));
    expect(out).toContain('[Alice Smith]');
    expect(out).toContain('⟦«the bridge will open in May»⟧');
    expect(out).toContain('~reportedly~');
    expect(out).toContain('¶ 1/4 · claim 1/5 · 0 reviewed · layers EACHTB · saved');
    expect(out).toMatch(/\[ \] #1 prediction 0\.70 · Alice Smith/);
  });

  it('shows the paragraph’s tone figures when the analysis has them', () => {
    const withTone = { ...article, tone: { article: { techniqueShare: 0, meanSubjectivity: 0, readabilityGrade: 0, sensationalism: 0 }, paragraphs: [{ paragraph: 'p1', techniqueShare: 0.5, meanSubjectivity: 0.25, readabilityGrade: 9.04, sensationalism: 0.7 }] } };
    const out = text(composeFrame(withTone, state(), { columns: 160, rows: 40 }));
    expect(out).toContain('TONE');
    expect(out).toMatch(/sensationalism 0\.70 · subjectivity 0\.25 · sentences with a\s+│?\s*technique 50% · reading grade 9\.0/);
  });

  it('layers switched off lose their markers and show as · in the status bar', () => {
    const off = { ...ALL_LAYERS_ON, entities: false, claims: false };
    const out = text(composeFrame(article, state({ layers: off }), { columns: 120, rows: 30 }));
    expect(out).not.toContain('[Alice Smith]');
    expect(out).not.toContain('⟦');
    expect(out).toContain('layers ·A·HTB');
  });

  it('boilerplate paragraphs carry a text marker', () => {
    expect(text([markParagraph(article, 3, { layers: ALL_LAYERS_ON })])).toMatch(/^▒ boilerplate: /);
  });

  it('a long paragraph scrolls within its pane and shows only the visible slice', () => {
    const long = buildArticle({ paragraphs: [Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')] });
    const s = { ...initialState(long, { review: createHistory('h') }), textScroll: 5 };
    const lines = composeFrame(long, s, { columns: 120, rows: 20 });
    expect(lines).toHaveLength(19);
    const out = text(lines);
    expect(out).toMatch(/↑ 5 more lines above/);
    expect(out).toMatch(/↓ \d+ more lines below/);
    expect(out).not.toContain('word0 ');
  });

  it('reports verdicts that matched no claim of a changed article in the status bar', () => {
    const unmatched = [{ claim: 'x', text: 'gone', start: 0, end: 4, verdict: 'true' as const, updatedAt: 'now' }];
    const out = text(composeFrame(article, state({ review: createHistory('h', [], unmatched) }), { columns: 120, rows: 30 }));
    expect(out).toContain('1 unmatched verdict kept');
  });

  it('the annotations pane scrolls to the selected claim when it does not fit', () => {
    const manyEntities = buildArticle({
      paragraphs: [`${Array.from({ length: 30 }, (_, i) => `Name${i}`).join(' ')} and the last claim here.`],
      entities: Array.from({ length: 30 }, (_, i) => ({ name: `Name${i}` })),
      claims: [{ text: 'the last claim here.' }],
    });
    const s = { ...initialState(manyEntities, { review: createHistory('h') }), selectedClaim: 'c1' };
    expect(text(composeFrame(manyEntities, s, { columns: 120, rows: 20 }))).toContain('• [ ] #1 factual');
    expect(text(composeFrame(manyEntities, { ...s, selectedClaim: null }, { columns: 120, rows: 20 }))).not.toContain('#1 factual');
  });

  it('the key hint follows the view and the focused pane', () => {
    expect(text(composeFrame(article, state({ view: 'claims' }), { columns: 120, rows: 30 }))).toContain('s sort · Enter open in reader');
    expect(text(composeFrame(article, state({ focus: 'annotations' }), { columns: 120, rows: 30 }))).toContain('Enter select · ]e mentions');
  });

  it('shows the search position in the status bar', () => {
    const s = state({ search: { query: 'in', matches: [{ start: 0, end: 1, text: 'A' }, { start: 5, end: 6, text: 'x' }], current: 1 } });
    expect(text(composeFrame(article, s, { columns: 120, rows: 30 }))).toContain('match 2/2');
  });
});

describe('views', () => {
  it('help scrolls with the arrows when it is longer than the screen, and says so', () => {
    const first = text(composeFrame(article, state({ mode: 'help' }), { columns: 100, rows: 20 }));
    expect(first).toMatch(/↓ more \(1–15 of \d+\)/);
    expect(first).not.toContain('record a verdict');
    const scrolled = text(composeFrame(article, state({ mode: 'help', helpScroll: 30 }), { columns: 100, rows: 20 }));
    expect(scrolled).toContain('record a verdict');
  });

  it('a long list scrolls to the cursor and starts at an item’s first line', () => {
    const many = buildArticle({
      paragraphs: [Array.from({ length: 40 }, (_, i) => `Claim number ${i} is a rather long sentence that wraps.`).join(' ')],
      claims: Array.from({ length: 40 }, (_, i) => ({ text: `Claim number ${i} is a rather long sentence that wraps.` })),
    });
    const s = { ...initialState(many, { review: createHistory('h') }), view: 'claims' as const, claimCursor: 20 };
    const lines = text(composeFrame(many, s, { columns: 60, rows: 20 })).split('\n');
    expect(lines[2]).toMatch(/^ {2}↑ \d+ more lines/);
    expect(lines.some((l) => l.startsWith('▸ [ ] #21 '))).toBe(true);
    expect(lines[lines.findIndex((l) => l.startsWith(' ¶')) - 1]).toMatch(/^ {2}↓ \d+ more lines/);
    // At the first claim (after sorting, say) the top item shows, with nothing marked above.
    const first = text(composeFrame(many, { ...s, claimCursor: 0 }, { columns: 60, rows: 20 })).split('\n');
    expect(first[2]).toMatch(/^▸ \[ \] #1 /);
  });

  it('the sourcing summary keeps its indentation and counts claims by source', () => {
    const out = text(composeFrame(article, state({ view: 'sourcing' }), { columns: 100, rows: 30 }));
    expect(out).toMatch(/\n  named sources +2 +40%/);
    expect(out).toMatch(/\n  unnamed sources +1 +20%/);
    expect(out).toMatch(/\n  the author +2 +40%/);
  });
});

describe('hostile text', () => {
  const hostile = buildArticle({
    title: 'Title\u001b]0;pwned\u0007\u001b[2J',
    paragraphs: ['Click \u001b]8;;http://evil.example\u001b\\here\u001b]8;;\u001b\\ now \u009b31m red.'],
    entities: [{ name: 'Evil\u001b[5mCorp', mentions: ['Click'] }],
    claims: [{ text: 'now \u009b31m red.' }],
  });

  it('no escape, bell or C1 control reaches the terminal; they show as visible pictures', () => {
    const out = text(composeFrame(hostile, initialState(hostile, { review: createHistory('h') }), { columns: 120, rows: 30 }));
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('␛]0;pwned␇');
  });
});

describe('wrapping and theme', () => {
  it('wraps at word boundaries and cuts words longer than a line', () => {
    expect(wrapLine([{ text: 'aaa bbb ccc' }], 7).map((l) => l.map((s) => s.text).join(''))).toEqual(['aaa bbb', 'ccc']);
    expect(wrapLine([{ text: '  ab cd' }], 5).map((l) => l.map((s) => s.text).join(''))).toEqual(['  ab', 'cd']);
    expect(wrapLine([{ text: 'abcdefghij' }], 4).map((l) => l.map((s) => s.text).join(''))).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('NO_COLOR and --no-color drop colours but keep bold, underline and inverse', () => {
    expect(colourWanted({ NO_COLOR: '1' }, false)).toBe(false);
    expect(colourWanted({ NO_COLOR: '' }, false)).toBe(true);
    expect(colourWanted({}, true)).toBe(false);
    const plainTheme = createTheme({ color: false });
    for (const style of Object.values(plainTheme.styles)) expect(style.color).toBeUndefined();
    expect(plainTheme.styles.selected.bold).toBe(true);
    expect(plainTheme.styles.entity.underline).toBe(true);
    expect(plainTheme.styles.status.inverse).toBe(true);
    expect(createTheme({ background: 'light' }).styles.entity.color).toBe('blue');
  });
});

describe('terminal style level', () => {
  it('keeps bold and underline under CI=false by choosing a level, unless FORCE_COLOR or a dumb terminal says otherwise', async () => {
    const { styleLevelFor } = await import('./theme.js');
    expect(styleLevelFor({ CI: 'false', TERM: 'tmux-256color' })).toBe('2');
    expect(styleLevelFor({ TERM: 'xterm', COLORTERM: 'truecolor' })).toBe('3');
    expect(styleLevelFor({ TERM: 'xterm' })).toBe('1');
    expect(styleLevelFor({ TERM: 'dumb' })).toBeNull();
    expect(styleLevelFor({ FORCE_COLOR: '0' })).toBeNull();
  });
});
