/**
 * `npm run bench -- startup [--runs N]`: how long `marginalia analyze` takes on the bundled sample,
 * against `node -e 0` on the same machine (#14: within 4x). The two run in turn, N times each
 * (default 30) after 3 warm-up runs, so a busy moment on a shared machine slows both; it prints
 * the median, fastest and slowest wall time of each, the ratio of the medians and of the fastest,
 * and the minor page faults of one run (a figure the machine's load does not move).
 *
 * It runs the built command (`npx turbo run build` first): the code-cached bundle, as a user runs it,
 * and the same with MARGINALIA_CODE_CACHE=0 (the ES modules) for comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ToolArgs } from '../lib/cli.js';
import { fail } from '../lib/cli.js';

export const summary = '`marginalia analyze sample` against `node -e 0`: median and fastest wall time, their ratio (target <= 4x), page faults';

const CLI = fileURLToPath(new URL('../../../apps/marginalia/dist/cli.js', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../apps/marginalia/samples/kremlin-signal.txt', import.meta.url));

interface Command {
  label: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** Wall time of one run in milliseconds; fails the bench when the command fails. */
function timeOnce(command: Command): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, { env: { ...process.env, ...command.env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) fail(`bench startup: ${command.label} exited with ${result.status}: ${String(result.stderr).trim()}`, 1);
  return ms;
}

/** Minor page faults of one run of `command`, read by /usr/bin/time where it exists. */
function pageFaults(command: Command): number | undefined {
  if (!existsSync('/usr/bin/time')) return undefined;
  const result = spawnSync('/usr/bin/time', ['-f', '%R', process.execPath, ...command.args], { env: { ...process.env, ...command.env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const last = result.stderr.trim().split('\n').at(-1);
  return last && /^\d+$/.test(last) ? Number(last) : undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function run(args: ToolArgs): Promise<void> {
  const runs = Number(args.options.get('runs') ?? 30);
  if (!Number.isInteger(runs) || runs < 1) fail(`bench startup: --runs takes a whole number of runs, such as 30; got "${String(args.options.get('runs'))}".`);
  if (!existsSync(CLI)) fail('bench startup: apps/marginalia/dist/cli.js is missing; build first with `npx turbo run build`.', 1);
  const analyze = ['analyze', SAMPLE, '--format', 'json'];
  const commands: Command[] = [
    { label: 'node -e 0', args: ['-e', '0'] },
    { label: 'marginalia analyze sample', args: [CLI, ...analyze] },
    { label: 'the same, ES modules (MARGINALIA_CODE_CACHE=0)', args: [CLI, ...analyze], env: { MARGINALIA_CODE_CACHE: '0' } },
  ];
  const times = commands.map(() => [] as number[]);
  for (let warm = 0; warm < 3; warm++) for (const command of commands) timeOnce(command);
  for (let i = 0; i < runs; i++) commands.forEach((command, k) => times[k].push(timeOnce(command)));
  const base = { median: median(times[0]), fastest: Math.min(...times[0]) };
  console.log(`start-up, ${runs} runs each in turn (Node ${process.version})`);
  commands.forEach((command, k) => {
    const m = median(times[k]);
    const fastest = Math.min(...times[k]);
    const faults = pageFaults(command);
    const ratio = k === 0 ? '' : `  ${(m / base.median).toFixed(2)}x node -e 0 (fastest ${(fastest / base.fastest).toFixed(2)}x)`;
    console.log(
      `${command.label.padEnd(48)} median ${m.toFixed(1).padStart(6)} ms  fastest ${fastest.toFixed(1).padStart(6)}  slowest ${Math.max(...times[k]).toFixed(1).padStart(6)}${faults === undefined ? '' : `  ${faults} page faults`}${ratio}`,
    );
  });
}
