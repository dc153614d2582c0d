/**
 * The sidecar file beside an article (`<article>.marginalia.json`): the article's
 * content hash, the verdicts with notes, and the last position. Written
 * atomically (temp file, then rename). A sidecar that is malformed or belongs to
 * another article is reported and left untouched; when the article has changed,
 * verdicts are matched to claims by text and offsets and the rest are kept
 * under `unmatched`, never dropped.
 */
import { access, constants, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { VERDICTS, contentHash, type Article, type ClaimVerdict, type Review } from '@marginalia/core';
import { createHistory, type ReviewHistory } from './review-history.js';
import { mergeVerdicts, removeStaleTemps, sidecarLocation, withLock, writeFileDurable, type VerdictChange } from './sidecar-store.js';
import type { Position, SidecarStatus } from './state.js';
import { VIEWS } from './state.js';

export const SIDECAR_SCHEMA = 'marginalia/sidecar@1';

export interface SidecarFile {
  schema: typeof SIDECAR_SCHEMA;
  /** The article's file name, for people reading the sidecar. */
  article: string;
  articleHash: string;
  verdicts: ClaimVerdict[];
  /** Verdicts recorded on an earlier version of the article that match no claim now. */
  unmatched?: ClaimVerdict[];
  position?: Position;
  updatedAt: string;
}

export function sidecarPath(articlePath: string): string {
  return `${articlePath}.marginalia.json`;
}

function isVerdict(v: unknown): v is ClaimVerdict {
  const r = v as Record<string, unknown>;
  return (
    typeof r === 'object' && r !== null && typeof r.claim === 'string' && typeof r.text === 'string' &&
    Number.isInteger(r.start) && Number.isInteger(r.end) && (VERDICTS as readonly unknown[]).includes(r.verdict) &&
    typeof r.updatedAt === 'string' && (r.note === undefined || typeof r.note === 'string') && (r.evidence === undefined || typeof r.evidence === 'string')
  );
}

/** Checks a parsed sidecar; returns it, or a sentence saying what is wrong. */
export function validateSidecar(data: unknown): SidecarFile | string {
  const r = data as Record<string, unknown>;
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return 'it is not a JSON object';
  if (r.schema !== SIDECAR_SCHEMA) return `its "schema" is ${JSON.stringify(r.schema)}, expected "${SIDECAR_SCHEMA}"`;
  if (typeof r.articleHash !== 'string') return 'it has no "articleHash"';
  if (!Array.isArray(r.verdicts)) return 'its "verdicts" is not a list';
  const bad = r.verdicts.findIndex((v) => !isVerdict(v));
  if (bad >= 0) return `verdict ${bad + 1} lacks claim, text, start, end, updatedAt or a verdict of ${VERDICTS.join('/')}`;
  if (r.unmatched !== undefined && (!Array.isArray(r.unmatched) || !r.unmatched.every(isVerdict))) return 'its "unmatched" list is malformed';
  const p = r.position as Record<string, unknown> | undefined;
  if (p !== undefined && (typeof p !== 'object' || p === null || !Number.isInteger(p.paragraph) || !(VIEWS as readonly unknown[]).includes(p.view))) {
    return 'its "position" is malformed';
  }
  return r as unknown as SidecarFile;
}

/** Reads and checks a sidecar: `{file: null, problem: null}` when there is none. */
export async function readSidecar(path: string): Promise<{ file: SidecarFile | null; problem: string | null }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file: null, problem: null };
    return { file: null, problem: `cannot read the sidecar ${path} (${code}); check its permissions` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { file: null, problem: `the sidecar ${path} is not valid JSON (${(error as Error).message}); fix or remove it` };
  }
  const checked = validateSidecar(data);
  if (typeof checked === 'string') return { file: null, problem: `the sidecar ${path} is malformed: ${checked}; fix or remove it` };
  return { file: checked, problem: null };
}

/**
 * For `marginalia export`: the verdicts recorded for an article (beside a file, or in
 * the state folder for a URL: pass the article's text to find it), or why there are none usable.
 * The review's hash is the one recorded; compare it with `contentHash()` of the article.
 */
export async function readReview(articlePath: string, text?: string): Promise<{ review: Review | null; problem: string | null }> {
  const path = text === undefined ? sidecarPath(articlePath) : sidecarLocation(articlePath, contentHash(text)).path;
  const { file, problem } = await readSidecar(path);
  if (!file) return { review: null, problem };
  return { review: { articleHash: file.articleHash, verdicts: file.verdicts }, problem: null };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Re-keys verdicts onto the article's claims: the same claim (id, text and
 * offsets), else the same text (nearest offset wins), else unmatched. Ids alone
 * are not trusted: a newer analysis of the same text may number claims differently.
 */
export function matchVerdicts(verdicts: readonly ClaimVerdict[], article: Article): { matched: ClaimVerdict[]; unmatched: ClaimVerdict[] } {
  const matched: ClaimVerdict[] = [];
  const unmatched: ClaimVerdict[] = [];
  const taken = new Set<string>();
  const rest: ClaimVerdict[] = [];
  for (const v of verdicts) {
    const same = article.claims.find((c) => c.id === v.claim && c.start === v.start && c.end === v.end && c.text === v.text);
    if (same && !taken.has(same.id)) {
      taken.add(same.id);
      matched.push(v);
    } else rest.push(v);
  }
  for (const v of rest) {
    const candidates = article.claims.filter((c) => !taken.has(c.id) && (c.text === v.text || norm(c.text) === norm(v.text)));
    const best = candidates.sort((a, b) => Math.abs(a.start - v.start) - Math.abs(b.start - v.start))[0];
    if (best) {
      taken.add(best.id);
      matched.push({ ...v, claim: best.id, text: best.text, start: best.start, end: best.end });
    } else unmatched.push(v);
  }
  return { matched, unmatched };
}

export interface OpenedSidecar {
  path: string;
  history: ReviewHistory;
  position: Position | null;
  status: SidecarStatus;
  /** What the reader should tell the user at start, if anything. */
  message: string | null;
}

async function writable(dir: string): Promise<boolean> {
  try {
    await access(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The newest sidecar in `dir` whose name starts with `prefix` (another version of a URL's content). */
async function newestWithPrefix(dir: string, prefix: string, except: string): Promise<string | null> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix) && n.endsWith('.marginalia.json') && join(dir, n) !== except);
  let best: { path: string; at: number } | null = null;
  for (const name of names) {
    const at = (await stat(join(dir, name)).catch(() => null))?.mtimeMs ?? 0;
    if (!best || at > best.at) best = { path: join(dir, name), at };
  }
  return best?.path ?? null;
}

export async function openSidecar(
  articlePath: string,
  article: Article,
  options: { readonly?: boolean; isWritable?: (dir: string) => Promise<boolean>; env?: NodeJS.ProcessEnv } = {},
): Promise<OpenedSidecar> {
  const hash = contentHash(article.text);
  const { path, urlPrefix } = sidecarLocation(articlePath, hash, options.env);
  if (urlPrefix && !options.readonly) await mkdir(dirname(path), { recursive: true }).catch(() => undefined);
  let from = path;
  if (urlPrefix) {
    // The page changed since it was read: start from the newest sidecar of the same URL.
    const exists = await stat(path).then(() => true, () => false);
    if (!exists) from = (await newestWithPrefix(dirname(path), urlPrefix, path)) ?? path;
  }
  if (!options.readonly) await removeStaleTemps(path);
  const { file, problem } = await readSidecar(from);
  const base = { path, history: createHistory(hash), position: null };
  if (problem) return { ...base, status: 'blocked', message: `${problem}. It is left untouched; verdicts stay in memory.` };
  const status: SidecarStatus = options.readonly ? 'readonly' : (await (options.isWritable ?? writable)(dirname(path))) ? 'saved' : 'memory';
  const where = urlPrefix && status === 'saved' ? `Verdicts on this URL are kept in ${path}.` : null;
  let message: string | null = status === 'memory' ? `${dirname(path)} is not writable: verdicts stay in memory (copy the article somewhere writable to keep them).` : where;
  if (!file) return { ...base, status, message };
  const { matched, unmatched } = matchVerdicts(file.verdicts, article);
  if (file.articleHash === hash) {
    const valid = file.position && file.position.paragraph < article.paragraphs.length ? file.position : null;
    if (unmatched.length) {
      const n = unmatched.length;
      message = `${n} ${n === 1 ? 'verdict no longer matches' : 'verdicts no longer match'} a claim (the analysis changed): kept in the sidecar under "unmatched".`;
    }
    // What is on disk is what this reader starts from: the base of later merges.
    const history = { ...createHistory(hash, matched, [...(file.unmatched ?? []), ...unmatched]), synced: file.verdicts };
    return { path, history, position: valid, status, message };
  }
  if (file.verdicts.length > 0 && matched.length === 0) {
    return { ...base, status: 'blocked', message: `The sidecar ${basename(path)} matches none of this article's claims (another article?): left untouched, verdicts stay in memory.` };
  }
  message = `The article changed since the sidecar was written: ${matched.length} verdict${matched.length === 1 ? '' : 's'} matched${unmatched.length ? `, ${unmatched.length} could not be matched (kept in the sidecar under "unmatched")` : ''}.`;
  return { path, history: createHistory(hash, matched, [...(file.unmatched ?? []), ...unmatched]), position: null, status, message };
}

export function sidecarContents(articlePath: string, history: ReviewHistory, position: Position, now: string): SidecarFile {
  const file: SidecarFile = {
    schema: SIDECAR_SCHEMA,
    article: /^https?:\/\//i.test(articlePath) ? articlePath : basename(articlePath),
    articleHash: history.articleHash,
    verdicts: [...history.verdicts],
    position,
    updatedAt: now,
  };
  if (history.unmatched.length) file.unmatched = [...history.unmatched];
  return file;
}

/** Writes atomically and durably: a temp file beside the target (fsynced), rename over it, fsync of the folder. */
export const writeFileAtomic = writeFileDurable;

export async function writeSidecar(path: string, file: SidecarFile): Promise<void> {
  await writeFileDurable(path, `${JSON.stringify(file, null, 2)}\n`);
}

export interface SaveOutcome {
  /** The verdicts now on disk. */
  written: ClaimVerdict[];
  /** Changes another reader made since this one last saw the sidecar, to apply. */
  fromOthers: VerdictChange[];
}

/**
 * Saves under the sidecar's lock: reads what is on disk, merges this reader's changes
 * (since `history.synced`) with any another reader made, writes durably, and returns
 * the merged verdicts and the other reader's changes. A sidecar that became malformed
 * meanwhile is not overwritten (the error says so).
 */
export async function saveSidecar(path: string, articleName: string, history: ReviewHistory, position: Position, now: string): Promise<SaveOutcome> {
  return withLock(path, async () => {
    const { file, problem } = await readSidecar(path);
    if (problem) throw new Error(`${problem}; it was not overwritten`);
    const theirs = file && file.articleHash === history.articleHash ? file.verdicts : [];
    const { merged, fromTheirs } = mergeVerdicts(history.synced, history.verdicts, theirs, now);
    const unmatched = [...history.unmatched];
    for (const v of file?.unmatched ?? []) if (!unmatched.some((u) => u.claim === v.claim && u.text === v.text)) unmatched.push(v);
    const contents = sidecarContents(articleName, { ...history, verdicts: merged, unmatched }, position, now);
    await writeSidecar(path, contents);
    return { written: merged, fromOthers: fromTheirs };
  });
}
