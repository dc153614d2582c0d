/**
 * `npm run bench -- <name> [options]`: runs tools/src/bench/<name>.ts. No task: the analysis benchmark.
 * Each module exports `run(args: ToolArgs): Promise<void>` and `summary` (one line for --help).
 */
import { runToolCommand } from './lib/cli.js';

await runToolCommand('bench', process.argv.slice(2), 'analysis');
