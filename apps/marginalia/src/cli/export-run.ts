import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { filterByConfidence, type Article, type Review } from '@marginalia/core';
import { exportArticle, isExportError, labelStudioTask, renderBratConfig, renderLabelStudio, type ExportFile, type ExportFormat, type ExportOptions as FormatOptions } from '@marginalia/export';
import { isInputError, loadArticle } from '@marginalia/ingest';
import { shippedAnalyzer } from '../analysis/shipped-analyzer.js';
import { parseJsonlLine } from '../batch/jsonl-input.js';
import { inputItems, isJsonlPath, type InputItem } from '../batch/sources.js';
import { readReview } from '../reader/sidecar.js';
import { EXIT, UsageError, type CliIO } from './command.js';

/**
 * `marginalia export` past argument parsing: one article (a file, URL or standard input) or
 * a corpus (several inputs, a folder, a JSONL file), each analysed with its verdicts and
 * written in one format. Corpus formats (`doccano`, `labelstudio`, `conll`) go into one
 * file; `brat` into one collection folder with one `annotation.conf`; the others one file
 * per article in the `--out` folder.
 */
export interface ExportRun {
  format: ExportFormat;
  out?: string;
  title?: string;
  maxBytes?: number;
  minConfidence?: number;
  formatOptions: FormatOptions;
}

/** Formats whose articles are joined into one output. */
const JOINED: ReadonlySet<ExportFormat> = new Set(['doccano', 'labelstudio', 'conll', 'labelstudio-config']);

interface Exported {
  name: string;
  files: ExportFile[];
}

/** True when the inputs are a corpus rather than one article. */
export async function isCorpus(inputs: string[]): Promise<boolean> {
  if (inputs.length !== 1) return true;
  const [input] = inputs;
  if (input === '-' || /^https?:\/\//i.test(input)) return false;
  if (isJsonlPath(input)) return true;
  const { stat } = await import('node:fs/promises');
  return (await stat(input).catch(() => null))?.isDirectory() ?? false;
}

export async function runExport(inputs: string[], run: ExportRun, io: CliIO): Promise<number> {
  const corpus = await isCorpus(inputs);
  const reviewUrl = run.formatOptions.reviewUrl;
  if (corpus && reviewUrl && !reviewUrl.includes('{name}') && (run.format === 'claimreview' || run.format === 'claimreview-page')) {
    throw new UsageError(`marginalia export: each article of a corpus needs its own fact-check page: put {name} (the article's file name or id) in --review-url, e.g. https://desk.example/checks/{name}; got "${reviewUrl}".`);
  }
  if (corpus && !run.out && !JOINED.has(run.format)) {
    throw new UsageError(`marginalia export: ${run.format} writes one file per article; give --out DIR for a corpus (${inputs.length} input${inputs.length === 1 ? '' : 's'}).`);
  }
  const exported: Exported[] = [];
  const names = new Set<string>();
  let failed = 0;
  let verdicts = 0;
  const say = (line: string) => io.stderr.write(`marginalia export: ${line}\n`);
  for await (const item of corpus ? inputItems(inputs, { stdin: io.stdin }) : single(inputs[0])) {
    if (item.kind === 'failed') {
      say(item.result.message);
      failed++;
      continue;
    }
    const task = item.task.line !== undefined ? parseJsonlLine(item.task.line, item.task.path, run.maxBytes ?? 10 * 1024 * 1024) : item;
    if (task.kind === 'failed') {
      say(task.result.message);
      failed++;
      continue;
    }
    const { id, path, text, meta } = task.task;
    let loaded: { text: string; meta: Record<string, unknown> };
    try {
      loaded = text !== undefined ? { text, meta: meta ?? {} } : await loadArticle(path, { maxBytes: run.maxBytes });
    } catch (error) {
      if (!isInputError(error)) throw error;
      say(error.message);
      failed++;
      continue;
    }
    const analysed = await shippedAnalyzer().analyze(loaded.text, { meta: { ...loaded.meta, title: run.title ?? (loaded.meta.title as string | null | undefined) ?? null } });
    const article: Article = run.minConfidence === undefined ? analysed : filterByConfidence(analysed, run.minConfidence);
    const review = text !== undefined ? null : await reviewFor(path, say, analysed.text);
    verdicts += review?.verdicts.length ?? 0;
    try {
      const name = uniqueName(id, names);
      const perArticle = corpus ? { id, ...(reviewUrl ? { reviewUrl: reviewUrl.replaceAll('{name}', encodeURIComponent(name)) } : {}) } : {};
      const result = exportArticle(run.format, article, review, { ...run.formatOptions, ...perArticle });
      for (const notice of result.notices) say(corpus ? `${path}: ${notice}` : notice);
      exported.push({ name, files: result.files });
    } catch (error) {
      if (!isExportError(error)) throw error;
      if (error.kind === 'usage') throw new UsageError(`marginalia export: ${error.message}`);
      say(`${path}: ${error.message}`);
      failed++;
    }
    if (run.format === 'labelstudio-config') break;
  }
  if (exported.length === 0) return EXIT.badInput;
  const targets = outputsOf(run, exported, corpus);
  if (!targets) {
    io.stdout.write(joinedContent(run.format, exported));
    return failed > 0 ? EXIT.badInput : EXIT.ok;
  }
  for (const target of targets) {
    try {
      await mkdir(dirname(target.path), { recursive: true });
      await writeFile(target.path, target.content, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      say(`cannot write ${target.path} (${code}); check that its folder is writable.`);
      return EXIT.badInput;
    }
  }
  say(`wrote ${targets.length <= 4 ? targets.map((t) => t.path).join(', ') : `${targets.length} files under ${run.out}`} (${exported.length} article${exported.length === 1 ? '' : 's'}${verdicts > 0 ? ` with ${verdicts} verdict${verdicts === 1 ? '' : 's'}` : ''}).`);
  return failed > 0 ? EXIT.badInput : EXIT.ok;
}

async function* single(input: string): AsyncGenerator<InputItem> {
  yield { kind: 'task', task: { id: input, path: input } };
}

/** Where each file goes, or null for standard output. */
function outputsOf(run: ExportRun, exported: Exported[], corpus: boolean): Array<{ path: string; content: string }> | null {
  if (!run.out) return null;
  const out = run.out;
  if (run.format === 'brat') {
    // One collection: the .txt/.ann pairs and one annotation.conf/visual.conf for them all.
    const folder = corpus ? out : dirname(out);
    const stem = (e: Exported) => (corpus ? join(out, e.name) : out.replace(/\.(txt|ann)$/i, ''));
    const pairs = exported.flatMap((e) => e.files.filter((f) => !f.name).map((f) => ({ path: `${stem(e)}${f.suffix}`, content: f.content })));
    const conf = renderBratConfig(exported.map((e) => e.files.find((f) => f.suffix === '.ann')?.content ?? ''));
    return [...pairs, { path: join(folder, 'annotation.conf'), content: conf.annotationConf }, { path: join(folder, 'visual.conf'), content: conf.visualConf }];
  }
  if (run.format === 'labelstudio') {
    // One JSON array of tasks.
    return [{ path: out, content: joinedLabelStudio(exported) }];
  }
  if (JOINED.has(run.format) || !corpus) return [{ path: out, content: exported.map((e) => e.files[0].content).join('') }];
  return exported.map((e) => ({ path: join(out, `${e.name}${e.files[0].suffix}`), content: e.files[0].content }));
}

/** Label Studio imports one JSON array: the articles' tasks in one. */
function joinedLabelStudio(exported: Exported[]): string {
  return renderLabelStudio(exported.flatMap((e) => JSON.parse(e.files[0].content) as ReturnType<typeof labelStudioTask>[]));
}

/** Standard output: the files one after the other; Label Studio's tasks as one array. */
function joinedContent(format: ExportFormat, exported: Exported[]): string {
  return format === 'labelstudio' ? joinedLabelStudio(exported) : exported.flatMap((e) => e.files.map((f) => f.content)).join('');
}



/** A file name for an article: its file's name without extension, or its JSONL id; unique in the run. */
function uniqueName(id: string, used: Set<string>): string {
  const base = basename(id).replace(/\.[A-Za-z0-9]+$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '') || 'article';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

/** The verdicts recorded beside a file input, or in the state folder for a URL; standard input has no sidecar. */
async function reviewFor(input: string, say: (line: string) => void, text: string): Promise<Review | null> {
  if (input === '-') return null;
  const { review, problem } = await readReview(input, /^https?:\/\//i.test(input) ? text : undefined);
  if (problem) say(`${problem}; exporting without verdicts.`);
  return review;
}
