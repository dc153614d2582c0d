/**
 * Keeping the sidecar safe when several readers (or a crash) meet it:
 *
 * - an advisory lock, `<sidecar>.lock`, created with O_EXCL (`wx`) and holding the
 *   writer's pid; a lock whose pid is no longer alive is stale and taken over;
 * - read-merge-write under that lock: the verdicts on disk are merged with this
 *   reader's changes (a three-way merge against what this reader last saw), so two
 *   readers on one article keep both their verdicts and the later change of the
 *   same claim wins;
 * - durable writes: the temp file is fsynced, renamed over the sidecar, and the
 *   folder is fsynced, before the caller may say "saved";
 * - temp files left by writers that were killed (`<sidecar>.<pid>.<ts>.tmp` whose
 *   pid is dead) are removed.
 */
import { createHash } from 'node:crypto';
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { ClaimVerdict } from '@marginalia/core';

/** True when a process with this pid exists (EPERM: it exists, owned by someone else). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class LockTimeoutError extends Error {}

/**
 * Runs `work` holding `<path>.lock`. Waits (up to `timeoutMs`) while a live process
 * holds it; takes over a lock whose holder is dead or whose file is unreadable and old.
 */
export async function withLock<T>(path: string, work: () => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let handle;
    try {
      handle = await open(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readFile(lock, 'utf8').catch(() => '');
      const pid = Number.parseInt(holder, 10);
      if (holder && !pidAlive(pid)) {
        // Stale: its writer died. Remove it (another waiter may have done so first).
        await unlink(lock).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) {
        throw new LockTimeoutError(`${basename(lock)} is held by process ${holder ? pid : '(unknown)'} for over ${timeoutMs / 1000} s; if no marginalia is running, remove ${lock}`);
      }
      await sleep(15 + Math.random() * 20);
      continue;
    }
    try {
      await handle.writeFile(`${process.pid}\n`);
    } finally {
      await handle.close();
    }
    try {
      return await work();
    } finally {
      await unlink(lock).catch(() => undefined);
    }
  }
}

/** Writes durably: temp file (fsynced), rename over `path`, then fsync of the folder. */
export async function writeFileDurable(path: string, content: string): Promise<void> {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse to fsync a directory (EINVAL, EISDIR on Windows); the rename stands.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Removes `<name>.<pid>.<ts>.tmp` files beside `path` whose writer is no longer alive; returns how many. */
export async function removeStaleTemps(path: string): Promise<number> {
  const name = basename(path);
  let entries: string[];
  try {
    entries = await readdir(dirname(path));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`) || !entry.endsWith('.tmp')) continue;
    const match = /^\.(\d+)\.\d+\.tmp$/.exec(entry.slice(name.length));
    if (!match) continue;
    const pid = Number(match[1]);
    // Our own write in flight, or a live writer's: leave it.
    if (pid === process.pid || pidAlive(pid)) continue;
    await unlink(join(dirname(path), entry)).then(() => removed++, () => undefined);
  }
  return removed;
}

/** A verdict change: the record now, or null when the verdict was cleared. */
export type VerdictChange = { claim: string; record: ClaimVerdict | null };

const same = (a: ClaimVerdict | undefined, b: ClaimVerdict | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const byClaim = (list: readonly ClaimVerdict[]) => new Map(list.map((v) => [v.claim, v]));

/**
 * Three-way merge of verdict lists. `base` is what this reader last saw on disk,
 * `mine` its verdicts now, `theirs` what is on disk now. A claim changed on one side
 * only takes that side; changed on both, the later `updatedAt` wins (a cleared
 * verdict counts as changed now, `now`). Returns the merged list (in `theirs`' order,
 * new claims after) and the changes that came from `theirs`, for the reader to apply.
 */
export function mergeVerdicts(
  base: readonly ClaimVerdict[],
  mine: readonly ClaimVerdict[],
  theirs: readonly ClaimVerdict[],
  now: string,
): { merged: ClaimVerdict[]; fromTheirs: VerdictChange[] } {
  const b = byClaim(base);
  const m = byClaim(mine);
  const t = byClaim(theirs);
  const claims = [...new Set([...theirs.map((v) => v.claim), ...mine.map((v) => v.claim), ...base.map((v) => v.claim)])];
  const merged: ClaimVerdict[] = [];
  const fromTheirs: VerdictChange[] = [];
  for (const claim of claims) {
    const [bv, mv, tv] = [b.get(claim), m.get(claim), t.get(claim)];
    const mineChanged = !same(bv, mv);
    const theirsChanged = !same(bv, tv);
    let pick: ClaimVerdict | undefined;
    if (mineChanged && theirsChanged) {
      const mineAt = mv?.updatedAt ?? now;
      const theirsAt = tv?.updatedAt ?? now;
      pick = mineAt >= theirsAt ? mv : tv;
    } else pick = mineChanged ? mv : tv;
    if (pick) merged.push(pick);
    if (!same(pick, mv)) fromTheirs.push({ claim, record: pick ?? null });
  }
  return { merged, fromTheirs };
}

/** Applies changes from another reader to a verdict list, keeping its order. */
export function applyChanges(verdicts: readonly ClaimVerdict[], changes: readonly VerdictChange[]): ClaimVerdict[] {
  const out = new Map(verdicts.map((v) => [v.claim, v] as const));
  for (const change of changes) {
    if (change.record) out.set(change.claim, change.record);
    else out.delete(change.claim);
  }
  return [...out.values()];
}

/** `$XDG_STATE_HOME/marginalia` (default `~/.local/state/marginalia`): where the sidecars of URLs live. */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/') ? env.XDG_STATE_HOME : join(env.HOME || homedir(), '.local', 'state');
  return join(base, 'marginalia');
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** A file-name-safe slug of a URL's host and path, for people listing the folder. */
function urlSlug(url: string): string {
  let readable = url;
  try {
    const u = new URL(url);
    readable = `${u.host}${u.pathname}`;
  } catch {
    // keep the raw text
  }
  return readable.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'article';
}

/**
 * Where the sidecar of an input lives: beside a file (`FILE.marginalia.json`); for a
 * URL, in the state folder, keyed by the URL and the article's content hash
 * (`<host-path>-<url hash>-<content hash>.marginalia.json`). `urlPrefix` finds the
 * sidecars of the same URL for other versions of its content.
 */
export function sidecarLocation(input: string, articleHash: string, env: NodeJS.ProcessEnv = process.env): { path: string; urlPrefix: string | null } {
  if (!isUrl(input)) return { path: `${input}.marginalia.json`, urlPrefix: null };
  const urlKey = createHash('sha256').update(input).digest('hex').slice(0, 16);
  const prefix = `${urlSlug(input)}-${urlKey}-`;
  return { path: join(stateDir(env), `${prefix}${articleHash}.marginalia.json`), urlPrefix: prefix };
}
