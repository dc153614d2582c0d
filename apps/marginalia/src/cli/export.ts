import { EXIT, type Command } from './command.js';

/** Placeholder until the export command lands (being built now). */
export const exportCommand: Command = {
  name: 'export',
  summary: 'export',
  help: 'usage: marginalia export (not available yet)',
  async run(_argv, io) {
    io.stderr.write('marginalia export: not available yet.\n');
    return EXIT.badUsage;
  },
};
