import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_BYTES } from '@marginalia/ingest';
import { checkQueueName, checkRedisUrl, DEFAULT_QUEUE, DEFAULT_REDIS_URL } from '../fleet/connection.js';
import { isPostgresUrl } from '../fleet/store.js';
import { oneOf, parseCommandArgs, parseMinConfidence, parseSize } from './args.js';
import { EXIT, exitOnBatchError, UsageError, type Command } from './command.js';
import { probeRedis } from './enqueue.js';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'analyse the articles of a Redis queue into PostgreSQL or DuckDB, on any machine (docs/fleet.md)',
  help: `usage: marginalia worker --db postgres://USER@HOST/DB [--redis URL] [--queue NAME] [options]

Takes article jobs from a BullMQ queue (filled by \`marginalia enqueue\`), analyses them on worker
threads as \`marginalia batch\` does, and writes each result to the database before the job is
acknowledged: the tables of \`batch --db\` (see docs/batch.md), each article in one transaction, keyed
by its id and content hash, so a job delivered twice is stored once. Start as many workers, on as
many machines, as you like.

  --db URL|FILE      postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?schema=NAME] (tables created if
                     missing, with a schema version row), or a DuckDB file (one worker per file;
                     needs DuckDB, which npm install leaves out: \`npm run setup -- duckdb\`)
  --redis URL        Redis (default ${DEFAULT_REDIS_URL})
  --queue NAME       the queue (default ${DEFAULT_QUEUE})
  --concurrency N    analysis threads (default: the number of cores, here ${availableParallelism()})
  --exit-when-idle   exit once the queue has nothing waiting, active or delayed
  --timeout SECONDS  time budget of one article (default 120); over it, the job is tried again
                     (3 tries in all) and then stays in the failed set
  --lock-seconds S   a job whose worker shows no sign of life this long goes to another worker
                     (default 30)
  --offsets UNIT     utf16 (default) or codepoint, as for batch
  --min-confidence X leave out findings below X (0..1), as for batch
  --max-size SIZE    refuse articles larger than SIZE (default 10mb)
  --quiet            no progress lines on standard error
  --progress-every SECONDS  how often a progress line is printed (default 10)
  -h, --help         show this help

Redis restarting: the worker reconnects and goes on. The database unavailable: it holds its results,
takes no new jobs and retries with backoff, saying so. SIGTERM or Ctrl-C: it finishes the jobs in
hand and exits 0; a second one stops at once (the jobs go back to the queue for another worker).
exit codes: 0 stopped cleanly, 1 Redis or the database cannot be used, 2 bad usage`,
  async run(argv, io) {
    const { values } = parseCommandArgs('worker', argv, {
      redis: { type: 'string' },
      queue: { type: 'string' },
      db: { type: 'string' },
      concurrency: { type: 'string', short: 'j' },
      'exit-when-idle': { type: 'boolean' },
      timeout: { type: 'string' },
      'lock-seconds': { type: 'string' },
      offsets: { type: 'string' },
      'min-confidence': { type: 'string' },
      'max-size': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      'progress-every': { type: 'string' },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return EXIT.ok;
    }
    const db = values.db as string | undefined;
    if (!db) throw new UsageError('marginalia worker: expected --db postgres://USER@HOST/DB (or a DuckDB file), got none.');
    const redis = checkRedisUrl('worker', (values.redis as string | undefined) ?? DEFAULT_REDIS_URL);
    const queue = checkQueueName('worker', (values.queue as string | undefined) ?? DEFAULT_QUEUE);
    const log = (line: string) => io.stderr.write(`marginalia worker: ${line}\n`);
    const stop = new AbortController();
    const force = new AbortController();
    // Under bin/marginalia.js's launcher a terminal's Ctrl-C arrives twice, a moment apart: one Ctrl-C.
    const sameSignalMs = io.env.MARGINALIA_BATCH_WRAPPED === '1' ? 300 : 0;
    let firstSignalAt = 0;
    const onSignal = () => {
      if (stop.signal.aborted && performance.now() - firstSignalAt < sameSignalMs) return;
      firstSignalAt ||= performance.now();
      if (stop.signal.aborted) {
        log('stopping at once: the jobs in hand go back to the queue for another worker.');
        force.abort();
        return;
      }
      log('stopping: finishing the jobs in hand (send the signal again to stop at once)...');
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      // A DuckDB file needs DuckDB (an optional peer): without it, stop before taking any job.
      if (!isPostgresUrl(db)) await (await import('../batch/duckdb.js')).loadDuckDb(`--db ${db}`);
      await probeRedis(redis);
      const { runWorker } = await import('../fleet/run-worker.js');
      const outcome = await runWorker(
        {
          redis,
          queue,
          db,
          threads: count('concurrency', values.concurrency as string | undefined, availableParallelism(), 1),
          exitWhenIdle: Boolean(values['exit-when-idle']),
          timeoutSeconds: seconds('timeout', values.timeout as string | undefined, 120),
          lockSeconds: seconds('lock-seconds', values['lock-seconds'] as string | undefined, 30),
          offsets: oneOf('worker', 'offsets', values.offsets as string | undefined, ['utf16', 'codepoint'] as const, 'utf16'),
          minConfidence: parseMinConfidence('worker', values['min-confidence'] as string | undefined),
          maxBytes: parseSize('worker', values['max-size'] as string | undefined) ?? DEFAULT_MAX_BYTES,
          quiet: Boolean(values.quiet),
          progressIntervalMs: 1000 * seconds('progress-every', values['progress-every'] as string | undefined, 10),
        },
        log,
        stop.signal,
        force.signal,
      );
      log(`${outcome.analysed} analysed and stored, ${outcome.already} already stored, ${outcome.failed} failed (see marginalia fleet status --failed) in ${outcome.seconds.toFixed(1)} s.`);
      return EXIT.ok;
    } catch (error) {
      return exitOnBatchError(error, log);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};

function count(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`marginalia worker: --${name} takes a whole number of at least ${min}; got "${value}".`);
  return n;
}

function seconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new UsageError(`marginalia worker: --${name} takes a number of seconds above 0; got "${value}".`);
  return n;
}
