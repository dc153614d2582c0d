/**
 * `npm run eval -- <name> [options]`: runs tools/src/eval/<name>.ts.
 * Each module exports `run(args: ToolArgs): Promise<void>` and `summary` (one line for --help).
 */
import { runToolCommand } from './lib/cli.js';

await runToolCommand('eval', process.argv.slice(2));
