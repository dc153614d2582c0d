import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExistingOutput, ResumeError, truncateToLastNewline } from './resume.js';
import { resumeKey } from './resume-key.js';

const dir = mkdtempSync(join(tmpdir(), 'marginalia-resume-'));
const line = (id: string, hash: string) => `{"id":${JSON.stringify(id)},"path":"x.txt","hash":"${hash}","schema":"marginalia/analysis@2","text":"a \\"quoted\\" text"}\n`;

describe('readExistingOutput', () => {
  it('cuts a torn last line and collects the keys of the whole ones', async () => {
    const path = join(dir, 'torn.jsonl');
    const whole = line('a"1', '0123456789abcdef') + line('b', 'fedcba9876543210');
    writeFileSync(path, `${whole}{"id":"c","path":"x.txt","hash":"00000000`);
    const existing = await readExistingOutput(path);
    expect(readFileSync(path, 'utf8')).toBe(whole);
    expect(existing.lines).toBe(2);
    expect(existing.truncatedBytes).toBeGreaterThan(0);
    expect(existing.keys).toEqual(new Set([resumeKey('a"1', '0123456789abcdef'), resumeKey('b', 'fedcba9876543210')]));
  });

  it('treats a missing file as empty', async () => {
    expect(await readExistingOutput(join(dir, 'none.jsonl'))).toEqual({ keys: new Set(), counts: new Map(), lines: 0, truncatedBytes: 0 });
  });

  it('refuses to append to a file that is not batch output', async () => {
    const path = join(dir, 'foreign.jsonl');
    writeFileSync(path, '{"name":"not ours"}\n');
    await expect(readExistingOutput(path)).rejects.toThrow(ResumeError);
    await expect(readExistingOutput(path)).rejects.toThrow(/line 1 is not a line of `marginalia batch` output/);
  });
});

describe('truncateToLastNewline', () => {
  it('empties a file with no newline at all (a single torn line)', async () => {
    const path = join(dir, 'one.jsonl');
    writeFileSync(path, '{"id":"half');
    expect(await truncateToLastNewline(path)).toBe(11);
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('leaves a file that ends with a newline alone, even past one read chunk', async () => {
    const path = join(dir, 'long.jsonl');
    const text = `${'x'.repeat(200_000)}\n`;
    writeFileSync(path, text);
    expect(await truncateToLastNewline(path)).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('finds the last newline more than one read chunk back', async () => {
    const path = join(dir, 'far.jsonl');
    writeFileSync(path, `first\n${'y'.repeat(150_000)}`);
    expect(await truncateToLastNewline(path)).toBe(150_000);
    expect(readFileSync(path, 'utf8')).toBe('first\n');
  });
});
