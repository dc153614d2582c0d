/**
 * `npm run train -- <name> [options]`: runs tools/src/train/<name>.ts.
 * Each module exports `run(args: ToolArgs): Promise<void>` and `summary` (one line for --help).
 */
import { readdirSync } from 'node:fs';
import { fail, parseToolArgs, type ToolArgs } from './lib/cli.js';

interface ToolModule {
  run(args: ToolArgs): Promise<void>;
  summary: string;
}

const folder = new URL('./train/', import.meta.url);
const names = readdirSync(folder)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3))
  .sort();

const args = parseToolArgs(process.argv.slice(2));
const task = args.task;
if (!task || args.options.has('help')) {
  const lines = await Promise.all(names.map(async (n) => `  ${n.padEnd(18)} ${((await import(new URL(`${n}.ts`, folder).href)) as ToolModule).summary}`));
  process.stdout.write(`usage: npm run train -- <name> [--data <path to shared/data>] [options]\n\n${lines.join('\n')}\n`);
  process.exit(task ? 0 : 2);
}
if (!names.includes(task)) fail(`npm run train: no task "${task}"; the tasks are: ${names.join(', ')}.`);
const mod = (await import(new URL(`${task}.ts`, folder).href)) as ToolModule;
await mod.run(args);
