/**
 * Every key of the reader, in one place: the reducer looks actions up here and
 * the help screen and status-bar hints are generated from the same table.
 */
import type { Verdict } from '@marginalia/core';
import type { KeyToken } from './keys.js';

export type Action =
  | 'down' | 'up' | 'top' | 'bottom' | 'halfDown' | 'halfUp' | 'pageDown' | 'pageUp'
  | 'nextPane' | 'prevPane' | 'open' | 'back'
  | 'nextClaim' | 'prevClaim' | 'nextMention' | 'prevMention' | 'nextUnreviewed' | 'prevUnreviewed'
  | 'viewReader' | 'viewEntities' | 'viewClaims' | 'viewSourcing'
  | 'toggleEntities' | 'toggleAttributions' | 'toggleClaims' | 'toggleHedges' | 'toggleTechniques' | 'toggleBoilerplate' | 'toggleLowConfidence'
  | 'search' | 'nextMatch' | 'prevMatch'
  | 'verdict' | 'editNote' | 'undo' | 'redo' | 'sort'
  | 'command' | 'help' | 'quit' | 'interrupt';

export interface Binding {
  /** Key sequences that trigger the action (a prefix key then a key is written as two tokens). */
  keys: KeyToken[][];
  action: Action;
  /** How the keys are shown in help. */
  label: string;
  help: string;
  /** A count typed before the key repeats it (`3j`). */
  countable?: boolean;
}

/** `k('] c', 'x')`: key sequences, tokens separated by a space (a lone ' ' is the space bar). */
const k = (...sequences: string[]) => sequences.map((seq) => (seq === ' ' ? [' '] : seq.split(' ')));

export const BINDINGS: readonly Binding[] = [
  { keys: k('j', '<down>'), action: 'down', label: 'j ↓', help: 'next paragraph, or next item in a list or pane (5j: five; #3j: a count starting 1–4)', countable: true },
  { keys: k('k', '<up>'), action: 'up', label: 'k ↑', help: 'previous paragraph, or previous item', countable: true },
  { keys: k('g', '<home>'), action: 'top', label: 'g Home', help: 'first paragraph or item' },
  { keys: k('G', '<end>'), action: 'bottom', label: 'G End', help: 'last paragraph or item (#3G or :3: paragraph 3)' },
  { keys: k('<C-d>'), action: 'halfDown', label: 'Ctrl-d', help: 'scroll the text half a page down (the current paragraph follows)', countable: true },
  { keys: k('<C-u>'), action: 'halfUp', label: 'Ctrl-u', help: 'scroll the text half a page up', countable: true },
  { keys: k('<pgdn>', ' '), action: 'pageDown', label: 'PgDn Space', help: 'scroll the text a page down, as less does', countable: true },
  { keys: k('<pgup>'), action: 'pageUp', label: 'PgUp', help: 'scroll the text a page up', countable: true },
  { keys: k('<tab>'), action: 'nextPane', label: 'Tab', help: 'move to the other pane' },
  { keys: k('<S-tab>'), action: 'prevPane', label: 'Shift-Tab', help: 'move to the other pane (backwards)' },
  { keys: k('<enter>'), action: 'open', label: 'Enter', help: 'open the selected item (jump to an entity’s mentions or a claim)' },
  { keys: k('<esc>'), action: 'back', label: 'Esc', help: 'back out: close, leave the pane or view, clear the search' },
  { keys: k('] c'), action: 'nextClaim', label: ']c', help: 'next claim (wraps)', countable: true },
  { keys: k('[ c'), action: 'prevClaim', label: '[c', help: 'previous claim (wraps)', countable: true },
  { keys: k('] e'), action: 'nextMention', label: ']e', help: 'next mention of the selected entity (wraps)', countable: true },
  { keys: k('[ e'), action: 'prevMention', label: '[e', help: 'previous mention of the selected entity (wraps)', countable: true },
  { keys: k('] u'), action: 'nextUnreviewed', label: ']u', help: 'next claim with no verdict yet (wraps)', countable: true },
  { keys: k('[ u'), action: 'prevUnreviewed', label: '[u', help: 'previous claim with no verdict yet (wraps)', countable: true },
  { keys: k('1'), action: 'viewReader', label: '1', help: 'view: the reader (at once)' },
  { keys: k('2'), action: 'viewEntities', label: '2', help: 'view: entity index, at the selected entity' },
  { keys: k('3'), action: 'viewClaims', label: '3', help: 'view: claims list, at the selected claim' },
  { keys: k('4'), action: 'viewSourcing', label: '4', help: 'view: sourcing summary' },
  { keys: k('t e'), action: 'toggleEntities', label: 'te', help: 'layer on/off: entities [..]' },
  { keys: k('t a'), action: 'toggleAttributions', label: 'ta', help: 'layer on/off: attributions «..»' },
  { keys: k('t c'), action: 'toggleClaims', label: 'tc', help: 'layer on/off: claims ⟦..⟧' },
  { keys: k('t h'), action: 'toggleHedges', label: 'th', help: 'layer on/off: hedges ~..~' },
  { keys: k('t t'), action: 'toggleTechniques', label: 'tt', help: 'layer on/off: techniques {..}' },
  { keys: k('t b'), action: 'toggleBoilerplate', label: 'tb', help: 'hide/show boilerplate paragraphs ▒' },
  { keys: k('t l'), action: 'toggleLowConfidence', label: 'tl', help: 'show/hide findings of low confidence (below 0.35; those below 0.6 are dimmed and end in ?)' },
  { keys: k('/'), action: 'search', label: '/', help: 'search the text' },
  { keys: k('n'), action: 'nextMatch', label: 'n', help: 'next match', countable: true },
  { keys: k('N'), action: 'prevMatch', label: 'N', help: 'previous match', countable: true },
  { keys: k('v'), action: 'verdict', label: 'v', help: 'record a verdict on the selected claim: then t f m u (x clears it)' },
  { keys: k('e'), action: 'editNote', label: 'e', help: 'edit the selected claim’s note in $EDITOR' },
  { keys: k('u'), action: 'undo', label: 'u', help: 'undo the last verdict change' },
  { keys: k('<C-r>'), action: 'redo', label: 'Ctrl-r', help: 'redo' },
  { keys: k('s'), action: 'sort', label: 's', help: 'claims list: sort by position or score' },
  { keys: k(':'), action: 'command', label: ':', help: 'command: :w :q :q! :wq :goto N :export md|json' },
  { keys: k('?', '<F1>'), action: 'help', label: '? F1', help: 'this help (type to filter)' },
  { keys: k('q'), action: 'quit', label: 'q', help: 'quit (asks only when something is unsaved)' },
  { keys: k('<C-c>'), action: 'interrupt', label: 'Ctrl-c', help: 'save and quit at once' },
];

/** Keys that wait for a second key. */
export const PREFIX_KEYS: ReadonlySet<KeyToken> = new Set(BINDINGS.filter((b) => b.keys.some((s) => s.length > 1)).map((b) => b.keys.find((s) => s.length > 1)![0]));

/** Finds the binding for a complete key sequence, or null. */
export function actionFor(sequence: KeyToken[]): Binding | null {
  const joined = sequence.join(' ');
  return BINDINGS.find((b) => b.keys.some((s) => s.join(' ') === joined)) ?? null;
}

/** After `v`: which key records which verdict. */
export const VERDICT_KEYS: Readonly<Record<string, Verdict>> = { t: 'true', f: 'false', m: 'misleading', u: 'unverifiable' };

/** The one-line hint of the status bar, per mode. */
export const HINTS = {
  normal: 'j/k move · ]c claim · v verdict · u undo · / search · 1-4 views · Tab pane · : cmd · ? help · q quit',
  annotations: 'j/k item · Enter select · ]e mentions · v verdict · Tab text pane · Esc back · ? help',
  entities: 'j/k move · Enter jump to mentions · ]e/[e next/previous mention · 1 reader · Esc back · ? help',
  claims: 'j/k move · v verdict · u undo · s sort · Enter open in reader · ]u unreviewed · Esc back · ? help',
  sourcing: 'j/k scroll · 1 reader · 2 entities · 3 claims · Esc back · ? help',
  help: 'type to filter · ↑↓ PgDn PgUp scroll · Esc close',
  search: 'type the search, Enter to search, Esc cancel',
  command: ':w save · :q quit · :goto N · :export md|json · Enter run · Esc cancel',
  verdict: 'verdict: t true · f false · m misleading · u unverifiable · x clear · Esc cancel',
  note: 'note for the verdict (Enter to keep / skip, Esc to skip)',
  evidence: 'evidence URL (Enter to keep / skip, Esc to skip)',
  confirmQuit: 'unsaved verdicts: y quit anyway · n stay',
} as const;
