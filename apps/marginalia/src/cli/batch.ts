import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_BYTES } from '@marginalia/ingest';
import type { BatchOptions } from '../batch/run-batch.js';
import { databasePathFor, wantsStdout } from '../batch/outputs.js';
import { oneOf, parseCommandArgs, parseMinConfidence, parseSize } from './args.js';
import { EXIT, exitOnBatchError, UsageError, type Command } from './command.js';

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
const EXIT_INTERRUPTED = 130;
/** Signals closer together than this are one (see runFromCli). */
const SAME_SIGNAL_MS = 300;

export const batchCommand: Command = {
  name: 'batch',
  summary: 'analyse many articles on all cores into JSONL, DuckDB or CSV',
  help: `usage: marginalia batch INPUT... [--out FILE] [--db FILE] [--csv DIR] [options]

Analyses many articles on a pool of worker threads and writes one result per article,
in input order.

INPUT is a directory (read recursively: .txt, .md, .html and .jsonl files), a glob
pattern (quote it), a file, a JSONL file (.jsonl: one {"id", "text", "title"?, "url"?,
"date"?, "source"?} a line), or - for JSONL on standard input.

outputs:
  --out FILE       JSONL: the marginalia/analysis@2 object of each article plus "id",
                   "path" and "hash". Without --out, --db or --csv: standard output.
  --db FILE        a DuckDB database with tables articles, paragraphs, sentences, entities,
                   mentions, attributions, claims, techniques (see docs/batch.md); needs
                   DuckDB, which npm install leaves out: \`npm run setup -- duckdb\` installs it
  --csv DIR        the same tables as DIR/<table>.csv (and DIR/marginalia.duckdb; needs DuckDB too)
  --errors FILE    where failed articles are recorded, one JSON line each
                   (default: beside --out or --db as NAME.errors.jsonl)

options:
  --jobs N         worker threads (default: the number of cores, here ${availableParallelism()});
                   0 analyses on the main thread (for debugging)
  --resume         keep what an earlier (killed) run wrote and analyse only the rest
  --summary        print a corpus summary on standard error at the end
  --min-confidence X  leave out findings (mentions, attributions, claims, hedges, techniques)
                   whose confidence is below X, a number from 0 to 1 (default: keep all)
  --offsets UNIT   span offsets in JSONL, DuckDB and CSV: utf16 code units (default; JavaScript
                   string indices) or codepoint (Unicode code points: Python str indices)
  --max-size SIZE  refuse articles larger than SIZE (default 10mb)
  --timeout SECONDS  stop an article whose analysis takes longer (default 60; 0: no limit;
                   worker threads only): it is recorded as failed (problem "timeout"), its
                   worker is replaced and the run goes on
  --quiet          no progress on standard error
  --progress-every SECONDS  how often a progress line is printed when standard error
                   is not a terminal (default 10)
  -h, --help       show this help

Ctrl-C finishes the articles in flight, writes them and stops; --resume goes on later.
exit codes: 0 all analysed, 1 some articles failed (see the errors file) or an output
cannot be written, 2 bad usage, 130 interrupted`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('batch', argv, {
      out: { type: 'string', short: 'o' },
      db: { type: 'string' },
      csv: { type: 'string' },
      errors: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      resume: { type: 'boolean' },
      summary: { type: 'boolean' },
      'max-size': { type: 'string' },
      timeout: { type: 'string' },
      'min-confidence': { type: 'string' },
      offsets: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      'progress-every': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return EXIT.ok;
    }
    if (positionals.length === 0) {
      throw new UsageError('marginalia batch: expected at least one INPUT (a directory, a glob pattern, a .jsonl file or - for JSONL on standard input), got none.');
    }
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('marginalia batch: standard input (-) can be read only once; got - more than once.');
    const options: BatchOptions = {
      inputs: positionals,
      jobs: parseCount('jobs', values.jobs as string | undefined, availableParallelism(), 0),
      out: values.out as string | undefined,
      db: values.db as string | undefined,
      csv: values.csv as string | undefined,
      errors: values.errors as string | undefined,
      resume: Boolean(values.resume),
      summary: Boolean(values.summary),
      maxBytes: parseSize('batch', values['max-size'] as string | undefined) ?? DEFAULT_MAX_BYTES,
      minConfidence: parseMinConfidence('batch', values['min-confidence'] as string | undefined),
      timeoutMs: parseTimeout(values.timeout as string | undefined),
      offsets: oneOf('batch', 'offsets', values.offsets as string | undefined, ['utf16', 'codepoint'] as const, 'utf16'),
      quiet: Boolean(values.quiet),
      progressIntervalMs: 1000 * parseCount('progress-every', values['progress-every'] as string | undefined, 10, 1),
    };
    if (options.resume && wantsStdout(options)) {
      throw new UsageError('marginalia batch: --resume needs an output it can read back (--out FILE, --db FILE or --csv DIR), got standard output.');
    }
    return runFromCli(options, io);
  },
};

/** Default per-article budget: hostile pages are analysed in linear time, so a minute is far beyond any real article. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new UsageError(`marginalia batch: --timeout takes a number of seconds (0 for no limit); got "${value}".`);
  }
  return seconds === 0 ? 0 : Math.max(1, Math.round(seconds * 1000));
}

function parseCount(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`marginalia batch: --${name} takes a whole number of at least ${min}; got "${value}".`);
  return n;
}

async function runFromCli(options: BatchOptions, io: Parameters<Command['run']>[1]): Promise<number> {
  // The pool, the corpus reader and the sinks load only for a run (not for --help or a usage error).
  const { runBatch } = await import('../batch/run-batch.js');
  const controller = new AbortController();
  // Under bin/marginalia.js's launcher a terminal's Ctrl-C arrives twice, straight from the
  // terminal and forwarded by the launcher, a moment apart: that is one Ctrl-C, not two.
  const sameSignalMs = io.env.MARGINALIA_BATCH_WRAPPED === '1' ? SAME_SIGNAL_MS : 0;
  let firstSignalAt = 0;
  const onSignal = () => {
    if (controller.signal.aborted && performance.now() - firstSignalAt < sameSignalMs) return;
    if (controller.signal.aborted) {
      // A second Ctrl-C: stop now. Lines already written are whole; --resume cuts a torn one.
      io.stderr.write('\nmarginalia batch: stopped at once.\n');
      process.exit(EXIT_INTERRUPTED);
    }
    io.stderr.write('\nmarginalia batch: stopping: finishing the articles in flight (Ctrl-C again to stop at once)...\n');
    firstSignalAt = performance.now();
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    // The whole run needs the database: without DuckDB (an optional peer), stop before reading or writing anything.
    if (databasePathFor(options)) await (await import('../batch/duckdb.js')).loadDuckDb(options.db ? `--db ${options.db}` : `--csv ${options.csv}`);
    const outcome = await runBatch(options, { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr as never }, controller.signal);
    if (!options.quiet || outcome.failed > 0 || outcome.interrupted) {
      const rate = outcome.analysed / Math.max(0.001, outcome.seconds);
      const parts = [`${outcome.analysed} analysed in ${outcome.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)`];
      if (outcome.skipped) parts.push(`${outcome.skipped} already done`);
      const where = options.out === '-' && !options.errors ? 'the lines with an "error" field' : outcome.errorsPath;
      parts.push(outcome.failed ? `${outcome.failed} failed: see ${where}` : 'none failed');
      io.stderr.write(`marginalia batch: ${parts.join('; ')}.\n`);
    }
    if (outcome.interrupted) {
      io.stderr.write('marginalia batch: interrupted; run the same command with --resume to analyse the rest.\n');
      return EXIT_INTERRUPTED;
    }
    return outcome.failed > 0 ? EXIT.badInput : EXIT.ok;
  } catch (error) {
    return exitOnBatchError(error, (message) => io.stderr.write(`marginalia batch: ${message}\n`));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
