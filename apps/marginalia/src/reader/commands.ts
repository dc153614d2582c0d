/** The `:` prompt: parses and runs `:w`, `:q`, `:q!`, `:wq`, `:goto N`, `:export md|json`. */
import type { Article } from '@marginalia/core';
import { goToParagraph } from './navigation.js';
import { quitNeedsConfirmation, type ReaderState } from './state.js';

export const COMMAND_LIST = ':w  :q  :q!  :wq  :goto N  :export md|json';

export function runCommand(article: Article, state: ReaderState, line: string): ReaderState {
  const [name = '', ...args] = line.trim().replace(/^:/, '').split(/\s+/);
  const back: ReaderState = { ...state, mode: 'normal', input: '' };
  switch (name) {
    case '':
      return back;
    case 'w':
      if (state.sidecar !== 'saved') return { ...back, message: notWrittenReason(state) };
      return { ...back, effects: [...state.effects, { kind: 'save', announce: true }] };
    case 'q':
      return quitNeedsConfirmation(state) ? { ...back, mode: 'confirmQuit' } : { ...back, effects: [...state.effects, { kind: 'quit' }] };
    case 'q!':
      return { ...back, effects: [...state.effects, { kind: 'quit' }] };
    case 'wq':
    case 'x':
      return { ...back, effects: [...state.effects, { kind: 'save' }, { kind: 'quit' }] };
    case 'goto': {
      const n = Number(args[0]);
      if (!Number.isInteger(n) || n < 1 || n > article.paragraphs.length) {
        return { ...back, message: `:goto expects a paragraph number from 1 to ${article.paragraphs.length}; got “${args[0] ?? ''}”.` };
      }
      return { ...goToParagraph(article, back, n - 1), view: 'reader' };
    }
    case 'export': {
      const format = args[0] === 'markdown' ? 'md' : args[0];
      if (format !== 'md' && format !== 'json') return { ...back, message: `:export expects md or json; got “${args[0] ?? ''}”. Try :export md` };
      return { ...back, effects: [...state.effects, { kind: 'export', format }] };
    }
    default:
      if (/^\d+$/.test(name)) return runCommand(article, state, `goto ${name}`);
      return { ...back, message: `Unknown command “:${name}”; the commands are ${COMMAND_LIST}.` };
  }
}

export function notWrittenReason(state: ReaderState): string {
  switch (state.sidecar) {
    case 'readonly':
      return 'Read-only (--readonly): verdicts are kept in memory and not written.';
    case 'memory':
      return 'The sidecar’s folder is not writable: verdicts are kept in memory only. Copy the article to a writable folder to keep them.';
    case 'blocked':
      return 'The existing sidecar could not be used and is left untouched: verdicts are kept in memory only.';
    default:
      return '';
  }
}
