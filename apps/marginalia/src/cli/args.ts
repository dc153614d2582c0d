import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Option values by name (strings, booleans, or arrays of them for `multiple`), and the positionals. */
export interface ParsedCommandArgs {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
}

/**
 * Parses a subcommand's arguments strictly: unknown options and missing values
 * become a UsageError with a one-line message (exit 2), never a stack trace.
 */
export function parseCommandArgs(command: string, argv: string[], options: Options): ParsedCommandArgs {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
    throw new UsageError(`marginalia ${command}: ${message}`);
  }
}

/** Reads `--name value` as one of `allowed`, or fails with the list of allowed values. */
export function oneOf<T extends string>(command: string, name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`marginalia ${command}: --${name} must be one of ${allowed.join(', ')}; got "${value}".`);
}

/** Reads `--min-confidence X`: a number from 0 to 1, or a UsageError (exit 2). */
export function parseMinConfidence(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 0 && n <= 1)) throw new UsageError(`marginalia ${command}: --min-confidence takes a number from 0 to 1, such as 0.5; got "${value}".`);
  return n;
}

/** Parses a size such as `10mb`, `512k` or `1048576` (bytes). */
export function parseSize(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`marginalia ${command}: --max-size takes a size such as 20mb or 500kb; got "${value}".`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  return Math.floor(Number(m[1]) * factor);
}
