/**
 * The batch worker, run by piscina in a worker thread: analyses one task and returns its
 * result, with the JSON line's bytes transferred rather than copied (piscina's Transferable
 * protocol), so the parent only writes them out.
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { analyseTask } from './analyse-task.js';
import type { AnalyseOptions, BatchResult, BatchTask } from './types.js';

export interface WorkerData {
  options: AnalyseOptions;
  /** Resume keys of the articles every output already holds (empty without --resume). */
  done: string[];
}

const { options, done: doneList } = workerData as WorkerData;
const done = new Set<string>(doneList);

/** A result whose line buffer moves to the parent thread instead of being cloned. */
function transferred(result: BatchResult): unknown {
  if (result.status !== 'analysed') return result;
  return Piscina.move({
    get [Piscina.transferableSymbol]() {
      return [result.line.buffer];
    },
    get [Piscina.valueSymbol]() {
      return result;
    },
  } as unknown as ArrayBuffer);
}

export default async function analyse(task: BatchTask): Promise<unknown> {
  let result: BatchResult;
  try {
    result = await analyseTask(task, options, done);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    result = { status: 'failed', id: task.id, path: task.path, message: `Analysing ${task.path} failed (${reason}); this is a bug: please report it with the article.`, problem: 'analysis' };
  }
  return transferred(result);
}
