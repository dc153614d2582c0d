import { DEFAULT_MAX_BYTES } from '@marginalia/ingest';
import { BatchError } from '../batch/batch-error.js';
import { checkQueueName, checkRedisUrl, DEFAULT_QUEUE, DEFAULT_REDIS_URL, reasonOf } from '../fleet/connection.js';
import { parseCommandArgs, parseSize } from './args.js';
import { EXIT, exitOnBatchError, UsageError, type Command } from './command.js';

export const enqueueCommand: Command = {
  name: 'enqueue',
  summary: 'put articles on a Redis queue for a fleet of `marginalia worker`s (see docs/fleet.md)',
  help: `usage: marginalia enqueue INPUT... [--redis URL] [--queue NAME] [--max-size SIZE]

Puts one job per article on a BullMQ queue in Redis, for \`marginalia worker\` processes on
any number of machines. INPUT is what \`marginalia batch\` reads: a directory, a glob pattern
(quoted), a file, a JSONL file (one {"id", "text", ...} a line), an http(s) URL, or - for JSONL on
standard input. Files and URLs are read here, so workers need no access to them.

A job's id is the content hash of the article's id and text: enqueuing the same article again
adds nothing. Articles that cannot be read (empty, binary, too large, malformed JSONL) are
enqueued too and go straight to the queue's failed set with their reason.

options:
  --redis URL      Redis (default ${DEFAULT_REDIS_URL})
  --queue NAME     the queue (default ${DEFAULT_QUEUE})
  --max-size SIZE  refuse articles larger than SIZE (default 10mb)
  -h, --help       show this help

Prints "enqueued N articles (M new)" on standard output.
exit codes: 0 done, 1 Redis unreachable or an input unreadable, 2 bad usage`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('enqueue', argv, {
      redis: { type: 'string' },
      queue: { type: 'string' },
      'max-size': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return EXIT.ok;
    }
    if (positionals.length === 0) throw new UsageError('marginalia enqueue: expected at least one INPUT (a directory, a glob pattern, a file, a .jsonl file, a URL or - for JSONL on standard input), got none.');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('marginalia enqueue: standard input (-) can be read only once; got - more than once.');
    const redis = checkRedisUrl('enqueue', (values.redis as string | undefined) ?? DEFAULT_REDIS_URL);
    const queue = checkQueueName('enqueue', (values.queue as string | undefined) ?? DEFAULT_QUEUE);
    try {
      const { enqueue } = await import('../fleet/jobs.js');
      const outcome = (await probeRedis(redis), await enqueue(positionals, { redis, queue, maxBytes: parseSize('enqueue', values['max-size'] as string | undefined) ?? DEFAULT_MAX_BYTES, stdin: io.stdin }));
      io.stdout.write(`enqueued ${outcome.articles} articles (${outcome.added} new, ${outcome.articles - outcome.added} already in the queue) on ${queue}\n`);
      if (outcome.bad > 0) io.stderr.write(`marginalia enqueue: ${outcome.bad} articles could not be read; they go to the failed set with their reason (marginalia fleet status --queue ${queue} --failed).\n`);
      return EXIT.ok;
    } catch (error) {
      return exitOnBatchError(error, (message) => io.stderr.write(`marginalia enqueue: ${message}\n`));
    }
  },
};

/** Redis commands wait through a reconnect: a Redis that is not there at all is found out first, so the command fails rather than hangs. */
export async function probeRedis(redis: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const probe = new Redis(redis, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  // The connection's own error (ECONNREFUSED, ...) says more than the "Connection is closed" connect() rejects with.
  let cause: unknown;
  probe.on('error', (error) => (cause ??= error));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new BatchError(`Cannot reach Redis at ${redis} (${reasonOf(cause ?? error)}): start it (redis-server) or check --redis.`);
  } finally {
    probe.disconnect();
  }
}
