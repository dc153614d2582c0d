/**
 * Colour on a real colour-capable terminal: with FORCE_COLOR set before Ink's
 * colour library loads, a colour theme emits colours, and the no-colour theme
 * (NO_COLOR, --no-color) emits only bold, underline, inverse and dim.
 */
import { describe, expect, it } from 'vitest';

process.env.FORCE_COLOR = '1';
const { render } = await import('ink-testing-library');
const { ReaderApp } = await import('./App.js');
const { createHistory } = await import('./review-history.js');
const { initialState } = await import('./state.js');
const { sampleFixture } = await import('./test-article.js');
const { createTheme } = await import('./theme.js');

const article = sampleFixture();
const host = { now: () => 'now', save: async () => ({ ok: true }), exportReview: async () => '', editNote: async () => ({ note: null }) };

function frameWith(color: boolean): string {
  const state = { ...initialState(article, { review: createHistory('h') }), selectedClaim: 'c1' };
  const app = render(<ReaderApp article={article} initial={state} theme={createTheme({ color })} host={host} size={{ columns: 100, rows: 24 }} />);
  const frame = app.lastFrame() ?? '';
  app.unmount();
  return frame;
}

// SGR parameters in the frame: 1 bold, 2 dim, 4 underline, 7 inverse; 30–37, 90–97, 38;… are colours.
function sgrCodes(frame: string): Set<string> {
  // eslint-disable-next-line no-control-regex
  return new Set([...frame.matchAll(/\u001b\[([\d;]*)m/g)].flatMap((m) => m[1].split(';')));
}
const isColour = (code: string) => /^(3[0-8]|9[0-7])$/.test(code);

describe('colour themes on a colour terminal', () => {
  it('the colour theme colours the marks', () => {
    expect([...sgrCodes(frameWith(true))].some(isColour)).toBe(true);
  });

  it('without colour, only bold, underline, inverse and dim remain', () => {
    const codes = sgrCodes(frameWith(false));
    expect([...codes].filter(isColour)).toEqual([]);
    expect(codes.has('1')).toBe(true);
    expect(codes.has('4')).toBe(true);
    expect(codes.has('7')).toBe(true);
  });
});
