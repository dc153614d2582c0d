import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerPoolAnalyser } from './pool.js';
import type { AnalyseOptions } from './types.js';

const slowWorker = fileURLToPath(new URL('../../test/fixtures/slow-worker.mjs', import.meta.url));
const options: AnalyseOptions = { maxBytes: 1 << 20, rows: false, summary: false };

// No wall-clock assertion: the stuck article never finishes, so only the time limit can end it;
// the others must come back analysed however long the machine takes.
describe('batch --timeout', () => {
  it('records an article over its budget as failed, replaces its worker, and keeps the others', { timeout: 60_000 }, async () => {
    const analyser = workerPoolAnalyser(2, options, new Set(), 1500, slowWorker);
    try {
      const tasks = ['a', 'b', 'spin', 'c', 'd', 'e'].map((name, i) => ({ id: `${name}${i}`, path: `${name}${i}.txt`, text: name }));
      const results = await Promise.all(tasks.map((task) => analyser.analyse(task)));
      const spun = results[2];
      expect(spun).toMatchObject({ status: 'failed', id: 'spin2', problem: 'timeout' });
      expect(spun.status === 'failed' && spun.message).toMatch(/The analysis of spin2\.txt took longer than 1\.5 s \(--timeout\) and was stopped; the article was skipped/);
      expect(results.filter((_, i) => i !== 2).map((r) => r.status)).toEqual(['analysed', 'analysed', 'analysed', 'analysed', 'analysed']);
      // The pool goes on after the worker was replaced.
      expect((await analyser.analyse({ id: 'after', path: 'after.txt', text: 'after' })).status).toBe('analysed');
    } finally {
      await analyser.close();
    }
  });
});
