import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCachePath, loadCachedBundle } from './code-cache.js';

// A bundle shaped like dist/analyze-command.cjs: CommonJS that requires a builtin and exports functions.
const BUNDLE = `"use strict";
const { join } = require("node:path");
function words(text) { return text.split(/\\s+/).filter(Boolean).length; }
exports.words = words;
exports.where = () => join(__dirname, "x");
exports.filename = __filename;
`;

describe('loadCachedBundle', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-code-cache-'));
    file = join(dir, 'bundle.cjs');
    writeFileSync(file, BUNDLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the file as a CommonJS module: exports, require and __dirname work', () => {
    const { exports, cache } = loadCachedBundle<{ words(t: string): number; where(): string; filename: string }>(file);
    expect(cache).toBe('absent');
    expect(exports.words('one two  three')).toBe(3);
    expect(exports.where()).toBe(join(dir, 'x'));
    expect(exports.filename).toBe(file);
  });

  it('writes a cache that the next load uses, with the same results', () => {
    const first = loadCachedBundle<{ words(t: string): number }>(file);
    expect(first.exports.words('a b')).toBe(2);
    expect(first.writeCache()).toBe(true);
    expect(readFileSync(codeCachePath(file)).length).toBeGreaterThan(0);
    const second = loadCachedBundle<{ words(t: string): number }>(file);
    expect(second.cache).toBe('used');
    expect(second.exports.words('a b c')).toBe(3);
  });

  it('compiles as usual when the cache is damaged or from another source, and says so', () => {
    writeFileSync(codeCachePath(file), Buffer.from('not a V8 code cache at all'));
    const damaged = loadCachedBundle<{ words(t: string): number }>(file);
    expect(damaged.cache).toBe('rejected');
    expect(damaged.exports.words('x y')).toBe(2);
    // A cache of an older build: V8 checks the source it was made from.
    damaged.writeCache();
    writeFileSync(file, `${BUNDLE}\nexports.extra = 1;\n`);
    const changed = loadCachedBundle<{ words(t: string): number; extra: number }>(file);
    expect(changed.cache).toBe('rejected');
    expect(changed.exports.extra).toBe(1);
  });

  it('reports a failed write (no folder) instead of throwing, and leaves no temporary file', () => {
    const bundle = loadCachedBundle(file);
    rmSync(dir, { recursive: true, force: true });
    expect(bundle.writeCache()).toBe(false);
    expect(existsSync(codeCachePath(file))).toBe(false);
  });
});
