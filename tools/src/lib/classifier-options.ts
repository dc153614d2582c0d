/** Reads numeric and boolean training options (`--epochs 8`, `--trigrams false`) over defaults. */
import { fail, type ToolArgs } from './cli.js';

export function numberOption(args: ToolArgs, name: string, fallback: number): number {
  const given = args.options.get(name);
  if (given === undefined) return fallback;
  const value = Number(given);
  if (typeof given !== 'string' || !Number.isFinite(value)) fail(`--${name}: expected a number, got ${JSON.stringify(given)}.`);
  return value;
}

export function booleanOption(args: ToolArgs, name: string, fallback: boolean): boolean {
  const given = args.options.get(name);
  if (given === undefined) return fallback;
  if (given === true || given === 'true') return true;
  if (given === 'false') return false;
  fail(`--${name}: expected true or false, got ${JSON.stringify(given)}.`);
}
