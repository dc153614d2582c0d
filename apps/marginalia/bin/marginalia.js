#!/usr/bin/env node
/**
 * `marginalia batch` runs its analysis on worker threads, and runs best with V8's garbage
 * collection on each thread itself (`node --single-threaded-gc`): with two workers on two
 * cores, the parallel collector's helper threads compete with the workers and cost more CPU
 * in all than they save in pauses (7% of a worker's CPU, against under 1%). V8 flags are for
 * the whole process and must be set at start (set from inside, V8 aborts), so for `batch` this
 * script starts Node again with the flag and stands by: signals go on to the batch process, its
 * exit code comes back, and if this process is killed the batch process stops too.
 * `worker` (the fleet's, docs/fleet.md) runs its analysis on threads too and is started the same way.
 * MARGINALIA_BATCH_FLAGS=0 runs batch in this process, without the flag.
 */
const BATCH_FLAGS = ['--single-threaded-gc'];
const LIFELINE_FD = 3;

if (process.env.MARGINALIA_BATCH_LIFELINE === String(LIFELINE_FD)) {
  delete process.env.MARGINALIA_BATCH_LIFELINE;
  await holdLifeline();
  await import('../dist/cli.js');
} else if (needsBatchFlags(process.argv.slice(2)) && process.env.MARGINALIA_BATCH_FLAGS !== '0' && !BATCH_FLAGS.every((f) => process.execArgv.includes(f))) {
  await runWithFlags();
} else {
  await import('../dist/cli.js');
}

/** `batch` and `worker` runs (not their --help, which needs no second process). */
function needsBatchFlags(args) {
  return (args[0] === 'batch' || args[0] === 'worker') && !args.includes('--help') && !args.includes('-h');
}

/** In the batch process: when the launcher goes (even by SIGKILL), its end of this pipe closes; stop as if killed with it. */
async function holdLifeline() {
  const { Socket } = await import('node:net');
  try {
    const lifeline = new Socket({ fd: LIFELINE_FD, readable: true, writable: false });
    lifeline.on('error', () => {});
    lifeline.on('close', () => process.kill(process.pid, 'SIGKILL'));
    lifeline.resume();
    lifeline.unref();
  } catch {
    // No pipe there (started by hand with the variable set): nothing to watch.
  }
}

async function runWithFlags() {
  const { spawn } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...BATCH_FLAGS, ...process.execArgv, script, ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    env: { ...process.env, MARGINALIA_BATCH_LIFELINE: String(LIFELINE_FD), MARGINALIA_BATCH_WRAPPED: '1' },
  });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  // A Ctrl-C on a terminal reaches both processes; the batch process counts a second one that
  // close as the same (see cli/batch.ts), so forwarding every signal is safe.
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`marginalia: could not start the batch process (${error.message}); run with MARGINALIA_BATCH_FLAGS=0 to run it in this process.\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
