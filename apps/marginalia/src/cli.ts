import { EXIT, UsageError, type CliIO, type Command } from './cli/command.js';

/** Subcommands load on demand, so `marginalia analyze` does not pay for Ink. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  read: { summary: 'open an article in the terminal reader (no FILE: the bundled sample)', load: async () => (await import('./cli/read.js')).readCommand },
  analyze: { summary: 'analyse one article and print json, text or markdown', load: async () => (await import('./cli/analyze.js')).analyzeCommand },
  batch: { summary: 'analyse many articles on all cores into JSONL, DuckDB or CSV', load: async () => (await import('./cli/batch.js')).batchCommand },
  enqueue: { summary: 'put articles on a Redis queue for a fleet of workers (docs/fleet.md)', load: async () => (await import('./cli/enqueue.js')).enqueueCommand },
  worker: { summary: 'analyse a Redis queue\'s articles into PostgreSQL or DuckDB, on any machine', load: async () => (await import('./cli/worker.js')).workerCommand },
  fleet: { summary: 'a worker fleet\'s state: waiting, active, done, failed, rate, time to go', load: async () => (await import('./cli/fleet.js')).fleetCommand },
  export: { summary: 'export analyses (with verdicts) to ClaimReview, Web Annotation, brat, CoNLL, doccano, Label Studio, Markdown or HTML', load: async () => (await import('./cli/export.js')).exportCommand },
  'eval-import': { summary: 'read a corrected Label Studio or doccano export back as a gold file', load: async () => (await import('./cli/eval-import.js')).evalImportCommand },
};

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
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message} Run \`marginalia ${name} --help\`.\n`);
      return EXIT.badUsage;
    }
    throw error;
  }
}

const io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };

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
