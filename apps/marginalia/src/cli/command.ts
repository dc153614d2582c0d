import type { Readable, Writable } from 'node:stream';
import { BatchError } from '../batch/batch-error.js';

/** Exit codes every subcommand keeps to. */
export const EXIT = { ok: 0, badInput: 1, badUsage: 2 } as const;

/** What a subcommand may touch: its streams and environment (injectable for tests). */
export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
}

export interface Command {
  name: string;
  /** One line for `marginalia --help`. */
  summary: string;
  /** The whole `--help` text of the subcommand. */
  help: string;
  /** Runs the subcommand and resolves to its exit code. */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** A usage mistake: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Whether `error` is a UsageError, by name: `marginalia analyze` runs from its own bundle
 * (code-cache.ts), whose copy of the class is not this one.
 */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError';
}

/** A run that cannot go on (`BatchError`) ends with its one line and exit 1; anything else is a bug and is rethrown. */
export function exitOnBatchError(error: unknown, report: (message: string) => void): number {
  if (!(error instanceof BatchError)) throw error;
  report(error.message);
  return EXIT.badInput;
}
