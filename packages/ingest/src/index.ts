/** @marginalia/ingest: reads articles (text, Markdown, HTML files, http(s) URLs, standard input) into text and metadata. Node only. */
export { InputError, isInputError } from './errors.js';
export type { InputProblem } from './errors.js';
export { decodeText, firstInvalidUtf8, normalizeCharset } from './decode.js';
export { articleFromBytes, articleFromText, DEFAULT_MAX_BYTES, inputLabel, loadArticle, loadFile, loadStream, loadUrl } from './load.js';
export type { ArticleMetaFields, BytesSource, LoadedArticle, LoadOptions } from './load.js';
export { formatFromContentType, formatFromName, looksLikeHtml, sniffFormat, sniffMetaCharset } from './format.js';
export type { InputFormat } from './format.js';
export { markdownToText } from './markdown.js';
export type { MarkdownResult } from './markdown.js';
export { blocksToText, extractHtml } from './html.js';
export type { HtmlResult } from './html.js';
export { findArticleJsonLd, readPageMetadata } from './metadata.js';
export type { PageMetadata } from './metadata.js';
export { DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, fetchPage, isHttpUrl, isOtherSchemeUrl } from './fetch.js';
export type { FetchedPage, FetchOptions } from './fetch.js';
