import { PassThrough } from 'node:stream';
import type { CliIO } from './command.js';

/** Standard streams for a command run in a test, with what it wrote to stdout and stderr so far. */
export function captureIO(): CliIO & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { stdin: new PassThrough(), stdout, stderr, env: {}, out: () => out, err: () => err };
}
