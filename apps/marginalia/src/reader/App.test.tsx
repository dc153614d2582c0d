import type { Article } from '@marginalia/core';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReaderApp, type ReaderHost } from './App.js';
import type { Size } from './layout.js';
import { createHistory } from './review-history.js';
import { initialState } from './state.js';
import { buildArticle, sampleFixture } from './test-article.js';
import { createTheme } from './theme.js';

const tick = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long to wait for the app to catch up: CI shares two cores among several test runners. */
const SETTLE = { timeout: 8000, interval: 10 };
let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function fakeHost(): ReaderHost & { save: ReturnType<typeof vi.fn> } {
  return {
    now: () => '2026-01-01T00:00:00.000Z',
    save: vi.fn(async () => ({ ok: true })),
    exportReview: vi.fn(async (format: string) => `Exported to article.txt.review.${format}`),
    editNote: vi.fn(async () => ({ note: 'from the editor' })),
  };
}

function open(options: { article?: Article; size?: Size | null; host?: ReturnType<typeof fakeHost> } = {}) {
  const article = options.article ?? sampleFixture();
  const host = options.host ?? fakeHost();
  const app = render(
    <ReaderApp
      article={article}
      initial={initialState(article, { review: createHistory('hash') })}
      theme={createTheme({ color: false })}
      host={host}
      size={options.size === null ? undefined : (options.size ?? { columns: 100, rows: 30 })}
    />,
  );
  cleanups.push(app.unmount);
  const frame = () => app.lastFrame() ?? '';
  const type = async (keys: string, ms = 30) => {
    app.stdin.write(keys);
    await tick(ms);
  };
  /** Waits (up to SETTLE.timeout) until the frame shows `text`; fails with the frame otherwise. */
  const shows = (text: string | RegExp) => vi.waitFor(() => expect(frame()).toMatch(text), SETTLE);
  return { app, frame, type, host, shows };
}

describe('ReaderApp', () => {
  it('shows the paragraph, its annotations and the status bar; j steps paragraphs', async () => {
    const { frame, type, shows } = open();
    await shows('[Alice Smith]');
    await shows('ENTITIES');
    await shows('¶ 1/4');
    await type('j');
    await shows('¶ 2/4');
    await shows('[Bob Jones]');
  });

  it('counts every key of a chunk typed fast', async () => {
    const { frame, type, shows } = open();
    await type('jj');
    await shows('¶ 3/4');
    await type('\u001b[A\u001b[A');
    await shows('¶ 1/4');
  });

  it('records a verdict with a note and saves it at once', async () => {
    const { frame, type, host, shows } = open();
    await type(']c]c');
    await shows('claim 2/5');
    await type('v');
    await shows('verdict: t true');
    await type('f');
    await type('no source named');
    await shows('note: no source named');
    await type('\r');
    await type('\r');
    await shows('[F] #2');
    await shows('1 reviewed');
    await vi.waitFor(() => expect(host.save.mock.calls.at(-1)?.[0].verdicts[0]?.note).toBe('no source named'), SETTLE);
    const [history] = host.save.mock.calls.at(-1)!;
    expect(history.verdicts[0]).toMatchObject({ claim: 'c2', verdict: 'false', note: 'no source named' });
    await type('u');
    await shows('0 reviewed');
  });

  it('q saves the position before quitting', async () => {
    const { type, host, shows } = open();
    await type('jj');
    await type('q');
    await vi.waitFor(() => expect(host.save).toHaveBeenCalledTimes(1), SETTLE);
    expect(host.save.mock.calls[0][1]).toEqual({ paragraph: 2, claim: null, view: 'reader' });
  });

  it('switches to the claims list with 3 and sorts it by score with s', async () => {
    const { frame, type, shows } = open();
    await type('3', 60);
    await shows('CLAIMS — 5 claims, 0 with a verdict · sorted by position');
    await type('s');
    await shows('sorted by score');
    expect(frame().indexOf('40 million')).toBeLessThan(frame().indexOf('bridge'));
  });

  it('the entity index lists type and mention count; Enter jumps to the mentions', async () => {
    const { frame, type, shows } = open();
    await type('2', 60);
    await shows(/PERSON\s+\[Bob Jones\] · 1 mention/);
    await type('j\r');
    await shows('¶ 2/4');
    await shows('Bob Jones: mention 1/1');
  });

  it('help lists the keys and filters them by typing', async () => {
    const { frame, type, shows } = open();
    await type('?');
    await shows('HELP');
    await type('undo');
    await shows('undo the last verdict change');
    expect(frame()).not.toContain('next paragraph');
    await type('\u001b', 120);
    await shows('¶ 1/4');
  });

  it('stacks the panes on a narrow terminal and keeps the frame at rows - 1', async () => {
    const { frame, shows } = open({ size: { columns: 80, rows: 24 } });
    await shows(/── annotations/);
    expect(frame().split('\n')).toHaveLength(23);
  });

  it('says the terminal is too small under 60×15', async () => {
    const { frame, shows } = open({ size: { columns: 50, rows: 12 } });
    expect(frame().trim()).toBe('Terminal too small: 50×12, need 60×15. q quits.');
    expect(frame().split('\n')).toHaveLength(1);
  });

  it('re-lays out at once when the terminal is resized', async () => {
    const { app, frame, shows } = open({ size: null });
    const stdout = app.stdout as unknown as { columns: number; rows: number; emit(e: string): void };
    Object.defineProperty(stdout, 'columns', { value: 120, configurable: true });
    Object.defineProperty(stdout, 'rows', { value: 30, configurable: true });
    stdout.emit('resize');
    await tick();
    await shows('│ENTITIES');
    expect(frame().split('\n')).toHaveLength(29);
    Object.defineProperty(stdout, 'columns', { value: 70, configurable: true });
    Object.defineProperty(stdout, 'rows', { value: 20, configurable: true });
    stdout.emit('resize');
    await tick();
    await shows(/── annotations/);
    expect(frame().split('\n')).toHaveLength(19);
  });

  it('shows hostile article text inert: no escape sequence reaches the terminal', async () => {
    const article = buildArticle({ title: 'Hi\u001b]0;owned\u0007\u001b[2J', paragraphs: ['a \u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\ b'] });
    const { frame, shows } = open({ article });
    expect(frame()).not.toContain('\u001b]');
    expect(frame()).not.toContain('\u0007');
    await shows('␛]0;owned␇');
  });

  it('e opens the verdict’s note in the editor (through the host) and keeps the edited note', async () => {
    const { type, host, shows } = open();
    await type(']cvt');
    await type('draft\r\r');
    await shows('note: draft');
    await type('e');
    await shows('note: from the editor');
    expect(host.editNote).toHaveBeenCalledWith('draft');
    await type('u');
    await shows('note: draft');
  });

  it('an effect that throws is reported and does not stop later ones', async () => {
    const host = { ...fakeHost(), exportReview: vi.fn(async () => Promise.reject(new Error('disk on fire'))) };
    const { type, shows } = open({ host });
    await type(':export json\r');
    await shows('Could not export: disk on fire');
    await type(']cvt\r\r');
    await shows('1 reviewed');
    await vi.waitFor(() => expect(host.save).toHaveBeenCalled(), SETTLE);
  });

  it('runs :export through the host and shows where it went', async () => {
    const { type, shows } = open();
    await type(':export md\r');
    await shows('Exported to article.txt.review.md');
  });

  it('2 switches to the entity index at once, with no key after it and no timer', async () => {
    const { type, shows, frame } = open();
    await shows('¶ 1/4');
    await type('2', 0);
    await shows('ENTITY INDEX');
    expect(frame()).toContain('[2 entities]');
  });

  it('another reader’s change, seen through the host’s watch, is merged and announced', async () => {
    const host = fakeHost();
    let notify: (verdicts: import('@marginalia/core').ClaimVerdict[]) => void = () => undefined;
    const withWatch = { ...host, watch: (cb: typeof notify) => ((notify = cb), () => undefined) };
    const article = sampleFixture();
    const { shows } = open({ host: withWatch as never, article });
    await shows('0 reviewed');
    const c = article.claims[1];
    notify([{ claim: c.id, text: c.text, start: c.start, end: c.end, verdict: 'false', updatedAt: '2026-01-01T00:00:01Z' }]);
    await shows('Another reader changed a verdict: claim #2 now false. Merged.');
    await shows('1 reviewed');
  });
});
