/**
 * Writes a model into packages/model-en/models (issue #14): the entry `NAME.json` with every typed
 * array replaced by `{"$file": "NAME.KEY.bin"}` and written as that file's little-endian bytes,
 * then the manifest (each model's version, format, training data and files; each file's sha256
 * and size). No timestamps and sorted keys: the same model gives the same bytes on every run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODEL_PACKAGE = fileURLToPath(new URL('../../../packages/model-en/', import.meta.url));
export const MODEL_FOLDER = join(MODEL_PACKAGE, 'models');

export interface ModelInfo {
  /** The model's own version (`ner/perceptron@1`). */
  version: string;
  /** How its files are laid out (what each binary holds). */
  format: string;
  /** The data that trained it. */
  trainedOn: string;
}

interface Manifest {
  name: string;
  version: string;
  models: Record<string, ModelInfo & { entry: string; files: string[] }>;
  files: Record<string, { sha256: string; bytes: number }>;
}

type Typed = Uint8Array | Int8Array | Int16Array | Int32Array | Uint32Array | Float32Array;

function isTyped(value: unknown): value is Typed {
  return value instanceof Uint8Array || value instanceof Int8Array || value instanceof Int16Array || value instanceof Int32Array || value instanceof Uint32Array || value instanceof Float32Array;
}

/** The bytes of a typed array, little-endian whatever the platform. */
function littleEndian(value: Typed): Uint8Array {
  if (value instanceof Uint8Array || value instanceof Int8Array) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  const out = new Uint8Array(value.byteLength);
  const view = new DataView(out.buffer);
  for (let i = 0; i < value.length; i++) {
    if (value instanceof Int16Array) view.setInt16(2 * i, value[i], true);
    else if (value instanceof Int32Array) view.setInt32(4 * i, value[i], true);
    else if (value instanceof Uint32Array) view.setUint32(4 * i, value[i], true);
    else view.setFloat32(4 * i, value[i], true);
  }
  return out;
}

/** Object keys sorted, so the JSON is the same whatever order training built it in. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object' && !isTyped(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sorted((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function readManifest(): Manifest {
  const path = join(MODEL_FOLDER, 'manifest.json');
  const pkg = JSON.parse(readFileSync(join(MODEL_PACKAGE, 'package.json'), 'utf8')) as { name: string; version: string };
  const manifest: Manifest = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : { name: pkg.name, version: pkg.version, models: {}, files: {} };
  return { ...manifest, name: pkg.name, version: pkg.version };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Rewrites the manifest from the files on disk, in sorted order. */
function writeManifest(manifest: Manifest): void {
  const models: Manifest['models'] = {};
  const files: Manifest['files'] = {};
  for (const name of Object.keys(manifest.models).sort()) {
    const m = manifest.models[name];
    models[name] = { version: m.version, format: m.format, trainedOn: m.trainedOn, entry: m.entry, files: [...m.files].sort() };
    for (const file of models[name].files) {
      const bytes = readFileSync(join(MODEL_FOLDER, file));
      files[file] = { sha256: sha256(bytes), bytes: bytes.length };
    }
  }
  const sortedFiles: Manifest['files'] = {};
  for (const file of Object.keys(files).sort()) sortedFiles[file] = files[file];
  writeFileSync(join(MODEL_FOLDER, 'manifest.json'), `${JSON.stringify({ name: manifest.name, version: manifest.version, models, files: sortedFiles }, null, 1)}\n`);
}

/**
 * Writes model `name` (an object whose typed arrays become binary files) and updates the manifest.
 * Files the model had before and no longer has are removed. Returns the files written.
 */
export function writeModel(name: string, data: object, info: ModelInfo): string[] {
  mkdirSync(MODEL_FOLDER, { recursive: true });
  const files: Array<[string, Uint8Array]> = [];
  const replace = (value: unknown, path: string[]): unknown => {
    if (isTyped(value)) {
      const file = `${name}.${path.join('-')}.bin`;
      files.push([file, littleEndian(value)]);
      return { $file: file };
    }
    if (Array.isArray(value)) return value.map((v, i) => replace(v, [...path, String(i)]));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = replace(v, [...path, k]);
      return out;
    }
    return value;
  };
  const entry = `${name}.json`;
  const json = `${JSON.stringify(sorted(replace(data, [])))}\n`;
  const manifest = readManifest();
  const written = [entry, ...files.map(([f]) => f)];
  for (const old of manifest.models[name]?.files ?? []) if (!written.includes(old)) rmSync(join(MODEL_FOLDER, old), { force: true });
  writeFileSync(join(MODEL_FOLDER, entry), json);
  for (const [file, bytes] of files) writeFileSync(join(MODEL_FOLDER, file), bytes);
  manifest.models[name] = { ...info, entry, files: written };
  writeManifest(manifest);
  return written.map((f) => join(MODEL_FOLDER, f));
}
