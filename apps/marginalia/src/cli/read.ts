import { EXIT, type Command } from './command.js';

/** Placeholder until the read command lands (being built now). */
export const readCommand: Command = {
  name: 'read',
  summary: 'read',
  help: 'usage: marginalia read (not available yet)',
  async run(_argv, io) {
    io.stderr.write('marginalia read: not available yet.\n');
    return EXIT.badUsage;
  },
};
