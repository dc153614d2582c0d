/**
 * End to end, in a real terminal (tmux): open a copy of the sample, step to the
 * third claim, record a verdict with a note, quit, reopen, and find the verdict
 * and the position restored; and the stacked layout at 60×20.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, hasTmux, SAMPLE, shellQuote, TmuxSession } from './tmux.js';

// In CI tmux is installed (.ci/run), so a missing tmux there is a failure, not a skip.
const skip = !hasTmux() && process.env.CI !== 'true';
if (skip) console.warn('reader e2e: skipped, tmux is not installed (apt-get install tmux to run it).');

describe.skipIf(skip)('marginalia read in tmux', () => {
  let dir: string;
  let article: string;
  let session: TmuxSession;

  beforeEach(async () => {
    assertBuilt();
    dir = await mkdtemp(join(tmpdir(), 'marginalia-e2e-'));
    article = join(dir, 'kremlin-signal.txt');
    await copyFile(SAMPLE, article);
    session = new TmuxSession();
  });
  afterEach(async () => {
    session.kill();
    await rm(dir, { recursive: true, force: true });
  });

  const command = () => `cd ${shellQuote(dir)} && CI=false exec ${shellQuote(process.execPath)} ${shellQuote(BIN)} read kremlin-signal.txt`;

  it('records a verdict with a note on the third claim; reopening restores it and the position', async () => {
    session.start(command(), 100, 30);
    await session.waitFor((s) => s.includes('¶ 1/'), 'the reader to open');
    for (const key of [']', 'c', ']', 'c', ']', 'c']) session.key(key);
    const third = await session.waitFor((s) => /claim 3\/\d+/.test(s), 'the third claim to be selected');
    // The frame is rows - 1 tall: the screen's last row stays empty (no scroll, no flicker).
    expect(third.split('\n')[29].trim()).toBe('');
    expect(third.split('\n')[28]).toContain('? help');
    session.key('v');
    await session.waitFor((s) => s.includes('verdict: t true'), 'the verdict prompt');
    session.key('m');
    await session.waitFor((s) => s.includes('note:'), 'the note prompt');
    for (const ch of 'seen before') session.key(ch);
    await session.waitFor((s) => s.includes('note: seen before'), 'the typed note');
    session.key('Enter');
    await session.waitFor((s) => s.includes('evidence URL:'), 'the evidence prompt');
    session.key('Enter');
    await session.waitFor((s) => s.includes('1 reviewed'), 'the verdict to be counted');
    session.key('q');
    await session.waitForExit();

    const sidecar = JSON.parse(await readFile(`${article}.marginalia.json`, 'utf8'));
    expect(sidecar.verdicts).toHaveLength(1);
    expect(sidecar.verdicts[0]).toMatchObject({ verdict: 'misleading', note: 'seen before' });
    expect(sidecar.position.claim).toBe(sidecar.verdicts[0].claim);

    session.kill();
    session = new TmuxSession();
    session.start(command(), 100, 30);
    const reopened = await session.waitFor((s) => s.includes('1 reviewed'), 'the reopened reader with the verdict');
    expect(reopened).toMatch(/claim 3\/\d+/);
    expect(reopened).toMatch(/\[M\] #3/);
    // The note may wrap inside the annotations pane: read that pane's text as one line.
    const annotationsPane = reopened
      .split('\n')
      .map((line) => line.split('│')[1] ?? '')
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(annotationsPane).toContain('note: seen before');
    expect(reopened).toContain(`¶ ${sidecar.position.paragraph + 1}/`);
    session.key('q');
    await session.waitForExit();
  });

  it('Ctrl-C saves the position before exiting', async () => {
    session.start(command(), 100, 30);
    await session.waitFor((s) => s.includes('¶ 1/'), 'the reader to open');
    session.key('j');
    session.key('j');
    await session.waitFor((s) => s.includes('¶ 3/'), 'the third paragraph');
    session.key('C-c');
    await session.waitForExit();
    const sidecar = JSON.parse(await readFile(`${article}.marginalia.json`, 'utf8'));
    expect(sidecar.position).toMatchObject({ paragraph: 2, view: 'reader' });
  });

  it('stacks the panes at 60×20 and keeps the frame within the screen', async () => {
    session.start(command(), 60, 20);
    const screen = await session.waitFor((s) => s.includes('── annotations'), 'the stacked layout');
    const lines = screen.split('\n');
    expect(lines[19].trim()).toBe('');
    expect(lines[17]).toContain('¶ 1/');
    expect(lines[0]).toContain('Marginalia — kremlin-signal.txt');
    expect(screen).not.toContain('│');
    expect(screen).toContain('¶ 1/');
    session.key('q');
    await session.waitForExit();
  });

  it('shows hostile text inert: a title-setting, screen-clearing, hyperlinking article changes nothing in the terminal', async () => {
    const hostile = join(dir, 'hostile.txt');
    await writeFile(hostile, 'Breaking \u001b]0;pwned\u0007 news \u001b[2J here \u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\ now.\n\nSecond paragraph.\n');
    const before = 'marginalia-e2e-title';
    session.start(`printf '\\033]2;${before}\\007'; cd ${shellQuote(dir)} && CI=false exec ${shellQuote(process.execPath)} ${shellQuote(BIN)} read hostile.txt`, 100, 30);
    const screen = await session.waitFor((s) => s.includes('¶ 1/'), 'the reader on the hostile article');
    expect(screen).toContain('␛]0;pwned␇');
    expect(screen).toContain('␛[2J');
    expect(session.title()).toBe(before);
    session.key('q');
    await session.waitForExit();
  });
});

describe.skipIf(skip)('the reader reads like less (tmux)', () => {
  let dir: string;
  let session: TmuxSession;
  beforeEach(async () => {
    assertBuilt();
    dir = await mkdtemp(join(tmpdir(), 'marginalia-e2e-less-'));
    await copyFile(SAMPLE, join(dir, 'kremlin-signal.txt'));
    session = new TmuxSession();
  });
  afterEach(async () => {
    session.kill();
    await rm(dir, { recursive: true, force: true });
  });
  const command = () => `cd ${shellQuote(dir)} && CI=false exec ${shellQuote(process.execPath)} ${shellQuote(BIN)} read kremlin-signal.txt`;

  it('at 120×35 the text pane shows at least 20 rows of the article; 2 switches views at once and 3 then j moves in the claims list', async () => {
    session.start(command(), 120, 35);
    const screen = await session.waitFor((s) => s.includes('¶ 1/'), 'the reader to open');
    const textRows = screen.split('\n').slice(1, 32).map((l) => (l.split('│')[0] ?? '').trim()).filter((l) => l && !/more paragraph/.test(l));
    expect(textRows.length).toBeGreaterThanOrEqual(20);
    expect(screen).toMatch(/^▌ /m);
    session.key('2');
    // No timer: the entity index is there on the next screen, before any other key.
    await session.waitFor((s) => s.includes('ENTITY INDEX'), 'the entity index after 2');
    session.key('3');
    await session.waitFor((s) => s.includes('CLAIMS —'), 'the claims list after 3');
    session.key('j');
    const list = await session.waitFor((s) => /^▸ \[ \] #2 /m.test(s), 'the cursor on the second claim');
    expect(list).toContain('[3 claims]');
    session.key('q');
    await session.waitForExit();
  });

  it('says "analysing" at once on a long article, stays responsive (q quits during the analysis), then reads', async () => {
    const text = (await readFile(SAMPLE, 'utf8')).trim();
    await writeFile(join(dir, 'long.txt'), Array.from({ length: 40 }, () => text).join('\n\n'));
    const long = () => `cd ${shellQuote(dir)} && CI=false exec ${shellQuote(process.execPath)} ${shellQuote(BIN)} read long.txt`;
    session.start(long(), 100, 30);
    await session.waitFor((s) => /analysing [\d,]+ characters…/.test(s), 'the analysing screen');
    session.key('q');
    await session.waitForExit(20_000);
    session.kill();
    session = new TmuxSession();
    session.start(long(), 100, 30);
    await session.waitFor((s) => /analysing [\d,]+ characters…/.test(s), 'the analysing screen');
    await session.waitFor((s) => s.includes('¶ 1/'), 'the reader after the analysis', 60_000);
    session.key('q');
    await session.waitForExit();
  }, 120_000);
});
