import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIO } from './capture-io.js';
import { readCommand, samplePath } from './read.js';

const io = captureIO;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'marginalia-read-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('marginalia read', () => {
  it('without a terminal prints the analysis as text and exits 0 (no FILE: the bundled sample)', async () => {
    const streams = io();
    expect(samplePath()).toMatch(/samples\/kremlin-signal\.txt$/);
    expect(await readCommand.run([], streams)).toBe(0);
    expect(streams.out()).toContain('Marginalia — ');
    expect(streams.out()).toContain('¶ 1/');
    expect(streams.err()).toBe('');
  });

  it('a missing file: one line naming it, exit 1', async () => {
    const streams = io();
    expect(await readCommand.run([join(dir, 'nope.txt')], streams)).toBe(1);
    expect(streams.err()).toMatch(/^marginalia read: No such file: .*nope\.txt\. Check the path/);
    expect(streams.err().trim().split('\n')).toHaveLength(1);
  });

  it('an empty file: exit 1 with the reason', async () => {
    const path = join(dir, 'empty.txt');
    await writeFile(path, '');
    const streams = io();
    expect(await readCommand.run([path], streams)).toBe(1);
    expect(streams.err()).toMatch(/^marginalia read: .*empty/);
  });

  it('bad usage is a UsageError (exit 2 from the dispatcher)', async () => {
    await expect(readCommand.run(['a', 'b'], io())).rejects.toThrow(/expected at most one FILE, got 2/);
    await expect(readCommand.run(['--theme', 'pink'], io())).rejects.toThrow(/--theme must be one of dark, light; got "pink"/);
    await expect(readCommand.run(['-'], io())).rejects.toThrow(/reads a FILE, not standard input/);
  });
});
