import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash, type ClaimVerdict } from '@marginalia/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { absorb, createHistory, setVerdict, undo } from './review-history.js';
import { openSidecar, saveSidecar, sidecarPath } from './sidecar.js';
import { mergeVerdicts, pidAlive, removeStaleTemps, sidecarLocation, stateDir, withLock } from './sidecar-store.js';
import { sampleFixture } from './test-article.js';

const article = sampleFixture();
const hash = contentHash(article.text);
let dir: string;
let articlePath: string;

const v = (claim: string, verdict: ClaimVerdict['verdict'], updatedAt: string): ClaimVerdict => ({ claim, text: claim, start: 0, end: 1, verdict, updatedAt });
/** A pid that is certainly dead: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-store-'));
  articlePath = join(dir, 'article.txt');
  await writeFile(articlePath, article.text);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mergeVerdicts', () => {
  it('keeps both sides’ changes to different claims', () => {
    const { merged, fromTheirs } = mergeVerdicts([], [v('c1', 'true', 't1')], [v('c2', 'false', 't2')], 't3');
    expect(merged.map((x) => x.claim).sort()).toEqual(['c1', 'c2']);
    expect(fromTheirs).toEqual([{ claim: 'c2', record: v('c2', 'false', 't2') }]);
  });
  it('the later change of the same claim wins', () => {
    expect(mergeVerdicts([], [v('c1', 'true', '2026-01-02')], [v('c1', 'false', '2026-01-01')], 'x').merged).toEqual([v('c1', 'true', '2026-01-02')]);
    const later = mergeVerdicts([], [v('c1', 'true', '2026-01-01')], [v('c1', 'false', '2026-01-02')], 'x');
    expect(later.merged).toEqual([v('c1', 'false', '2026-01-02')]);
    expect(later.fromTheirs).toHaveLength(1);
  });
  it('a verdict cleared on one side is cleared; unchanged on the other side', () => {
    const base = [v('c1', 'true', 't1')];
    expect(mergeVerdicts(base, [], base, 't2').merged).toEqual([]);
    expect(mergeVerdicts(base, base, [], 't2')).toEqual({ merged: [], fromTheirs: [{ claim: 'c1', record: null }] });
  });
});

describe('absorb', () => {
  it('applies another reader’s change to the undo snapshots too, so undo takes back only this reader’s step', () => {
    const claim = article.claims[0];
    const mine = setVerdict(createHistory(hash), claim, 'true', 't1');
    const theirs = v(article.claims[1].id, 'false', 't2');
    const merged = absorb(mine, [{ claim: theirs.claim, record: theirs }], [theirs]);
    expect(merged.verdicts.map((x) => x.claim)).toEqual([claim.id, theirs.claim]);
    expect(undo(merged)!.verdicts).toEqual([theirs]);
  });
});

describe('the lock', () => {
  it('serialises writers and is removed afterwards', async () => {
    const path = join(dir, 'x.json');
    const order: string[] = [];
    await Promise.all(
      ['a', 'b', 'c'].map((name) =>
        withLock(path, async () => {
          order.push(`${name}+`);
          await new Promise((resolve) => setTimeout(resolve, 20));
          order.push(`${name}-`);
        }),
      ),
    );
    for (let i = 0; i < order.length; i += 2) expect(order[i].slice(0, 1)).toBe(order[i + 1].slice(0, 1));
    expect(await readdir(dir)).not.toContain('x.json.lock');
  });
  it('takes over a stale lock whose process is dead', async () => {
    const path = join(dir, 'x.json');
    await writeFile(`${path}.lock`, `${deadPid()}\n`);
    expect(await withLock(path, async () => 'done')).toBe('done');
  });
  it('a live holder makes a waiter time out with a message naming the pid and the lock file', async () => {
    const path = join(dir, 'x.json');
    await writeFile(`${path}.lock`, `${process.ppid}\n`);
    expect(pidAlive(process.ppid)).toBe(true);
    await expect(withLock(path, async () => 'never', 100)).rejects.toThrow(new RegExp(`held by process ${process.ppid}.*remove .*x\\.json\\.lock`));
  });
});

describe('saveSidecar', () => {
  it('two readers on one article both keep their verdicts; each learns of the other’s', async () => {
    const path = sidecarPath(articlePath);
    const [c1, c2] = article.claims;
    const a0 = (await openSidecar(articlePath, article)).history;
    const b0 = (await openSidecar(articlePath, article)).history;
    const a = setVerdict(a0, c1, 'true', '2026-01-01T00:00:01Z');
    const b = setVerdict(b0, c2, 'false', '2026-01-01T00:00:02Z');
    const first = await saveSidecar(path, articlePath, a, { paragraph: 0, claim: null, view: 'reader' }, 'now');
    expect(first.fromOthers).toEqual([]);
    const second = await saveSidecar(path, articlePath, b, { paragraph: 0, claim: null, view: 'reader' }, 'now');
    expect(second.fromOthers.map((c) => c.claim)).toEqual([c1.id]);
    const disk = JSON.parse(await readFile(path, 'utf8'));
    expect(disk.verdicts.map((x: ClaimVerdict) => [x.claim, x.verdict]).sort()).toEqual([[c1.id, 'true'], [c2.id, 'false']].sort());
    // Reader A saves again (say a note): B's verdict is not lost.
    const again = await saveSidecar(path, articlePath, absorb(a, [], first.written), { paragraph: 0, claim: null, view: 'reader' }, 'now');
    expect(again.written).toHaveLength(2);
    expect(again.fromOthers.map((c) => c.claim)).toEqual([c2.id]);
  });
  it('leaves no temp file and no lock; temp files of dead writers are cleaned up on open', async () => {
    const path = sidecarPath(articlePath);
    await writeFile(`${path}.${deadPid()}.1700000000000.tmp`, '{');
    await writeFile(`${path}.${process.ppid}.1700000000000.tmp`, '{'); // a live writer's: kept
    expect(await removeStaleTemps(path)).toBe(1);
    const opened = await openSidecar(articlePath, article);
    await saveSidecar(path, articlePath, setVerdict(opened.history, article.claims[0], 'true', 't'), { paragraph: 0, claim: null, view: 'reader' }, 'now');
    expect((await readdir(dir)).sort()).toEqual(['article.txt', 'article.txt.marginalia.json', `article.txt.marginalia.json.${process.ppid}.1700000000000.tmp`]);
  });
});

describe('sidecars of URLs', () => {
  it('live in $XDG_STATE_HOME/marginalia, keyed by the URL and the content hash', () => {
    const env = { XDG_STATE_HOME: '/s', HOME: '/h' };
    const a = sidecarLocation('https://news.example/2026/story?id=1', 'abc', env);
    expect(a.path).toMatch(/^\/s\/marginalia\/news\.example-2026-story-[0-9a-f]{16}-abc\.marginalia\.json$/);
    expect(sidecarLocation('https://news.example/2026/story?id=2', 'abc', env).path).not.toBe(a.path);
    expect(stateDir({ HOME: '/h' })).toBe('/h/.local/state/marginalia');
    expect(sidecarLocation('story.txt', 'abc', env).path).toBe('story.txt.marginalia.json');
  });
  it('a reader on a URL is writable and says where its verdicts are kept', async () => {
    const env = { XDG_STATE_HOME: dir, HOME: dir };
    const opened = await openSidecar('http://127.0.0.1:9/a', article, { env });
    expect(opened.status).toBe('saved');
    expect(opened.message).toContain(join(dir, 'marginalia'));
  });
});
