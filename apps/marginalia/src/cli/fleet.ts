import { checkQueueName, checkRedisUrl, DEFAULT_QUEUE, DEFAULT_REDIS_URL } from '../fleet/connection.js';
import { parseCommandArgs } from './args.js';
import { EXIT, exitOnBatchError, UsageError, type Command } from './command.js';
import { probeRedis } from './enqueue.js';

export const fleetCommand: Command = {
  name: 'fleet',
  summary: 'the state of a worker fleet: waiting, active, done, failed, articles a second, time to go',
  help: `usage: marginalia fleet status [--redis URL] [--queue NAME] [--sample SECONDS] [--failed] [--json]

Counts the jobs of a queue (waiting, active, done, failed), measures the fleet's articles a second
over --sample seconds (default 2; 0 to skip) and the time to go at that rate.

  --redis URL        Redis (default ${DEFAULT_REDIS_URL})
  --queue NAME       the queue (default ${DEFAULT_QUEUE})
  --failed           also list failed articles with their reasons (at most 20; --limit N for more)
  --json             one JSON object instead of text
  -h, --help         show this help`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('fleet', argv, {
      redis: { type: 'string' },
      queue: { type: 'string' },
      sample: { type: 'string' },
      failed: { type: 'boolean' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return EXIT.ok;
    }
    if (positionals.length !== 1 || positionals[0] !== 'status') {
      throw new UsageError(`marginalia fleet: expected the subcommand status, got ${positionals.length === 0 ? 'none' : `"${positionals.join(' ')}"`}.`);
    }
    const sample = values.sample === undefined ? 2 : Number(values.sample);
    if (!(sample >= 0)) throw new UsageError(`marginalia fleet: --sample takes a number of seconds (0 or more); got "${values.sample}".`);
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`marginalia fleet: --limit takes a whole number of at least 1; got "${values.limit}".`);
    const redis = checkRedisUrl('fleet', (values.redis as string | undefined) ?? DEFAULT_REDIS_URL);
    const queue = checkQueueName('fleet', (values.queue as string | undefined) ?? DEFAULT_QUEUE);
    try {
      await probeRedis(redis);
      const { fleetStatus, formatDuration } = await import('../fleet/status.js');
      const status = await fleetStatus({ redis, queue, sampleSeconds: sample, failures: values.failed ? limit : 0 });
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ queue, ...status })}\n`);
        return EXIT.ok;
      }
      const lines = [
        `queue ${queue} on ${redis}`,
        `  waiting   ${status.waiting}${status.delayed ? ` (+${status.delayed} waiting to be retried)` : ''}`,
        `  active    ${status.active}`,
        `  done      ${status.done}`,
        `  failed    ${status.failed}`,
      ];
      if (status.rate !== undefined) {
        lines.push(`  rate      ${status.rate.toFixed(1)} articles/s (over ${sample} s)`);
        lines.push(`  to go     ${status.secondsLeft === undefined ? 'unknown (nothing finished while sampling: are workers running?)' : formatDuration(status.secondsLeft)}`);
      }
      for (const f of status.failures) lines.push(`  failed: ${f.id} (${f.path}) after ${f.attempts} ${f.attempts === 1 ? 'try' : 'tries'}: ${f.reason}`);
      io.stdout.write(`${lines.join('\n')}\n`);
      return EXIT.ok;
    } catch (error) {
      return exitOnBatchError(error, (message) => io.stderr.write(`marginalia fleet: ${message}\n`));
    }
  },
};
