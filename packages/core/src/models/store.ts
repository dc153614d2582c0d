/*
 * Models as assets (issue #14): the learned weights and tables live in a model package
 * (`@marginalia/model-en`) as files, named in its `manifest.json` with their sha256 and size.
 * A `ModelSource` reads a named file as bytes (from the file system, by `fetch`, or from buffers
 * the caller gives); a `ModelStore` loads the models a pipeline's stages declare, each once,
 * checks every file against the manifest and decodes it. Pure code: no Node or DOM imports.
 *
 * A model's entry file is JSON in which `{"$file": "name"}` stands for the bytes of that file
 * (little-endian typed arrays, quantised as training wrote them); `ModelSpec.decode` turns the
 * result into the object the stage uses.
 */

/** Where model files come from. */
export interface ModelSource {
  /** Where the files are, for messages (a folder, a URL). */
  readonly description: string;
  /** The bytes of a file of the model package (`manifest.json`, `ner.json`, ...). */
  load(file: string, signal?: AbortSignalLike): Promise<Uint8Array>;
  /** The same, synchronously, where the source can (the file system); lets `loadSync` work. */
  loadSync?(file: string): Uint8Array;
  /** sha256 (hex) computed synchronously, where the platform can (Node); else WebCrypto is used. */
  sha256Sync?(bytes: Uint8Array): string;
}

/** What core needs of an `AbortSignal` (core's types name no DOM or Node globals). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export interface ManifestFile {
  sha256: string;
  bytes: number;
}

export interface ManifestModel {
  /** The model's own version (`ner/perceptron@1`), as findings cite it. */
  version: string;
  /** How its files are laid out. */
  format: string;
  /** The data that trained it. */
  trainedOn: string;
  /** The JSON file that describes it; other files are named from it with `{"$file": ...}`. */
  entry: string;
  files: string[];
}

export interface ModelManifest {
  /** The model package (`@marginalia/model-en`) and its version: each analysis records both. */
  name: string;
  version: string;
  models: Record<string, ManifestModel>;
  files: Record<string, ManifestFile>;
}

/** A model a stage needs: its name in the manifest and how to turn its files into the object the stage uses. */
export interface ModelSpec<T> {
  readonly name: string;
  decode(data: ModelData): T;
}

/** A model's entry JSON with every `{"$file": name}` replaced by that file's bytes. */
export type ModelData = Record<string, unknown>;

/** Which model package an analysis used (`article.meta.model`). */
export interface ModelPackageInfo {
  name: string;
  version: string;
}

export class ModelError extends Error {
  override name = 'ModelError';
}

function abortError(signal: AbortSignalLike): unknown {
  if (signal.reason !== undefined) return signal.reason;
  const DomException = (globalThis as { DOMException?: new (message: string, name: string) => Error }).DOMException;
  if (DomException) return new DomException('The analysis was aborted.', 'AbortError');
  const error = new Error('The analysis was aborted.');
  error.name = 'AbortError';
  return error;
}

/** Throws the signal's reason (an `AbortError` by default) when it is aborted. */
export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += bytes[i].toString(16).padStart(2, '0');
  return out;
}

interface SubtleLike {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
  if (!subtle) throw new ModelError('Checking model files needs WebCrypto (crypto.subtle), which this runtime lacks; run in a secure context (https) or a newer runtime.');
  return hex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
}

function utf8(bytes: Uint8Array): string {
  const Decoder = (globalThis as { TextDecoder?: new () => { decode(b: Uint8Array): string } }).TextDecoder;
  if (!Decoder) throw new ModelError('Reading model files needs TextDecoder, which this runtime lacks.');
  return new Decoder().decode(bytes);
}

/** Replaces `{"$file": name}` in parsed JSON by `files(name)`. */
function resolveFiles(value: unknown, files: (name: string) => Uint8Array): unknown {
  if (Array.isArray(value)) {
    // Word lists and weights (tens of thousands of strings or numbers) pass through uncopied.
    if (!value.some((v) => v !== null && typeof v === 'object')) return value;
    return value.map((v) => resolveFiles(v, files));
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.$file === 'string' && Object.keys(record).length === 1) return files(record.$file);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = resolveFiles(v, files);
    return out;
  }
  return value;
}

/** A source with no files: stages that need a model say how to give one. */
export const NO_MODELS: ModelSource = {
  description: 'no model source',
  load(file) {
    return Promise.reject(new ModelError(`No model source to read ${file} from: build the analysis with createAnalyzer({ models }) (in Node, createNodeAnalyzer() from @marginalia/core/node reads @marginalia/model-en).`));
  },
};

/**
 * The models of one analyzer: loaded on demand, each once, checked against the manifest.
 * `inject` gives models as data (the entry JSON with bytes in place of `$file`), by name,
 * instead of the source's: training passes the weights it is tuning this way.
 */
export class ModelStore {
  private manifestValue: ModelManifest | undefined;
  private manifestPending: Promise<ModelManifest> | undefined;
  private readonly decoded = new Map<string, unknown>();
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(
    readonly source: ModelSource = NO_MODELS,
    private readonly inject: Readonly<Record<string, ModelData>> = {},
  ) {}

  /** The manifest, once loaded (`load`, `loadSync` or `loadManifest`). */
  get manifest(): ModelManifest | undefined {
    return this.manifestValue;
  }

  /** The model package an analysis records, once the manifest is loaded. */
  get info(): ModelPackageInfo | undefined {
    return this.manifestValue && { name: this.manifestValue.name, version: this.manifestValue.version };
  }

  has(spec: ModelSpec<unknown>): boolean {
    return this.decoded.has(spec.name);
  }

  /** The decoded model; throws when it is not loaded. */
  get<T>(spec: ModelSpec<T>): T {
    if (this.decoded.has(spec.name)) return this.decoded.get(spec.name) as T;
    throw new ModelError(
      `Model "${spec.name}" is not loaded: await analyzer.analyze() or analyzer.load() before analyzeSync() (models come from ${this.source.description}).`,
    );
  }

  loadManifest(signal?: AbortSignalLike): Promise<ModelManifest> {
    if (this.manifestValue) return Promise.resolve(this.manifestValue);
    this.manifestPending ??= this.source.load('manifest.json', signal).then((bytes) => (this.manifestValue = this.parseManifest(bytes)));
    return this.manifestPending.catch((error: unknown) => {
      this.manifestPending = undefined;
      throw error;
    });
  }

  /** Loads and decodes the models, each once; concurrent calls share the work. */
  async load(specs: readonly ModelSpec<unknown>[], signal?: AbortSignalLike): Promise<void> {
    throwIfAborted(signal);
    await Promise.all(specs.map((spec) => this.loadOne(spec, signal)));
    throwIfAborted(signal);
  }

  /** The same, synchronously, when the source can read synchronously (the file system). */
  loadSync(specs: readonly ModelSpec<unknown>[]): void {
    const { loadSync, sha256Sync } = this.source;
    if (!loadSync || !sha256Sync) {
      const missing = specs.find((s) => !this.decoded.has(s.name));
      if (missing) this.get(missing);
      return;
    }
    if (!this.manifestValue) this.manifestValue = this.parseManifest(loadSync.call(this.source, 'manifest.json'));
    for (const spec of specs) {
      if (this.decoded.has(spec.name)) continue;
      const data = this.inject[spec.name] ?? this.readModel(spec.name, (file) => {
        const bytes = loadSync.call(this.source, file);
        this.check(file, bytes, sha256Sync.call(this.source, bytes));
        return bytes;
      });
      this.decoded.set(spec.name, spec.decode(data));
    }
  }

  private loadOne(spec: ModelSpec<unknown>, signal?: AbortSignalLike): Promise<unknown> {
    if (this.decoded.has(spec.name)) return Promise.resolve(this.decoded.get(spec.name));
    let promise = this.pending.get(spec.name);
    if (!promise) {
      promise = (async () => {
        await this.loadManifest(signal);
        const injected = this.inject[spec.name];
        let data: ModelData;
        if (injected) data = injected;
        else {
          const entry = this.entryOf(spec.name);
          const bytes = new Map<string, Uint8Array>();
          await Promise.all(
            entry.files.map(async (file) => {
              const b = await this.source.load(file, signal);
              this.check(file, b, this.source.sha256Sync ? this.source.sha256Sync(b) : await sha256(b));
              bytes.set(file, b);
            }),
          );
          data = this.readModel(spec.name, (file) => bytes.get(file)!);
        }
        const model = spec.decode(data);
        this.decoded.set(spec.name, model);
        return model;
      })();
      this.pending.set(spec.name, promise);
      promise.catch(() => this.pending.delete(spec.name));
    }
    return promise;
  }

  private parseManifest(bytes: Uint8Array): ModelManifest {
    let manifest: ModelManifest;
    try {
      manifest = JSON.parse(utf8(bytes)) as ModelManifest;
    } catch (error) {
      throw new ModelError(`The model manifest from ${this.source.description} is not JSON (${(error as Error).message}); reinstall the model package.`);
    }
    if (!manifest || typeof manifest.name !== 'string' || !manifest.models || !manifest.files) {
      throw new ModelError(`The model manifest from ${this.source.description} has no name, models or files; reinstall the model package.`);
    }
    return manifest;
  }

  private entryOf(name: string): ManifestModel {
    const entry = this.manifestValue!.models[name];
    if (!entry) {
      throw new ModelError(
        `The model package ${this.manifestValue!.name}@${this.manifestValue!.version} (${this.source.description}) has no model "${name}"; it has ${Object.keys(this.manifestValue!.models).join(', ')}. Install a model package that matches this version of @marginalia/core.`,
      );
    }
    return entry;
  }

  /** The entry JSON with its `$file` references resolved by `read` (which checks each file). */
  private readModel(name: string, read: (file: string) => Uint8Array): ModelData {
    const entry = this.entryOf(name);
    const json = JSON.parse(utf8(read(entry.entry))) as unknown;
    return resolveFiles(json, (file) => {
      if (!entry.files.includes(file)) throw new ModelError(`Model "${name}": ${entry.entry} names ${file}, which the manifest does not list for it; reinstall the model package.`);
      return read(file);
    }) as ModelData;
  }

  private check(file: string, bytes: Uint8Array, digest: string): void {
    const expected = this.manifestValue!.files[file];
    if (!expected) throw new ModelError(`Model file ${file} is not in the manifest of ${this.manifestValue!.name}; reinstall the model package.`);
    if (bytes.length !== expected.bytes || digest !== expected.sha256) {
      throw new ModelError(
        `Model file ${file} from ${this.source.description} failed its check: expected ${expected.bytes} bytes with sha256 ${expected.sha256}, got ${bytes.length} bytes with sha256 ${digest}. The file is damaged or from another version: reinstall ${this.manifestValue!.name}@${this.manifestValue!.version} (or, after training, rerun the training so the manifest is rewritten).`,
      );
    }
  }
}

/** A source over files the caller already has (an `ArrayBuffer` or bytes per file name, `manifest.json` included). */
export function memoryModelSource(files: Readonly<Record<string, ArrayBuffer | Uint8Array>>, description = 'the buffers given'): ModelSource {
  return {
    description,
    load(file) {
      const data = files[file];
      if (!data) return Promise.reject(new ModelError(`Model file ${file} is not among ${description} (${Object.keys(files).join(', ')}).`));
      return Promise.resolve(data instanceof Uint8Array ? data : new Uint8Array(data));
    },
  };
}

interface FetchResponseLike {
  ok: boolean;
  status: number;
  statusText: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A source that fetches each file relative to `baseUrl` (which should end in `/`). */
export function fetchModelSource(baseUrl: string | { href: string }): ModelSource {
  const base = typeof baseUrl === 'string' ? baseUrl : baseUrl.href;
  const fetchFn = (globalThis as { fetch?: (url: string, init?: { signal?: AbortSignalLike }) => Promise<FetchResponseLike> }).fetch;
  return {
    description: base,
    async load(file, signal) {
      if (!fetchFn) throw new ModelError('fetchModelSource needs fetch, which this runtime lacks; use memoryModelSource with buffers you read yourself.');
      const url = base.endsWith('/') ? base + file : `${base}/${file}`;
      const response = await fetchFn(url, signal ? { signal } : undefined);
      if (!response.ok) throw new ModelError(`Fetching model file ${url} failed: HTTP ${response.status} ${response.statusText}. Serve the model package's models/ folder at ${base}.`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
