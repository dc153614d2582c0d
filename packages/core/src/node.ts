/**
 * @marginalia/core/node: model loading from the file system, and the convenience analysis over the
 * model package `@marginalia/model-en` that the command line, batch workers and scripts use.
 * Node only (reads files); the main entry stays platform-neutral.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { modelDirectory } from '@marginalia/model-en/node';
import type { Article } from './model/types.js';
import { createAnalyzer, type Analyzer, type AnalyzerOptions, type AnalyzeOptions, type Pipeline } from './pipeline.js';
import type { ModelSource } from './models/store.js';

/**
 * The Buffer's bytes as a plain Uint8Array over the same memory: `new Uint8Array(buffer)` would copy
 * them, and 8.5 MB of fresh pages cost several milliseconds of page faults at every start (#14).
 */
function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A source reading the model files from a folder (sync reads too, so `analyzeSync` can load on demand). */
export function fileModelSource(directory: string): ModelSource {
  return {
    description: directory,
    async load(file, signal) {
      return bytesOf(await readFile(join(directory, file), signal ? { signal: signal as AbortSignal } : {}));
    },
    loadSync(file) {
      return bytesOf(readFileSync(join(directory, file)));
    },
    sha256Sync(bytes) {
      return createHash('sha256').update(bytes).digest('hex');
    },
  };
}

/** The model package's folder (`@marginalia/model-en`), as a source. */
export function shippedModels(): ModelSource {
  return fileModelSource(modelDirectory);
}

/** An analyzer over `@marginalia/model-en` from the file system (unless `models` says otherwise). */
export function createNodeAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  return createAnalyzer({ ...options, models: options.models ?? shippedModels() });
}

/** Options of the convenience functions: the old `pipeline` option picks the stages. */
export interface NodeAnalyzeOptions extends AnalyzeOptions {
  pipeline?: Pipeline;
}

/** The default analyzers, one per pipeline, so a process loads each model once. */
const analyzers = new WeakMap<object, Analyzer>();
const DEFAULT_KEY = {};

/** The analyzer over the shipped models for `pipeline` (the default pipeline when absent), made once. */
export function defaultAnalyzer(pipeline?: Pipeline): Analyzer {
  const key = pipeline ?? DEFAULT_KEY;
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    analyzer = createNodeAnalyzer(pipeline ? { stages: pipeline } : {});
    analyzers.set(key, analyzer);
  }
  return analyzer;
}

/** Analyses an article with the shipped models (loaded from the file system on first use). */
export function analyze(text: string, options: NodeAnalyzeOptions = {}): Promise<Article> {
  const { pipeline, ...rest } = options;
  return defaultAnalyzer(pipeline).analyze(text, rest);
}

/** The same synchronously (workers, benchmarks): the models are read synchronously on first use. */
export function analyzeSync(text: string, options: Omit<NodeAnalyzeOptions, 'signal'> = {}): Article {
  const { pipeline, ...rest } = options;
  const analyzer = defaultAnalyzer(pipeline);
  analyzer.loadSync();
  return analyzer.analyzeSync(text, rest);
}
