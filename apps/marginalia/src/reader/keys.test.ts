import { describe, expect, it } from 'vitest';
import { isPrintable, keysFromInput } from './keys.js';

describe('keysFromInput', () => {
  it('splits a fast-typed chunk into one key per character', () => {
    expect(keysFromInput('3jj')).toEqual(['3', 'j', 'j']);
  });

  it('reads arrows, paging, home/end, shift-tab and F1 in both CSI and SS3 forms', () => {
    expect(keysFromInput('\u001b[A\u001b[B\u001bOA')).toEqual(['<up>', '<down>', '<up>']);
    expect(keysFromInput('\u001b[5~\u001b[6~\u001b[H\u001b[4~\u001b[Z')).toEqual(['<pgup>', '<pgdn>', '<home>', '<end>', '<S-tab>']);
    expect(keysFromInput('\u001bOP')).toEqual(['<F1>']);
    expect(keysFromInput('\u001b[11~')).toEqual(['<F1>']);
  });

  it('names control keys: Enter, Tab, Backspace, Ctrl-letters, a lone Esc', () => {
    expect(keysFromInput('\r\t\u007f\u0004\u0015\u0012\u0003\u001b')).toEqual(['<enter>', '<tab>', '<bs>', '<C-d>', '<C-u>', '<C-r>', '<C-c>', '<esc>']);
    expect(keysFromInput('\r\n')).toEqual(['<enter>']);
  });

  it('keeps astral characters whole and marks unknown sequences', () => {
    expect(keysFromInput('😀é')).toEqual(['😀', 'é']);
    expect(keysFromInput('\u001b[99x')).toEqual(['<unknown>']);
  });

  it('tells typed text from named keys', () => {
    expect(isPrintable('<')).toBe(true);
    expect(isPrintable('<up>')).toBe(false);
  });
});
