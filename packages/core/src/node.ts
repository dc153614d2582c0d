/**
 * @marginalia/core/node: model loading from the file system, and an analyzer over the model package
 * `@marginalia/model-en`. Node only (reads files); the main entry stays platform-neutral. Core keeps
 * no analyzer of its own: whoever creates one owns it and its loaded models (#14).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { modelDirectory } from '@marginalia/model-en/node';
import { createAnalyzer, type Analyzer, type AnalyzerOptions } from './pipeline.js';
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

/**
 * An analyzer over `@marginalia/model-en` from the file system (unless `models` says otherwise).
 * Make one and keep it: each analyzer loads its models once, on first use.
 */
export function createNodeAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  return createAnalyzer({ ...options, models: options.models ?? shippedModels() });
}
