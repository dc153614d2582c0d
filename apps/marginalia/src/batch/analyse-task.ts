import { contentHash, filterByConfidence, type Article } from '@marginalia/core';
import { articleWithOffsets } from '@marginalia/export';
import { isHttpUrl, isInputError, loadArticle, loadFile, type LoadedArticle } from '@marginalia/ingest';
import { loadedShippedAnalyzer } from '../analysis/shipped-analyzer.js';
import { parseJsonlLine } from './jsonl-input.js';
import { resumeKey } from './resume-key.js';
import { articleRows } from './rows.js';
import type { AnalyseOptions, ArticleStats, BatchResult, BatchTask } from './types.js';

const encoder = new TextEncoder();

/**
 * Reads (a file, or a JSONL line), analyses and serialises one article. Never throws for a bad
 * article: it comes back as a `failed` result, so the batch records it and goes on.
 * `done` holds the resume keys of articles every output already has.
 */
export async function analyseTask(task: BatchTask, options: AnalyseOptions, done: ReadonlySet<string>): Promise<BatchResult> {
  let { id, text, meta } = task;
  const { path } = task;
  if (task.line !== undefined) {
    const parsed = parseJsonlLine(task.line, path, options.maxBytes);
    if (parsed.kind === 'failed') return parsed.result;
    ({ id, text, meta } = parsed.task);
  }
  const fromInput = text !== undefined;
  let loaded: LoadedArticle | { text: string; meta: Record<string, unknown> };
  try {
    loaded = text !== undefined ? { text, meta: meta ?? {} } : await (isHttpUrl(path) ? loadArticle(path, { maxBytes: options.maxBytes }) : loadFile(path, { maxBytes: options.maxBytes }));
  } catch (error) {
    if (isInputError(error)) return { status: 'failed', id, path, message: error.message, problem: error.problem };
    return { status: 'failed', id, path, message: `Cannot read ${path}: ${messageOf(error)}.`, problem: 'unreadable' };
  }
  const hash = contentHash(loaded.text);
  const key = resumeKey(id, hash);
  if (!task.force && done.has(key)) return { status: 'skipped', id, path, key };

  let article: Article;
  try {
    article = loadedShippedAnalyzer().analyzeSync(loaded.text, { meta: { ...loaded.meta, title: (loaded.meta.title as string | null | undefined) ?? null } });
    if (options.minConfidence !== undefined) article = filterByConfidence(article, options.minConfidence);
    if (options.offsets === 'codepoint') article = articleWithOffsets(article, 'codepoint');
  } catch (error) {
    return {
      status: 'failed',
      id,
      path,
      message: `The analysis of ${id} failed (${messageOf(error)}); this is a bug: please report it with the article.`,
      problem: 'analysis',
    };
  }
  // id, path and hash first, so --resume reads them from the start of a line without parsing it whole.
  const json = JSON.stringify(article);
  const line = `{"id":${JSON.stringify(id)},"path":${JSON.stringify(path)},"hash":"${hash}",${json.slice(1)}\n`;
  return {
    status: 'analysed',
    id,
    path,
    key,
    line: encoder.encode(line),
    rows: options.rows ? articleRows(article, { id, path, hash }, fromInput) : undefined,
    stats: statsOf(article, options.summary),
  };
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

/**
 * The figures of an article the run counts. The names the summary lists (entities, quoted
 * sources, techniques) are sent only when `names` (--summary): otherwise the parent would
 * clone and tally them for nothing.
 */
export function statsOf(article: Article, names: boolean): ArticleStats {
  const byId = new Map(article.entities.map((e) => [e.id, e.name]));
  const quotedSources = article.attributions.flatMap((a) => {
    if (!a.source) return [];
    const name = (a.source.entity && byId.get(a.source.entity)) || a.source.text;
    return name ? [name] : [];
  });
  return {
    chars: article.text.length,
    paragraphs: article.paragraphs.length,
    sentences: article.sentences.length,
    claims: article.claims.length,
    hedgedClaims: article.claims.filter((c) => c.hedges.length > 0).length,
    entityCount: article.entities.length,
    quotedCount: quotedSources.length,
    entities: names ? article.entities.map((e) => `${e.name}\t${e.type}`) : [],
    quotedSources: names ? quotedSources : [],
    techniques: names ? article.techniques.map((t) => t.technique) : [],
  };
}
