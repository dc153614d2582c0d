import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@marginalia/core';
import { isInputError, loadArticle } from '@marginalia/ingest';
import { oneOf, parseCommandArgs, parseSize } from './args.js';
import { EXIT, UsageError, type Command } from './command.js';
import { renderTextReport } from '../render/text-report.js';

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
    let loaded;
    try {
      loaded = await loadArticle(path, { maxBytes });
    } catch (error) {
      if (isInputError(error)) {
        io.stderr.write(`marginalia read: ${error.message}\n`);
        return EXIT.badInput;
      }
      throw error;
    }
    const article = await analyze(loaded.text, { meta: loaded.meta });
    const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY);
    if (!interactive) {
      io.stdout.write(renderTextReport(article, { width: io.stdout.columns ?? 100 }));
      return EXIT.ok;
    }
    const { colourWanted, createTheme, guessBackground, styleLevelFor } = await import('../reader/theme.js');
    // Must be set before Ink (and its colour library) is loaded below.
    const level = styleLevelFor(io.env);
    if (level) process.env.FORCE_COLOR = level;
    const { runReader } = await import('../reader/run.js');
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
