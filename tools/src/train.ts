/**
 * `npm run train -- <name> [options]`: runs tools/src/train/<name>.ts.
 * Each module exports `run(args: ToolArgs): Promise<void>` and `summary` (one line for --help).
 */
import { runToolCommand } from './lib/cli.js';

await runToolCommand('train', process.argv.slice(2));
