/** @marginalia/model-en in Node: the model folder as a path, its manifest, and a model's data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding manifest.json and the model files. */
export const modelDirectory = fileURLToPath(new URL('./models/', import.meta.url));

/** The manifest: each model's version, format and training data, each file's sha256 and size. */
export function readManifest() {
  return JSON.parse(readFileSync(join(modelDirectory, 'manifest.json'), 'utf8'));
}

/**
 * A model as its decoder gets it: the entry JSON with each `{"$file": name}` replaced by that file's
 * bytes. Not checked against the manifest (core's loader does that); for tools and tests.
 */
export function readModelData(name) {
  const resolve = (value) => {
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === 'object') {
      if (typeof value.$file === 'string') return new Uint8Array(readFileSync(join(modelDirectory, value.$file)));
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    }
    return value;
  };
  return resolve(JSON.parse(readFileSync(join(modelDirectory, `${name}.json`), 'utf8')));
}
