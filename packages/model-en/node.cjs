/**
 * @marginalia/model-en in Node: the model folder as a path, its manifest, and a model's data.
 * CommonJS, so code loaded with `require` (the command line's code-cached bundle, apps/marginalia)
 * finds the files too; node.js re-exports it for `import`.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** The folder holding manifest.json and the model files (ends in a path separator). */
const modelDirectory = join(__dirname, 'models') + require('node:path').sep;

/** The manifest: each model's version, format and training data, each file's sha256 and size. */
function readManifest() {
  return JSON.parse(readFileSync(join(modelDirectory, 'manifest.json'), 'utf8'));
}

/**
 * A model as its decoder gets it: the entry JSON with each `{"$file": name}` replaced by that file's
 * bytes. Not checked against the manifest (core's loader does that); for tools and tests.
 */
function readModelData(name) {
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

exports.modelDirectory = modelDirectory;
exports.readManifest = readManifest;
exports.readModelData = readModelData;
