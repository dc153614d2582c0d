/**
 * Models as assets (issue #14): an analyzer loads only what its stages declare, each model once,
 * checks every file against the manifest, yields between stages and honours an AbortSignal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelDirectory, readManifest } from '@marginalia/model-en/node';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, defaultStages, memoryModelSource, type ModelSource } from '../src/index.js';
import { fileModelSource } from '../src/node.js';
import { SAMPLE } from './fixtures.js';

/** A file-system source that records which files were read. */
function recording(): { source: ModelSource; read: string[] } {
  const inner = fileModelSource(modelDirectory);
  const read: string[] = [];
  return {
    read,
    source: {
      description: inner.description,
      load: (file, signal) => {
        read.push(file);
        return inner.load(file, signal);
      },
    },
  };
}

const withoutTechniques = () => defaultStages().filter((s) => s.id !== 'techniques' && s.id !== 'tone');

// Each test loads models and analyses the sample: real work, so an explicit timeout.
describe('createAnalyzer', { timeout: 60_000 }, () => {
  it('loads only the models the stages declare: a pipeline without techniques never reads the tagger', async () => {
    const { source, read } = recording();
    const analyzer = createAnalyzer({ models: source, stages: withoutTechniques() });
    const article = await analyzer.analyze(SAMPLE);
    expect(article.entities.length).toBeGreaterThan(0);
    expect(read.some((f) => f.startsWith('techniques-'))).toBe(false);
    expect(read).toContain('ner.packed.bin');
    // Each file once per analyzer, however many analyses.
    const before = read.length;
    await analyzer.analyze('Ann Lee said the bridge was closed.');
    expect(read.length).toBe(before);
    expect(new Set(read).size).toBe(read.length);
  });

  it('records the model package in each analysis', async () => {
    const manifest = readManifest();
    const article = await createAnalyzer({ models: fileModelSource(modelDirectory) }).analyze('The minister said it may rain.');
    expect(article.meta.model).toEqual({ name: '@marginalia/model-en', version: manifest.version });
  });

  it('analyzeSync throws a clear error before the models are loaded, and works after load()', async () => {
    const analyzer = createAnalyzer({ models: memoryModelSource({}) });
    expect(() => analyzer.analyzeSync('Some text.')).toThrow(/Model "ner" is not loaded: await analyzer.analyze\(\) or analyzer.load\(\)/);
    const loaded = createAnalyzer({ models: fileModelSource(modelDirectory), stages: withoutTechniques() });
    await loaded.load();
    expect(loaded.analyzeSync(SAMPLE).sentences.length).toBeGreaterThan(10);
  });

  it('loads from buffers the caller gives (as a browser would after fetch)', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const f of readdirSync(modelDirectory)) files[f] = new Uint8Array(readFileSync(join(modelDirectory, f)));
    const fromMemory = await createAnalyzer({ models: memoryModelSource(files) }).analyze(SAMPLE);
    const fromFiles = await createAnalyzer({ models: fileModelSource(modelDirectory) }).analyze(SAMPLE);
    expect(JSON.stringify(fromMemory)).toBe(JSON.stringify(fromFiles));
  });

  it('refuses a damaged file, saying which, what was expected and what to do', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const f of readdirSync(modelDirectory)) files[f] = new Uint8Array(readFileSync(join(modelDirectory, f)));
    files['ner.packed.bin'] = files['ner.packed.bin'].slice();
    files['ner.packed.bin'][10] ^= 1;
    const expected = readManifest().files['ner.packed.bin'].sha256;
    const analyzer = createAnalyzer({ models: memoryModelSource(files) });
    await expect(analyzer.analyze('Text.')).rejects.toThrow(new RegExp(`Model file ner.packed.bin .*failed its check: expected \\d+ bytes with sha256 ${expected}, got .*reinstall @marginalia/model-en`));
  });

  it('stops with an AbortError when the signal is aborted, before or during the analysis', async () => {
    const analyzer = createAnalyzer({ models: fileModelSource(modelDirectory) });
    const aborted = new AbortController();
    aborted.abort();
    await expect(analyzer.analyze(SAMPLE, { signal: aborted.signal })).rejects.toMatchObject({ name: 'AbortError' });
    // Aborted between stages: the analysis yields to the event loop after each stage.
    const controller = new AbortController();
    const run = analyzer.analyze(SAMPLE, { signal: controller.signal });
    setImmediate(() => controller.abort());
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('takes injected model data instead of the source\'s (how training tunes a model)', async () => {
    const { source, read } = recording();
    const { readModelData } = await import('@marginalia/model-en/node');
    const analyzer = createAnalyzer({ models: source, stages: withoutTechniques(), inject: { attribution: readModelData('attribution') } });
    await analyzer.analyze(SAMPLE);
    expect(read.some((f) => f.startsWith('attribution.'))).toBe(false);
  });
});
