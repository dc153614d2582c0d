/**
 * The reader reads like less: the text pane shows the article continuously, the current
 * paragraph marked and kept in view; boilerplate hides with tb; low-confidence findings
 * dimmed with `?` or hidden; crossing marks nest; long messages wrap. Reducers and the
 * composed frame, without Ink.
 */
import { describe, expect, it } from 'vitest';
import { composeFrame } from './frame.js';
import { keysFromInput } from './keys.js';
import type { Line } from './line.js';
import { markParagraph, ALL_LAYERS_ON } from './marks.js';
import { createReducer } from './reducer.js';
import { createHistory } from './review-history.js';
import { initialState, type ReaderState } from './state.js';
import { buildArticle, sampleFixture } from './test-article.js';

const text = (lines: Line[]) => lines.map((l) => l.map((s) => s.text).join('')).join('\n');
const NOW = '2026-01-01T00:00:00.000Z';

const long = buildArticle({
  paragraphs: Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} says that the talks went on for a while and that nobody was sure what would happen next in the capital.`),
});

function run(article: typeof long, keys: string, size = { columns: 120, rows: 35 }, from?: ReaderState): ReaderState {
  const reduce = createReducer(article);
  // The viewport the app passes: the text pane of the side-by-side layout at this size.
  const viewport = { bodyRows: size.rows - 4, textColumns: Math.floor((size.columns - 1) * 0.58) };
  return reduce(from ?? initialState(article, { review: createHistory('h') }), { type: 'keys', keys: keysFromInput(keys), viewport, now: NOW });
}

describe('the text pane reads on, as less does', () => {
  it('at 120×35 fills at least 20 rows with text, several paragraphs, the current one marked ▌', () => {
    const frame = composeFrame(long, initialState(long, { review: createHistory('h') }), { columns: 120, rows: 35 });
    const textRows = frame.slice(1, -2).map((l) => text([l]).split('│')[0]);
    expect(textRows.filter((r) => /Paragraph|capital|nobody/.test(r)).length).toBeGreaterThanOrEqual(20);
    expect(textRows[0]).toMatch(/^▌ Paragraph 1 /);
    expect(textRows.some((r) => /^ {2}Paragraph 2 /.test(r))).toBe(true);
    expect(textRows.some((r) => /↓ \d+ more paragraphs below/.test(r))).toBe(true);
  });

  it('j steps paragraphs and the window follows so the current one stays in view; k back up', () => {
    let s = run(long, 'j'.repeat(15));
    expect(s.paragraph).toBe(15);
    let out = text(composeFrame(long, s, { columns: 120, rows: 35 }));
    expect(out).toMatch(/▌ Paragraph 16 /);
    expect(out).toMatch(/↑ \d+ more paragraphs above/);
    s = run(long, 'k'.repeat(14), undefined, s);
    out = text(composeFrame(long, s, { columns: 120, rows: 35 }));
    expect(s.paragraph).toBe(1);
    expect(out).toMatch(/▌ Paragraph 2 /);
  });

  it('Space and Ctrl-d scroll the text; the current paragraph follows; G goes to the end', () => {
    const s = run(long, ' ');
    expect(s.textTop).toBeGreaterThan(5);
    expect(text(composeFrame(long, s, { columns: 120, rows: 35 }))).toMatch(new RegExp(`▌ Paragraph ${s.paragraph + 1} `));
    const end = run(long, 'G');
    expect(end.paragraph).toBe(39);
    expect(text(composeFrame(long, end, { columns: 120, rows: 35 }))).toMatch(/▌ Paragraph 40 /);
  });

  it('tb hides boilerplate paragraphs and j skips them; tb shows them again', () => {
    const article = sampleFixture();
    let s = run(article, 'tb');
    const out = text(composeFrame(article, s, { columns: 120, rows: 35 }));
    expect(out).not.toContain('Please donate');
    expect(out).toMatch(/boilerplate paragraphs hidden/);
    s = run(article, 'GG', undefined, s);
    expect(article.paragraphs[s.paragraph].kind).not.toBe('boilerplate');
    expect(text(composeFrame(article, run(article, 'tb', undefined, s), { columns: 120, rows: 35 }))).toContain('Please donate');
  });

  it('a long status message wraps instead of being cut at the edge', () => {
    const s = { ...initialState(long, { review: createHistory('h') }), message: `Could not write /a/very/long/path/${'x'.repeat(80)}/article.txt.marginalia.json (EACCES): verdicts are in memory only; :w retries.` };
    const frame = composeFrame(long, s, { columns: 80, rows: 24 });
    expect(frame).toHaveLength(23);
    const out = text(frame);
    expect(out).toContain(':w retries.');
  });
});

describe('marks', () => {
  it('crossing spans nest cleanly: the inner mark closes and reopens', () => {
    const article = buildArticle({
      paragraphs: ['The Russian journalist Pavel Zarubin said so.'],
      entities: [{ name: 'Russian', type: 'NORP' as never }, { name: 'Pavel Zarubin' }],
      techniques: [{ text: 'Russian journalist Pavel' }],
    });
    const shown = markParagraph(article, 0, { layers: ALL_LAYERS_ON }).map((s) => s.text).join('');
    expect(shown).toBe('The {[Russian] journalist [Pavel]}[ Zarubin] said so.');
    // The annotations pane lists both the technique and the entities.
    const out = text(composeFrame(article, initialState(article, { review: createHistory('h') }), { columns: 120, rows: 35 }));
    expect(out).toMatch(/\[Pavel Zarubin\]/);
    expect(out).toMatch(/\{Loaded Language\}/);
  });

  it('low-confidence findings are dimmed and end in ?; below 0.35 they are hidden until tl', () => {
    const article = buildArticle({
      paragraphs: ['Alice Smith met Bob Jones in Paris.'],
      entities: [{ name: 'Alice Smith' }, { name: 'Bob Jones' }, { name: 'Paris', type: 'PLACE' as never }],
    });
    article.entities[0].mentions[0].confidence = 0.9;
    article.entities[1].mentions[0].confidence = 0.5;
    article.entities[2].mentions[0].confidence = 0.2;
    const plain = markParagraph(article, 0, { layers: ALL_LAYERS_ON });
    expect(plain.map((s) => s.text).join('')).toBe('[Alice Smith] met [Bob Jones]? in Paris.');
    expect(plain.find((s) => s.text === 'Bob Jones')?.tones).toContain('dim');
    expect(markParagraph(article, 0, { layers: ALL_LAYERS_ON, showLow: true }).map((s) => s.text).join('')).toBe('[Alice Smith] met [Bob Jones]? in [Paris]?.');
    const state = initialState(article, { review: createHistory('h') });
    expect(text(composeFrame(article, state, { columns: 120, rows: 35 }))).not.toMatch(/\[Paris\]/);
    const all = run(article, 'tl');
    const out = text(composeFrame(article, all, { columns: 120, rows: 35 }));
    expect(out).toMatch(/\[Paris\]\? PLACE/);
    expect(out).toContain('layers EACHTB +low');
  });
});
