/** The folder holding manifest.json and the model files (ends in a path separator). */
export declare const modelDirectory: string;

export interface ModelManifestJson {
  name: string;
  version: string;
  models: Record<string, { version: string; format: string; trainedOn: string; entry: string; files: string[] }>;
  files: Record<string, { sha256: string; bytes: number }>;
}

/** The manifest: each model's version, format and training data, each file's sha256 and size. */
export declare function readManifest(): ModelManifestJson;

/** A model as its decoder gets it (entry JSON, each `{"$file"}` replaced by the file's bytes); unchecked, for tools and tests. */
export declare function readModelData(name: string): Record<string, unknown>;
