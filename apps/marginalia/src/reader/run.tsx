/**
 * Starts the full-screen reader on a terminal: alternate screen, Ink without
 * its own Ctrl-C exit (the app saves first), and a host that writes the
 * sidecar, exports and runs $EDITOR.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unwatchFile, watchFile, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { contentHash, type Article } from '@marginalia/core';
import { render } from 'ink';
import { ReaderApp, type ReaderHost } from './App.js';
import { notWrittenReason } from './commands.js';
import { reviewedArticle } from './export.js';
import { toReview } from './review-history.js';
import { openSidecar, readSidecar, saveSidecar, writeFileAtomic } from './sidecar.js';
import { initialState } from './state.js';
import type { Theme } from './theme.js';

export interface RunReaderOptions {
  article: Article;
  articlePath: string;
  label: string;
  readonly: boolean;
  theme: Theme;
  screenReader: boolean;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  /** Where `:export` writes; default the folder the user started marginalia in. */
  outDir?: string;
}

/** The file name an export of `input` gets: the file's name, or a slug of a URL's host and path. */
export function exportName(input: string): string {
  if (!/^https?:\/\//i.test(input)) return basename(input);
  let readable = input;
  try {
    const u = new URL(input);
    readable = `${u.host}${u.pathname}`;
  } catch {
    // keep the raw text
  }
  return readable.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'article';
}

export async function runReader(options: RunReaderOptions): Promise<number> {
  const { article, articlePath } = options;
  const opened = await openSidecar(articlePath, article, { readonly: options.readonly, env: options.env });
  const initial = initialState(article, { review: opened.history, position: opened.position, sidecar: opened.status, message: opened.message });
  const hash = contentHash(article.text);
  // Under an npm script (`npm start`), INIT_CWD is the folder the user typed the command in.
  const startedIn = options.env.npm_lifecycle_event && options.env.INIT_CWD ? options.env.INIT_CWD : process.cwd();
  const outDir = resolve(options.outDir ?? startedIn);
  const host: ReaderHost = {
    now: () => new Date().toISOString(),
    async save(history, position) {
      if (opened.status !== 'saved') return { ok: false, message: notWrittenReason(initial) || undefined };
      try {
        const outcome = await saveSidecar(opened.path, articlePath, history, position, new Date().toISOString());
        return { ok: true, written: outcome.written, fromOthers: outcome.fromOthers };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        return { ok: false, message: `Could not write ${opened.path} (${code}): verdicts are in memory only; :w retries.` };
      }
    },
    watch(onChange) {
      if (opened.status === 'blocked') return () => undefined;
      const listener = (now: { mtimeMs: number }, before: { mtimeMs: number }) => {
        if (now.mtimeMs === before.mtimeMs || now.mtimeMs === 0) return;
        void readSidecar(opened.path).then(({ file }) => {
          if (file && file.articleHash === hash) onChange(file.verdicts);
        });
      };
      watchFile(opened.path, { interval: 300 }, listener);
      return () => unwatchFile(opened.path, listener);
    },
    async exportReview(format, history) {
      const file = await reviewedArticle(format, article, toReview(history));
      const target = join(outDir, `${exportName(articlePath)}${file.suffix}`);
      try {
        await writeFileAtomic(target, file.content);
        return `Exported to ${target}`;
      } catch (error) {
        return `Could not export to ${target} (${(error as NodeJS.ErrnoException).code ?? error}); make the folder writable or start marginalia read with --out-dir DIR.`;
      }
    },
    async editNote(note) {
      const editor = options.env.VISUAL || options.env.EDITOR;
      if (!editor) return { note: null, message: 'Set $EDITOR (or $VISUAL) to edit notes in an editor; v then a verdict key lets you type one here.' };
      const dir = mkdtempSync(join(tmpdir(), 'marginalia-note-'));
      const file = join(dir, 'note.txt');
      try {
        writeFileSync(file, note);
        options.stdout.write('\u001b[?1049l');
        const result = spawnSync(editor, [file], { stdio: 'inherit', shell: true });
        options.stdout.write('\u001b[?1049h\u001b[2J');
        if (result.status !== 0) return { note: null, message: `${editor} exited with ${result.status ?? result.signal}: note unchanged.` };
        const edited = readFileSync(file, 'utf8').trim();
        return edited === note.trim() ? { note: null, message: 'Note unchanged.' } : { note: edited };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  options.stdout.write('\u001b[?1049h');
  const instance = render(
    <ReaderApp article={article} initial={initial} theme={options.theme} host={host} screenReader={options.screenReader} label={options.label} />,
    { stdin: options.stdin, stdout: options.stdout, exitOnCtrlC: false, patchConsole: false },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    instance.unmount();
    options.stdout.write('\u001b[?1049l');
  }
  return 0;
}
