/**
 * The batch worker (a piscina worker thread): analyses one article per task and
 * hands back its JSON line as bytes, transferred rather than copied.
 */
import { workerData } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { analyseTask } from './analyse-task.js';
import type { BatchResult, BatchTask } from './types.js';

export interface WorkerData {
  /** Resume keys of the articles every output already holds. */
  done: string[];
}

const done = new Set<string>((workerData as WorkerData | undefined)?.done ?? []);

export default async function analyseInWorker(task: BatchTask): Promise<unknown> {
  const result: BatchResult = await analyseTask(task, done);
  if (result.status !== 'analysed') return result;
  const buffer = result.line.buffer as ArrayBuffer;
  return Piscina.move({ [Piscina.transferableSymbol]: [buffer], [Piscina.valueSymbol]: result } as unknown as ArrayBuffer);
}
