/**
 * End to end, in real terminals (tmux): verdicts are never lost. Two readers on one
 * article both keep their verdicts; a reader on a URL keeps its verdicts in the state
 * folder and finds them again; kill -9 right after "saved" loses nothing and leaves no
 * temp file. One key per call, waiting for the screen rather than for time.
 */
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, hasTmux, SAMPLE, shellQuote, TmuxSession } from './tmux.js';

const skip = !hasTmux() && process.env.CI !== 'true';
if (skip) console.warn('sidecar e2e: skipped, tmux is not installed (apt-get install tmux to run it).');

describe.skipIf(skip)('verdicts are never lost (tmux)', () => {
  let dir: string;
  let article: string;
  const sessions: TmuxSession[] = [];
  const session = () => {
    const s = new TmuxSession();
    sessions.push(s);
    return s;
  };

  beforeEach(async () => {
    assertBuilt();
    dir = await mkdtemp(join(tmpdir(), 'marginalia-e2e-sidecar-'));
    article = join(dir, 'kremlin-signal.txt');
    await copyFile(SAMPLE, article);
  });
  afterEach(async () => {
    for (const s of sessions.splice(0)) s.kill();
    await rm(dir, { recursive: true, force: true });
  });

  const reader = (target: string, extra = '') =>
    `cd ${shellQuote(dir)} && echo $$ > reader.pid && unset INIT_CWD npm_lifecycle_event && CI=false XDG_STATE_HOME=${shellQuote(join(dir, 'state'))} ${extra} exec ${shellQuote(process.execPath)} ${shellQuote(BIN)} read ${shellQuote(target)}`;

  /** `]c` n times, then `v KEY`, a note, Enter, Enter; waits until the status bar says saved. */
  async function recordVerdict(s: TmuxSession, claims: number, key: string, note: string): Promise<string> {
    for (let i = 0; i < claims; i++) {
      s.key(']');
      s.key('c');
    }
    await s.waitFor((screen) => new RegExp(`claim ${claims}/\\d+`).test(screen), `claim ${claims} to be selected`);
    s.key('v');
    await s.waitFor((screen) => screen.includes('verdict: t true'), 'the verdict prompt');
    s.key(key);
    await s.waitFor((screen) => screen.includes('note:'), 'the note prompt');
    for (const ch of note) s.key(ch);
    await s.waitFor((screen) => screen.includes(`note: ${note}`), 'the typed note');
    s.key('Enter');
    await s.waitFor((screen) => screen.includes('evidence URL:'), 'the evidence prompt');
    s.key('Enter');
    return s.waitFor((screen) => screen.includes('Verdict recorded') && /reviewed · layers \S+ · saved/.test(screen), 'the verdict to be saved');
  }

  it('two readers on the same article record different verdicts: both are kept, and each is told of the other', async () => {
    const a = session();
    const b = session();
    a.start(reader('kremlin-signal.txt'), 120, 35);
    b.start(reader('kremlin-signal.txt'), 120, 35);
    await a.waitFor((s) => s.includes('¶ 1/'), 'reader A to open');
    await b.waitFor((s) => s.includes('¶ 1/'), 'reader B to open');
    await recordVerdict(a, 1, 't', 'checked A');
    await b.waitFor((s) => s.includes('Another reader changed a verdict: claim #1 now true'), 'reader B to be told of A’s verdict');
    await recordVerdict(b, 2, 'f', 'checked B');
    await a.waitFor((s) => s.includes('Another reader changed a verdict: claim #2 now false'), 'reader A to be told of B’s verdict');
    await a.waitFor((s) => s.includes('2 reviewed'), 'reader A to count both verdicts');
    a.key('q');
    b.key('q');
    await a.waitForExit();
    await b.waitForExit();
    const sidecar = JSON.parse(await readFile(`${article}.marginalia.json`, 'utf8'));
    expect(sidecar.verdicts.map((v: { verdict: string; note: string }) => `${v.verdict} ${v.note}`).sort()).toEqual(['false checked B', 'true checked A']);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
  }, 90_000);

  describe('a reader on a URL', () => {
    let server: Server;
    let url: string;
    beforeEach(async () => {
      const text = await readFile(SAMPLE, 'utf8');
      server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(text);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kremlin-signal`;
    });
    afterEach(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('keeps its verdicts in the state folder, says where, restores them when reopened, and :export writes to the current folder', async () => {
      const s = session();
      s.start(reader(url), 120, 35);
      const opened = await s.waitFor((screen) => screen.includes('¶ 1/'), 'the reader on the URL');
      expect(opened).toContain('Verdicts on this URL are kept in');
      expect(opened).not.toContain('read-only');
      await recordVerdict(s, 2, 'm', 'from the web');
      s.key(':');
      for (const ch of 'export md') s.key(ch);
      s.key('Enter');
      await s.waitFor((screen) => screen.includes('Exported to'), 'the export');
      s.key('q');
      await s.waitForExit();
      const kept = await readdir(join(dir, 'state', 'marginalia'));
      expect(kept.filter((n) => n.endsWith('.marginalia.json'))).toHaveLength(1);
      expect((await readdir(dir)).filter((n) => n.endsWith('.md'))).toEqual([expect.stringMatching(/^127\.0\.0\.1-\d+-kremlin-signal\.md$/)]);

      const again = session();
      again.start(reader(url), 120, 35);
      const reopened = await again.waitFor((screen) => screen.includes('1 reviewed'), 'the reopened reader with its verdict');
      expect(reopened).toMatch(/claim 2\/\d+/);
      again.key('q');
      await again.waitForExit();
    }, 90_000);
  });

  it('kill -9 right after "saved" loses nothing and leaves no temp file', async () => {
    const s = session();
    s.start(reader('kremlin-signal.txt'), 120, 35);
    await s.waitFor((screen) => screen.includes('¶ 1/'), 'the reader to open');
    await recordVerdict(s, 3, 'm', 'durable');
    const pid = Number((await readFile(join(dir, 'reader.pid'), 'utf8')).trim());
    process.kill(pid, 'SIGKILL');
    await s.waitForExit();
    const sidecar = JSON.parse(await readFile(`${article}.marginalia.json`, 'utf8'));
    expect(sidecar.verdicts).toEqual([expect.objectContaining({ verdict: 'misleading', note: 'durable' })]);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'))).toEqual([]);
  }, 60_000);
});
