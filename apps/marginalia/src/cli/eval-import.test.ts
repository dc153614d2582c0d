import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedAnalyzer } from '../analysis/shipped-analyzer.js';
import { exportArticle } from '@marginalia/export';
import { captureIO } from './capture-io.js';
import { EXIT, UsageError } from './command.js';
import { evalImportCommand } from './eval-import.js';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-eval-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const io = captureIO();
  const code = await evalImportCommand.run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('marginalia eval-import', () => {
  it('turns a corrected Label Studio export into a gold file (offsets back in UTF-16)', async () => {
    const text = '🎉 Mayor Elena Rossi said the port will reopen in May, officials in Lisbon said.';
    const article = await shippedAnalyzer().analyze(text);
    const tasks = JSON.parse(exportArticle('labelstudio', article).files[0].content);
    tasks[0].annotations = [{ was_cancelled: false, result: tasks[0].predictions[0].result }];
    const file = join(dir, 'export.json');
    writeFileSync(file, JSON.stringify(tasks));
    const out = join(dir, 'gold.jsonl');
    const { code, stderr } = await run([file, '--from', 'labelstudio', '--out', out]);
    expect(code, stderr).toBe(EXIT.ok);
    const [gold] = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(gold.schema).toBe('marginalia/gold@1');
    expect(gold.entities.map((e: any) => text.slice(e.start, e.end))).toContain('Elena Rossi');
    expect(stderr).toMatch(/^marginalia eval-import: 1 article, \d+ entities, \d+ attributions; wrote /);
  });

  it('says in one line what is wrong with a file, and refuses bad usage', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    const { code, stderr } = await run([bad, '--from', 'labelstudio']);
    expect(code).toBe(EXIT.badInput);
    expect(stderr).toMatch(/^marginalia eval-import: .*bad\.json: is not JSON .*export the Label Studio project as JSON\.\n$/);
    await expect(run([bad])).rejects.toThrow(UsageError);
    await expect(run([bad, '--from', 'prodigy'])).rejects.toThrow(/--from must be one of labelstudio, doccano/);
  });
});
