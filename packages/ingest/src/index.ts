/** @marginalia/ingest: reads articles (files, standard input) into text and metadata. Node only. */
export { InputError, isInputError } from './errors.js';
export type { InputProblem } from './errors.js';
export { decodeText, firstInvalidUtf8 } from './decode.js';
export { articleFromText, DEFAULT_MAX_BYTES, inputLabel, loadArticle, loadFile, loadStream } from './load.js';
export type { LoadedArticle, LoadOptions } from './load.js';
