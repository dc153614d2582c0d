import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ToolArgs {
  /** The first word: which model, evaluation or benchmark. */
  task: string | undefined;
  /** `--name value` and `--flag` options. */
  options: Map<string, string | true>;
  /** Words after the task that are not options. */
  rest: string[];
}

export function parseToolArgs(argv: string[]): ToolArgs {
  const options = new Map<string, string | true>();
  const rest: string[] = [];
  let task: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) options.set(a.slice(2, eq), a.slice(eq + 1));
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) options.set(a.slice(2), argv[++i]);
      else options.set(a.slice(2), true);
    } else if (task === undefined) task = a;
    else rest.push(a);
  }
  return { task, options, rest };
}

/** Stops the tool with a one-line message and exit code 2 (bad usage) or 1 (missing data). */
export function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/**
 * The development data folder: `--data PATH`, else `$MARGINALIA_DATA`, else `../shared/data`
 * beside the repository. Exits with a clear message when it is not there.
 */
export function dataDir(args: ToolArgs, needs: string): string {
  const given = args.options.get('data');
  const candidate =
    typeof given === 'string' ? given : process.env.MARGINALIA_DATA ?? resolve(import.meta.dirname, '../../../../shared/data');
  const path = resolve(candidate);
  if (!existsSync(resolve(path, needs))) {
    fail(
      `The development data is missing: expected ${resolve(path, needs)}. Pass --data <path to shared/data> (or set MARGINALIA_DATA).`,
      1,
    );
  }
  return path;
}
