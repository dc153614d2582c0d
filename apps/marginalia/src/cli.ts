import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXIT, isUsageError, type CliIO, type Command } from './cli/command.js';
import { loadCachedBundle } from './code-cache.js';

/** Subcommands load on demand, so `marginalia analyze` does not pay for Ink. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  read: { summary: 'open an article in the terminal reader (no FILE: the bundled sample)', load: async () => (await import('./cli/read.js')).readCommand },
  analyze: { summary: 'analyse one article and print json, text or markdown', load: loadAnalyzeCommand },
  batch: { summary: 'analyse many articles on all cores into JSONL, DuckDB or CSV', load: async () => (await import('./cli/batch.js')).batchCommand },
  enqueue: { summary: 'put articles on a Redis queue for a fleet of workers (docs/fleet.md)', load: async () => (await import('./cli/enqueue.js')).enqueueCommand },
  worker: { summary: 'analyse a Redis queue\'s articles into PostgreSQL or DuckDB, on any machine', load: async () => (await import('./cli/worker.js')).workerCommand },
  fleet: { summary: 'a worker fleet\'s state: waiting, active, done, failed, rate, time to go', load: async () => (await import('./cli/fleet.js')).fleetCommand },
  export: { summary: 'export analyses (with verdicts) to ClaimReview, Web Annotation, brat, CoNLL, doccano, Label Studio, Markdown or HTML', load: async () => (await import('./cli/export.js')).exportCommand },
  'eval-import': { summary: 'read a corrected Label Studio or doccano export back as a gold file', load: async () => (await import('./cli/eval-import.js')).evalImportCommand },
};

/** The built `analyze` as one script (tsup.engine.config.ts); absent when the sources run (tests). */
const ANALYZE_BUNDLE = new URL('./analyze-command.cjs', import.meta.url);

/**
 * `analyze` from its bundle with V8's code cache (code-cache.ts), else from its module. After a run
 * that had no usable cache and analysed an article, a plain `node` writes one.
 * MARGINALIA_CODE_CACHE=0 neither reads nor writes it.
 */
async function loadAnalyzeCommand(): Promise<Command> {
  const bundlePath = ANALYZE_BUNDLE.protocol === 'file:' ? fileURLToPath(ANALYZE_BUNDLE) : '';
  if (!bundlePath || process.env.MARGINALIA_CODE_CACHE === '0' || !existsSync(bundlePath)) {
    return (await import('./cli/analyze.js')).analyzeCommand;
  }
  const bundle = loadCachedBundle<{ analyzeCommand: Command }>(bundlePath);
  const command = bundle.exports.analyzeCommand;
  // V8 refuses a cache made under other flags: only a plain run (no flags, no NODE_OPTIONS) writes one.
  if (bundle.cache === 'used' || process.execArgv.length > 0 || process.env.NODE_OPTIONS) return command;
  return {
    ...command,
    async run(argv, io) {
      const code = await command.run(argv, io);
      // Only after an analysis: the cache holds what has run, and --help runs almost nothing.
      if (code === EXIT.ok && !argv.includes('--help') && !argv.includes('-h')) bundle.writeCache();
      return code;
    },
  };
}

const HELP = `usage: marginalia <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(11)} ${c.summary}`)
  .join('\n')}

Run \`marginalia <command> --help\` for a command's options.
exit codes: 0 success, 1 bad input, 2 bad usage`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${HELP}\n`);
    return name === undefined ? EXIT.badUsage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('marginalia 0.1.0\n');
    return EXIT.ok;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr.write(`marginalia: unknown command "${name}"; the commands are ${Object.keys(COMMANDS).join(', ')}. Run \`marginalia --help\`.\n`);
    return EXIT.badUsage;
  }
  const command = await entry.load();
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr.write(`${error.message} Run \`marginalia ${name} --help\`.\n`);
      return EXIT.badUsage;
    }
    throw error;
  }
}

// Standard input on first use: opening it (a socket for a pipe, a tty) costs a few milliseconds that
// `marginalia analyze FILE` need not pay.
const io: CliIO = {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
};

// Output to a closed pipe (`marginalia analyze x | head`) is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
});

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`marginalia: internal error: ${message}\nThis is a bug; please report it with the input that caused it.\n`);
    if (process.env.MARGINALIA_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 70;
  },
);
