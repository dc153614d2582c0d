/**
 * The batch worker (a worker thread): analyses the tasks the parent posts, one at a time in
 * the order they arrive, and posts back each result with its JSON line as bytes, transferred
 * rather than copied. One at a time, so that when a worker dies the article it died on is the
 * oldest it was given (see pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseTask } from './analyse-task.js';
import type { AnalyseOptions, BatchResult, BatchTask } from './types.js';

export interface WorkerData {
  options: AnalyseOptions;
  /** Resume keys of the articles every output already holds (empty without --resume). */
  done: string[];
}

/** Parent to worker: a task and the number that its result comes back with. */
export type TaskMessage = [number, BatchTask];
/** Worker to parent: `ready` once loaded, then one message per task. */
export type ResultMessage = 'ready' | [number, BatchResult];

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of `marginalia batch`; it cannot run on its own.');
const { options, done: doneList } = workerData as WorkerData;
const done = new Set<string>(doneList);
const queue: TaskMessage[] = [];
let running = false;

async function drain(): Promise<void> {
  running = true;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [id, task] = next;
    let result: BatchResult;
    try {
      result = await analyseTask(task, options, done);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      result = { status: 'failed', id: task.id, path: task.path, message: `Analysing ${task.path} failed (${reason}); this is a bug: please report it with the article.`, problem: 'analysis' };
    }
    if (result.status === 'analysed') port!.postMessage([id, result] satisfies ResultMessage, [result.line.buffer as ArrayBuffer]);
    else port!.postMessage([id, result] satisfies ResultMessage);
  }
  running = false;
}

port.on('message', (message: TaskMessage) => {
  queue.push(message);
  if (!running) void drain();
});
port.postMessage('ready' satisfies ResultMessage);
