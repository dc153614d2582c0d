import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInputError, loadArticle } from '@marginalia/ingest';
import { oneOf, parseCommandArgs, parseSize } from './args.js';
import { EXIT, UsageError, type Command } from './command.js';
import { renderTextReport } from '../render/text-report.js';
import { inert } from '../render/sanitize.js';

/**
 * The bundled sample, found relative to this file: the CLI is bundled into
 * apps/marginalia/dist/, and tests run it from apps/marginalia/src/cli/.
 */
export function samplePath(): string {
  const candidates = ['../samples/kremlin-signal.txt', '../../samples/kremlin-signal.txt'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

export const readCommand: Command = {
  name: 'read',
  summary: 'open an article in the terminal reader (no FILE: the bundled sample)',
  help: `usage: marginalia read [FILE|URL] [--readonly] [--out-dir DIR] [--no-color] [--theme dark|light] [--screen-reader] [--max-size SIZE]

Opens an article in a full-screen terminal reader: the paragraph with its
entities, attributions, claims, hedges and techniques marked, the annotations
beside it, and verdicts you record on claims. Without FILE, the bundled sample.
Verdicts, notes and the last position are saved at once to FILE.marginalia.json
(for a URL: in $XDG_STATE_HOME/marginalia/, default ~/.local/state/marginalia/,
keyed by the URL and the content; the reader says where).
When standard input or output is not a terminal, prints the analysis as text.

options:
  --readonly        do not write the sidecar (verdicts stay in memory)
  --out-dir DIR     where :export writes (default: the folder you started in)
  --no-color        no colours (NO_COLOR is honoured too); bold, underline and markers stay
  --theme THEME     dark (default) or light terminal background
  --screen-reader   linear output without box drawing or side-by-side panes
  --max-size SIZE   refuse inputs larger than SIZE (default 10mb)
  -h, --help        show this help

In the reader, ? shows every key.
exit codes: 0 done, 1 bad input (missing, empty, binary, not UTF-8, too large), 2 bad usage`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('read', argv, {
      readonly: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      theme: { type: 'string' },
      'screen-reader': { type: 'boolean' },
      'max-size': { type: 'string' },
      'out-dir': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return EXIT.ok;
    }
    if (positionals.length > 1) throw new UsageError(`marginalia read: expected at most one FILE, got ${positionals.length}: ${positionals.join(' ')}.`);
    const background = oneOf('read', 'theme', values.theme as string | undefined, ['dark', 'light'] as const, 'dark');
    const maxBytes = parseSize('read', values['max-size'] as string | undefined);
    const path = positionals[0] ?? samplePath();
    if (path === '-') throw new UsageError('marginalia read: reads a FILE, not standard input (the keyboard is read from there); use `marginalia analyze -` for piped text.');
    const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY);
    // On a terminal the reader says so at once and stays responsive (q or Ctrl-C quits) while the
    // article is read and analysed off the main thread.
    const loading = interactive ? loadingScreen(io.stdin as NodeJS.ReadStream, io.stdout as NodeJS.WriteStream, basename(path)) : null;
    // Ink and the reader load meanwhile (the colour level must be set before Ink is loaded).
    const readerModules = interactive ? loadReaderModules(io.env) : null;
    readerModules?.catch(() => undefined);
    // Core (the analysis) loads once the arguments are good: `--help` and usage errors do not need it.
    const analysis = import('../analysis/off-thread.js');
    analysis.catch(() => undefined);
    let loaded;
    try {
      loaded = await loadArticle(path, { maxBytes });
    } catch (error) {
      loading?.close();
      if (isInputError(error)) {
        io.stderr.write(`marginalia read: ${error.message}\n`);
        return EXIT.badInput;
      }
      throw error;
    }
    const { analyseOffThread, analyseWithProgress } = await analysis;
    let article;
    if (loading) {
      loading.analysing(loaded.text.length);
      const job = analyseOffThread(loaded.text, loaded.meta as Record<string, unknown>);
      const outcome = await Promise.race([job.result.then(async (a) => ({ article: a, modules: await readerModules! })), loading.quit]);
      if (outcome === 'quit') {
        loading.close();
        job.cancel();
        return EXIT.ok;
      }
      // The reader takes over the alternate screen: no blank moment between the two.
      loading.close({ keepScreen: true });
      article = outcome.article;
    } else {
      article = await analyseWithProgress(loaded.text, loaded.meta as Record<string, unknown>, io.stderr as never, 'marginalia read', path);
      io.stdout.write(renderTextReport(article, { width: io.stdout.columns ?? 100 }));
      return EXIT.ok;
    }
    const { colourWanted, createTheme, guessBackground, runReader } = await readerModules!;
    const theme = createTheme({
      background: values.theme ? background : guessBackground(io.env),
      color: colourWanted(io.env, Boolean(values['no-color'])),
    });
    return runReader({
      article,
      articlePath: path,
      label: basename(path),
      // Only --readonly makes the reader read-only; a URL's sidecar lives in the state folder.
      readonly: Boolean(values.readonly),
      outDir: values['out-dir'] as string | undefined,
      theme,
      screenReader: Boolean(values['screen-reader']),
      stdin: io.stdin as NodeJS.ReadStream,
      stdout: io.stdout as NodeJS.WriteStream,
      env: io.env,
    });
  },
};

/**
 * The screen shown while the article is read and analysed: the alternate screen with the
 * article's name and "analysing… N s"; q or Ctrl-C quits.
 */
function loadingScreen(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, label: string) {
  const started = Date.now();
  let what = 'reading';
  let chars = 0;
  const draw = () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const detail = what === 'analysing' ? `analysing ${chars.toLocaleString('en')} characters… ${seconds} s` : `reading… ${seconds} s`;
    stdout.write(`\u001b[H\u001b[2J Marginalia — ${inert(label)}\r\n\r\n  ${detail}\r\n\r\n  q quits`);
  };
  stdout.write('\u001b[?1049h\u001b[?25l');
  draw();
  const timer = setInterval(draw, 250);
  let resolveQuit: (value: 'quit') => void = () => undefined;
  const quit = new Promise<'quit'>((resolve) => (resolveQuit = resolve));
  const onData = (data: Buffer) => {
    const key = data.toString('utf8');
    if (key === 'q' || key === '\u0003') resolveQuit('quit');
  };
  if (stdin.isTTY) stdin.setRawMode(true);
  stdin.on('data', onData);
  let closed = false;
  return {
    quit,
    analysing(n: number) {
      what = 'analysing';
      chars = n;
      draw();
    },
    close(options: { keepScreen?: boolean } = {}) {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      stdin.off('data', onData);
      stdin.pause();
      if (stdin.isTTY) stdin.setRawMode(false);
      stdout.write(options.keepScreen ? '\u001b[H\u001b[2J\u001b[?25h' : '\u001b[?25h\u001b[?1049l');
    },
  };
}

async function loadReaderModules(env: NodeJS.ProcessEnv) {
  const theme = await import('../reader/theme.js');
  // Must be set before Ink (and its colour library) is loaded below.
  const level = theme.styleLevelFor(env);
  if (level) process.env.FORCE_COLOR = level;
  const { runReader } = await import('../reader/run.js');
  return { ...theme, runReader };
}
