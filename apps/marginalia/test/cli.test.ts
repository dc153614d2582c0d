import { mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { analysisSchema } from '@marginalia/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, SAMPLE } from './run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'marginalia-cli-'));
});

/** A stack trace in user-facing output is a bug: bad input gets one clear line. */
function expectNoStackTrace(text: string) {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

describe('marginalia analyze', () => {
  it('prints one JSON object in the marginalia/analysis@2 contract', () => {
    const { status, stdout, stderr } = runCli(['analyze', SAMPLE, '--format', 'json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const article = JSON.parse(stdout);
    const validate = new Ajv({ strict: false }).compile(analysisSchema);
    expect(validate(article)).toBe(true);
    expect(article.schema).toBe('marginalia/analysis@2');
    expect(article.paragraphs).toHaveLength(12);
  });

  it('analyses the same from its code-cached bundle as from its modules (MARGINALIA_CODE_CACHE=0)', () => {
    const bundled = runCli(['analyze', SAMPLE, '--format', 'json']);
    const modules = runCli(['analyze', SAMPLE, '--format', 'json'], { env: { MARGINALIA_CODE_CACHE: '0' } });
    expect(bundled.status).toBe(0);
    expect(modules.status).toBe(0);
    expect(bundled.stdout).toBe(modules.stdout);
    // A usage error thrown inside the bundle is still a usage error (its own copy of the class).
    const usage = runCli(['analyze', SAMPLE, '--format', 'yaml']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Run `marginalia analyze --help`/);
  });

  it('reads standard input when FILE is -', () => {
    const { status, stdout } = runCli(['analyze', '-', '--format', 'json'], { input: 'The minister said talks had stalled. Nobody knows why.' });
    expect(status).toBe(0);
    expect(JSON.parse(stdout).sentences).toHaveLength(2);
  });

  it('prints a readable text report', () => {
    const { status, stdout } = runCli(['analyze', SAMPLE, '--format', 'text']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Marginalia — /);
    expect(stdout).toContain('¶ 12/12');
  });

  it('defaults to JSON when standard output is not a terminal', () => {
    const { stdout } = runCli(['analyze', SAMPLE]);
    expect(JSON.parse(stdout).schema).toBe('marginalia/analysis@2');
  });

  it('never passes control characters of the article to the terminal in text output', () => {
    const file = join(dir, 'hostile.txt');
    writeFileSync(file, 'Evil \u001b]0;pwned\u0007 title. \u001b[2J Clear screen now.\n');
    const { status, stdout } = runCli(['analyze', file, '--format', 'text']);
    expect(status).toBe(0);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toContain('\u0007');
    expect(stdout).toContain('␛');
  });
});

describe('bad input: exit 1 and one line that says what to do, never a stack trace', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['a missing path', () => join(dir, 'nope.txt'), /No such file: .*nope\.txt\. Check the path/],
    ['an empty file', () => write('empty.txt', ''), /is empty: there is no text to analyse/],
    ['a file of white space', () => write('blank.txt', '  \n\n \t'), /is empty/],
    ['a binary file', () => write('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3])), /looks like a binary file/],
    ['non-UTF-8 bytes', () => write('latin1.txt', Buffer.from('caf\xe9 au lait', 'latin1')), /is not valid UTF-8 \(byte 0xE9 at offset 3\)/],
    ['a directory', () => dir, /is not a file but a directory/],
  ];
  it.each(cases)('%s', (_name, makePath, message) => {
    const { status, stdout, stderr } = runCli(['analyze', makePath(), '--format', 'json']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expectNoStackTrace(stderr);
  });

  it('refuses a 50 MB file cleanly, without reading it into memory', () => {
    const file = join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const { status, stderr } = runCli(['analyze', file]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/is 50\.0 MB; the largest article read is 10\.0 MB \(--max-size to raise it\)/);
    expectNoStackTrace(stderr);
  });

  it('refuses oversized standard input once it passes the cap', () => {
    const { status, stderr } = runCli(['analyze', '-', '--max-size', '1kb'], { input: 'word '.repeat(1000) });
    expect(status).toBe(1);
    expect(stderr).toMatch(/standard input is .*; the largest article read is 1 KB/);
  });

  function write(name: string, content: string | Buffer): string {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  }
});

describe('usage: exit 2 with a pointer to --help', () => {
  it.each([
    [['analyze'], /expected one FILE/],
    [['analyze', SAMPLE, '--format', 'xml'], /--format must be one of json, text, markdown; got "xml"/],
    [['analyze', SAMPLE, '--nope'], /Unknown option '--nope'/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('marginalia %j', (args, message) => {
    const { status, stderr } = runCli(args as string[]);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expectNoStackTrace(stderr);
  });

  it.each(['read', 'analyze', 'batch', 'export'])('marginalia %s --help prints usage and exits 0', (command) => {
    const { status, stdout } = runCli([command, '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`usage: marginalia ${command}`));
  });

  it('marginalia --help lists every command', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    for (const c of ['read', 'analyze', 'batch', 'export']) expect(stdout).toContain(`  ${c}`);
  });
});

describe('--min-confidence', () => {
  /** Every finding of an analysis with its confidence (undefined when the stage sets none). */
  const findings = (a: { entities: Array<{ mentions: unknown[] }>; attributions: unknown[]; claims: unknown[]; hedges: unknown[]; techniques: unknown[] }) =>
    [...a.entities.flatMap((e) => e.mentions), ...a.attributions, ...a.claims, ...a.hedges, ...a.techniques] as Array<{ confidence?: number }>;

  it.each([['analyze'], ['export']])('%s leaves out findings below the minimum, and 0 keeps all', (command) => {
    const base = command === 'analyze' ? [command, SAMPLE, '--format', 'json'] : [command, SAMPLE, '--to', 'json'];
    const all = JSON.parse(runCli(base).stdout);
    const zero = runCli([...base, '--min-confidence', '0']);
    expect(zero.status).toBe(0);
    expect(JSON.parse(zero.stdout).claims).toEqual(all.claims);
    const high = runCli([...base, '--min-confidence', '0.9']);
    expect(high.status).toBe(0);
    const kept = JSON.parse(high.stdout);
    expect(new Ajv({ strict: false }).compile(analysisSchema)(kept)).toBe(true);
    for (const f of findings(kept)) if (f.confidence !== undefined) expect(f.confidence).toBeGreaterThanOrEqual(0.9);
    const below = findings(all).filter((f) => f.confidence !== undefined && f.confidence < 0.9).length;
    expect(findings(kept).length).toBe(findings(all).length - below);
    expect(all.claims.length).toBeGreaterThan(kept.claims.length);
  });

  it('batch leaves out findings below the minimum in every JSONL line', () => {
    const input = `${JSON.stringify({ id: 'a', text: 'The minister said talks had stalled. Prices rose 4% in May, officials reportedly said.' })}\n`;
    const run = (extra: string[]) => runCli(['batch', '-', '--jobs', '0', '--quiet', ...extra], { input });
    const all = JSON.parse(run([]).stdout);
    const high = run(['--min-confidence', '1']);
    expect(high.status).toBe(0);
    const kept = JSON.parse(high.stdout);
    for (const f of findings(kept)) if (f.confidence !== undefined) expect(f.confidence).toBe(1);
    expect(findings(kept).length).toBe(findings(all).filter((f) => f.confidence === undefined || f.confidence >= 1).length);
  });

  it.each([
    ['analyze', [SAMPLE]],
    ['export', [SAMPLE, '--to', 'json']],
    ['batch', ['-']],
  ])('%s refuses a value outside 0..1 with one line and exit 2', (command, rest) => {
    for (const bad of ['1.5', '-0.1', 'high', '']) {
      const { status, stderr } = runCli([command, ...(rest as string[]), `--min-confidence=${bad}`]);
      expect(status).toBe(2);
      expect(stderr).toMatch(/--min-confidence takes a number from 0 to 1/);
      expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
      expectNoStackTrace(stderr);
    }
  });

  it.each(['analyze', 'batch', 'export'])('%s --help lists --min-confidence', (command) => {
    expect(runCli([command, '--help']).stdout).toContain('--min-confidence X');
  });
});
