import { EXIT, type Command } from './command.js';

/** Placeholder until the batch command lands (being built now). */
export const batchCommand: Command = {
  name: 'batch',
  summary: 'batch',
  help: 'usage: marginalia batch (not available yet)',
  async run(_argv, io) {
    io.stderr.write('marginalia batch: not available yet.\n');
    return EXIT.badUsage;
  },
};
