import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import optionalPackages from '../../../scripts/optional-packages.json' with { type: 'json' };

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

/** A task of `npm run train|eval|bench`: a module in tools/src/<kind>/. */
export interface ToolModule {
  run(args: ToolArgs): Promise<void>;
  /** One line for --help. */
  summary: string;
}

/**
 * A package that `npm install` leaves out (an optional peer of the tools) is missing: its message
 * names the group of `npm run setup` that installs it (scripts/optional-packages.json).
 */
export class MissingPackageError extends Error {
  constructor(readonly packageName: string) {
    const found = Object.entries(optionalPackages).find(([, group]) => packageName in group.packages);
    const ask = found
      ? `run \`npm run setup -- ${found[0]}\` (installs ${Object.keys(found[1].packages).join(', ')}, ${found[1].size}, for ${found[1].for})`
      : `install it with \`npm install --no-save ${packageName}\``;
    super(`${packageName} is not installed; ${ask}.`);
    this.name = 'MissingPackageError';
  }
}

/** Resolves `name/path` (or `name` alone) from the tools, or throws a MissingPackageError when the package is not installed. */
export function resolveOptionalPackage(name: string, path?: string): string {
  try {
    return createRequire(import.meta.url).resolve(path ? `${name}/${path}` : name);
  } catch {
    throw new MissingPackageError(name);
  }
}

/** `require(name)` of an optional peer of the tools, or a MissingPackageError when it is not installed. */
export function requireOptionalPackage<T>(name: string): T {
  return createRequire(import.meta.url)(resolveOptionalPackage(name)) as T;
}

/**
 * `npm run <kind> -- <task> [options]`: runs tools/src/<kind>/<task>.ts. No task: the usage
 * with each task's summary (exit 2), or `defaultTask` when there is one; `--help`: the usage.
 */
export async function runToolCommand(kind: 'train' | 'eval' | 'bench', argv: string[], defaultTask?: string): Promise<void> {
  const folder = new URL(`../${kind}/`, import.meta.url);
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
  const load = async (name: string) => (await import(new URL(`${name}.ts`, folder).href)) as ToolModule;
  const args = parseToolArgs(argv);
  const task = args.task ?? defaultTask;
  if (!task || args.options.has('help')) {
    const lines = await Promise.all(names.map(async (n) => `  ${n.padEnd(18)} ${(await load(n)).summary}`));
    process.stdout.write(`usage: npm run ${kind} -- <name> [--data <path to shared/data>] [options]\n\n${lines.join('\n')}\n`);
    process.exit(task ? 0 : 2);
  }
  if (!names.includes(task)) fail(`npm run ${kind}: no task "${task}"; the tasks are: ${names.join(', ')}.`);
  try {
    await (await load(task)).run(args);
  } catch (error) {
    if (error instanceof MissingPackageError) fail(`npm run ${kind} -- ${task}: ${error.message}`, 1);
    throw error;
  }
}
