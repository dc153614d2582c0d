/** Worker thread: analyses one article off the main thread (the reader stays responsive, progress can tick). */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseInProcess } from './off-thread.js';

const { text, meta } = workerData as { text: string; meta: Record<string, unknown> };
analyseInProcess(text, meta).then(
  (article) => parentPort!.postMessage({ article }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);
