import { describe, expect, it } from 'vitest';
import { keysFromInput } from './keys.js';
import { createReducer } from './reducer.js';
import { createHistory } from './review-history.js';
import { initialState, type ReaderState } from './state.js';
import { buildArticle, sampleFixture } from './test-article.js';

const article = sampleFixture();
const reduce = createReducer(article);
const viewport = { bodyRows: 10, textColumns: 40 };
const NOW = '2026-01-01T00:00:00.000Z';

function press(state: ReaderState, input: string): ReaderState {
  return reduce(state, { type: 'keys', keys: keysFromInput(input), viewport, now: NOW });
}
function start(): ReaderState {
  return initialState(article, { review: createHistory('hash') });
}

describe('movement', () => {
  it('j/k and arrows step paragraphs, clamped at the ends', () => {
    let s = press(start(), 'j');
    expect(s.paragraph).toBe(1);
    s = press(s, '\u001b[B\u001b[B\u001b[B');
    expect(s.paragraph).toBe(3);
    s = press(s, 'k\u001b[A');
    expect(s.paragraph).toBe(1);
    expect(press(start(), 'k').paragraph).toBe(0);
  });

  it('counts each key of a fast-typed chunk and repeats a counted key', () => {
    expect(press(start(), 'jj').paragraph).toBe(2);
    expect(press(start(), '#3j').paragraph).toBe(3);
    expect(press(press(start(), 'G'), '#2k').paragraph).toBe(1);
  });

  it('g/G and Home/End go to the first and last paragraph; 2G to paragraph 2', () => {
    expect(press(start(), 'G').paragraph).toBe(3);
    expect(press(press(start(), 'G'), 'g').paragraph).toBe(0);
    expect(press(start(), '\u001b[F').paragraph).toBe(3);
    expect(press(start(), '#2G').paragraph).toBe(1);
  });

  it(']c and [c step through claims in order and wrap at the ends', () => {
    let s = press(start(), ']c');
    expect(s.selectedClaim).toBe('c1');
    s = press(s, ']c]c');
    expect(s.selectedClaim).toBe('c3');
    expect(s.paragraph).toBe(1);
    s = press(s, ']c]c]c');
    expect(s.selectedClaim).toBe('c1');
    expect(press(s, '[c').selectedClaim).toBe('c5');
    expect(press(start(), '#3]c').selectedClaim).toBe('c3');
  });

  it(']u skips claims that already have a verdict', () => {
    let s = press(start(), ']cvt\r\r');
    expect(s.review.verdicts.map((v) => v.claim)).toEqual(['c1']);
    s = press(press(s, 'g'), ']u');
    expect(s.selectedClaim).toBe('c2');
    s = press(s, '[u');
    expect(s.selectedClaim).toBe('c5');
    expect(press(s, '[u').selectedClaim).toBe('c4');
  });

  it(']e steps through the selected entity’s mentions from the entity index', () => {
    let s = press(start(), '\t');
    expect(s.focus).toBe('annotations');
    s = press(s, '\r');
    expect(s.selectedEntity).toBe('e1');
    s = press(s, ']e');
    expect(s.message).toMatch(/Alice Smith: mention 1\/1/);
  });

  it(']e in the entity index starts on the entity under the cursor', () => {
    const s = press(press(start(), '2'), 'j]e');
    expect(s.view).toBe('reader');
    expect(s.selectedEntity).toBe('e2');
    expect(s.paragraph).toBe(1);
  });

  it('Tab moves between panes and Esc backs out of the annotations pane and views', () => {
    let s = press(start(), '\t');
    expect(s.focus).toBe('annotations');
    s = press(s, '\u001b');
    expect(s.focus).toBe('text');
    s = press(s, '3x');
    expect(s.view).toBe('claims');
    expect(press(s, '\u001b').view).toBe('reader');
  });
});

describe('views and counts', () => {
  it('1–4 switch views at once (3 then j moves in the claims list); counts start with 5–9 or #', () => {
    let s = press(start(), '2');
    expect(s.view).toBe('entities');
    s = press(s, '1');
    expect(s.view).toBe('reader');
    s = press(start(), '3j');
    expect(s.view).toBe('claims');
    expect(s.claimCursor).toBe(1);
    expect(s.paragraph).toBe(0);
    expect(press(start(), '#2j').paragraph).toBe(2);
    expect(press(start(), '5j').paragraph).toBe(3); // clamped at the last paragraph
  });

  it('the claims list opens at the claim the status bar names; the entity index at the selected entity', () => {
    const s = press(start(), ']c]c]c');
    expect(s.selectedClaim).toBe('c3');
    const list = press(s, '3');
    expect(list.claimCursor).toBe(2);
    // v in the list now records on that same claim.
    expect(press(list, 'vt').review.verdicts[0].claim).toBe('c3');
    expect(press(press(start(), 'j'), '2').entityCursor).toBe(1);
  });

  it('the claims list sorts by score and Enter opens the claim in the reader', () => {
    let s = press(start(), '3');
    s = press(s, 's');
    expect(s.claimSort).toBe('score');
    s = press(s, 'g\r');
    expect(s.view).toBe('reader');
    expect(s.selectedClaim).toBe('c4');
    expect(s.paragraph).toBe(1);
  });

  it('layers toggle on and off with t and a letter', () => {
    const s = press(start(), 'te');
    expect(s.layers.entities).toBe(false);
    expect(press(s, 'te').layers.entities).toBe(true);
    expect(press(start(), 'tb').layers.boilerplate).toBe(false);
  });

  it('tl shows findings below the confidence threshold, and hides them again', () => {
    const s = press(start(), 'tl');
    expect(s.showLow).toBe(true);
    expect(s.message).toMatch(/All findings shown/);
    expect(press(s, 'tl').showLow).toBe(false);
  });
});

describe('verdicts', () => {
  it('v then a verdict key records it, then a note and evidence are typed in', () => {
    let s = press(start(), ']c]cvf');
    expect(s.mode).toBe('note');
    expect(s.review.verdicts[0]).toMatchObject({ claim: 'c2', verdict: 'false', text: 'Officials reportedly agree.' });
    expect(s.effects).toContainEqual({ kind: 'save' });
    s = press(s, 'no source\r');
    expect(s.mode).toBe('evidence');
    s = press(s, 'https://example.org/x\r');
    expect(s.mode).toBe('normal');
    expect(s.review.verdicts[0]).toMatchObject({ note: 'no source', evidence: 'https://example.org/x' });
  });

  it('keys typed at the note prompt are text, not commands', () => {
    const s = press(start(), ']cvtjq:G\r');
    expect(s.review.verdicts[0].note).toBe('jq:G');
    expect(s.paragraph).toBe(0);
    expect(s.effects.some((e) => e.kind === 'quit')).toBe(false);
  });

  it('one u undoes a verdict with its note; Ctrl-r redoes it', () => {
    let s = press(start(), ']cvmchecked\r\r');
    s = press(s, 'u');
    expect(s.review.verdicts).toEqual([]);
    s = press(s, '\u0012');
    expect(s.review.verdicts[0]).toMatchObject({ verdict: 'misleading', note: 'checked' });
    expect(press(start(), 'u').message).toBe('Nothing to undo.');
  });

  it('v with no claim selected says how to select one', () => {
    const s = press(start(), 'v');
    expect(s.mode).toBe('normal');
    expect(s.message).toMatch(/No claim selected/);
  });

  it('a wrong key at the verdict prompt is explained and Esc cancels', () => {
    let s = press(start(), ']cvz');
    expect(s.mode).toBe('verdict');
    expect(s.message).toMatch(/t \(true\), f \(false\)/);
    s = press(s, '\u001b');
    expect(s.mode).toBe('normal');
    expect(s.review.verdicts).toEqual([]);
  });
});

describe('clearing verdicts and other readers', () => {
  it('v x clears the verdict (saved at once); u brings it back', () => {
    let s = press(start(), ']cvt\r\r');
    expect(s.review.verdicts).toHaveLength(1);
    s = press({ ...s, effects: [] }, 'vx');
    expect(s.review.verdicts).toEqual([]);
    expect(s.message).toMatch(/cleared.*u undoes/);
    expect(s.effects).toContainEqual({ kind: 'save' });
    expect(press(s, 'u').review.verdicts).toHaveLength(1);
    expect(press(start(), ']cvx').message).toMatch(/no verdict to clear/);
  });

  it('a change by another reader is merged in and announced; this reader’s own verdicts stay', () => {
    const mine = press(start(), ']cvt\r\r');
    const theirs = { claim: article.claims[2].id, text: article.claims[2].text, start: 0, end: 1, verdict: 'false' as const, updatedAt: NOW };
    const s = reduce(mine, { type: 'external', verdicts: [theirs], now: NOW });
    expect(s.review.verdicts.map((v) => v.claim).sort()).toEqual([mine.review.verdicts[0].claim, theirs.claim].sort());
    expect(s.message).toMatch(/Another reader changed a verdict: claim #\d+ now false/);
    // The saved state is marked only once the saved verdicts are the current ones.
    const saving = reduce(s, { type: 'saved', ok: true, saved: mine.review.verdicts, written: [] });
    expect(saving.unsaved).toBe(true);
    expect(reduce(s, { type: 'saved', ok: true, saved: s.review.verdicts, written: [...s.review.verdicts] }).unsaved).toBe(false);
  });
});

describe('search, commands, quitting', () => {
  it('/ searches, n/N step through the matches and wrap', () => {
    let s = press(start(), '/in\r');
    expect(s.search?.matches.length).toBe(3);
    expect(s.search?.current).toBe(0);
    s = press(s, 'nn');
    expect(s.search?.current).toBe(2);
    expect(s.paragraph).toBe(3);
    expect(press(s, 'n').search?.current).toBe(0);
    expect(press(s, 'N').search?.current).toBe(1);
    expect(press(start(), '/zebra\r').message).toBe('No match for “zebra”.');
  });

  it(':goto N moves, bad numbers and unknown commands are explained', () => {
    expect(press(start(), ':goto 3\r').paragraph).toBe(2);
    expect(press(start(), ':goto 99\r').message).toMatch(/from 1 to 4; got “99”/);
    expect(press(start(), ':frob\r').message).toMatch(/Unknown command “:frob”/);
    expect(press(start(), ':export md\r').effects).toContainEqual({ kind: 'export', format: 'md' });
    expect(press(start(), ':w\r').effects).toEqual([{ kind: 'save', announce: true }]);
    expect(press({ ...start(), sidecar: 'readonly' }, ':w\r').message).toMatch(/Read-only \(--readonly\)/);
    expect(press(start(), ':q\r').effects).toEqual([{ kind: 'quit' }]);
    expect(press(start(), ':wq\r').effects).toEqual([{ kind: 'save' }, { kind: 'quit' }]);
    expect(press(start(), ':export pdf\r').message).toMatch(/md or json/);
  });

  it('q quits at once when saved, asks when something is unsaved', () => {
    expect(press(start(), 'q').effects).toContainEqual({ kind: 'quit' });
    let s = press(start(), ']cvt\r\r');
    s = reduce(s, { type: 'saved', ok: false, message: 'disk full' });
    s = press(s, 'q');
    expect(s.mode).toBe('confirmQuit');
    expect(press(s, 'n').effects.some((e) => e.kind === 'quit')).toBe(false);
    expect(press(s, 'y').effects).toContainEqual({ kind: 'quit' });
  });

  it('q during a save still in flight quits (the save is flushed), read-only asks', () => {
    const inFlight = press(start(), ']cvt\r\r');
    expect(inFlight.unsaved).toBe(true);
    expect(press(inFlight, 'q').effects).toContainEqual({ kind: 'quit' });
    const readonly = press({ ...start(), sidecar: 'readonly' }, ']cvt\r\rq');
    expect(readonly.mode).toBe('confirmQuit');
    expect(press({ ...start(), sidecar: 'readonly' }, 'q').effects).toContainEqual({ kind: 'quit' });
  });

  it('effectsDone drops exactly the effects that ran, however many were queued since or reported late', () => {
    // The order seen under load in the app: the verdict's save runs; the note, its evidence and e queue
    // three more effects before that save's effectsDone is applied; a second batch then takes the two saves.
    const verdict = press(start(), ']cvt');
    const [firstSave] = verdict.effects;
    const queued = press(press(verdict, 'draft\r\r'), 'e');
    expect(queued.effects.map((e) => e.kind)).toEqual(['save', 'save', 'save', 'editNote']);
    const [, noteSave, evidenceSave] = queued.effects;
    const afterSecondBatch = reduce(queued, { type: 'effectsDone', done: [noteSave, evidenceSave] });
    const afterFirstBatch = reduce(afterSecondBatch, { type: 'effectsDone', done: [firstSave] });
    expect(afterFirstBatch.effects).toEqual([{ kind: 'editNote', claim: queued.selectedClaim }]);
    // An effect equal to a queued one but not the same object is not taken for it.
    expect(reduce(queued, { type: 'effectsDone', done: [{ kind: 'save' }] }).effects).toHaveLength(4);
  });

  it('Ctrl-C saves then quits from any mode', () => {
    const s = press(press(start(), '/abc'), '\u0003');
    expect(s.effects.slice(-2)).toEqual([{ kind: 'save' }, { kind: 'quit' }]);
  });

  it('help filters by typing; Esc closes it', () => {
    let s = press(start(), '?');
    expect(s.mode).toBe('help');
    s = press(s, '\u001b[B\u001b[B');
    expect(s.helpScroll).toBe(2);
    s = press(s, 'claim');
    expect(s.input).toBe('claim');
    expect(s.helpScroll).toBe(0);
    expect(press(s, '\u001b').mode).toBe('normal');
  });
});

describe('keymap', () => {
  it('Space pages down like PgDn and is not a prefix key', () => {
    const long = buildArticle({ paragraphs: Array.from({ length: 30 }, (_, i) => `Paragraph ${i} has a few words.`) });
    const s = createReducer(long)(initialState(long, { review: createHistory('h') }), { type: 'keys', keys: keysFromInput(' '), viewport, now: NOW });
    expect(s.pending).toEqual([]);
    // The text scrolls a page (less's Space); the current paragraph follows to the first one in view.
    expect(s.textTop).toBeGreaterThan(0);
    expect(s.paragraph).toBe(s.textTop);
  });

  it('an unknown key is explained, not ignored', () => {
    expect(press(start(), 'Z').message).toBe('No key “Z”; ? shows every key.');
    expect(press(start(), ']z').message).toBe('No key “]z”; ? shows every key.');
  });
});

describe('long paragraphs', () => {
  const words = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
  const long = buildArticle({ paragraphs: [`${words} The end is near.`, 'Short.'], claims: [{ text: 'The end is near.' }] });
  const reduceLong = createReducer(long);
  const pressLong = (s: ReaderState, input: string) => reduceLong(s, { type: 'keys', keys: keysFromInput(input), viewport, now: NOW });
  const startLong = () => initialState(long, { review: createHistory('h') });

  it(']c scrolls a long paragraph to show the claim; so does a search match', () => {
    const s = pressLong(startLong(), ']c');
    expect(s.selectedClaim).toBe('c1');
    expect(s.textScroll).toBeGreaterThan(0);
    expect(pressLong(startLong(), '/w299\r').textScroll).toBeGreaterThan(0);
  });

  it('Ctrl-d scrolls within the paragraph, then steps to the next one at its end', () => {
    let s = pressLong(startLong(), '\u0004');
    expect(s.textScroll).toBe(5);
    expect(s.paragraph).toBe(0);
    s = pressLong(s, '\u0004'.repeat(40));
    expect(s.paragraph).toBe(1);
    expect(pressLong(pressLong(startLong(), '\u0004'), '\u0015').textScroll).toBe(0);
  });
});
