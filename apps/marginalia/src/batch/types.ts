/** The data that crosses between the batch parent and its workers. Plain, structured-clone-safe. */

/**
 * One article to analyse: a file to read through @marginalia/ingest, a JSONL line (parsed in
 * the worker, so the parent thread only splits lines), or text already read (tests, --jobs 0).
 * Kept small: it is cloned to a worker once per article; what is the same for every article
 * (size cap, rows, summary) travels once, in `AnalyseOptions`.
 */
export interface BatchTask {
  /** The article's id: its path for files; for a JSONL line, `where` until the worker reads the line's `id`. */
  id: string;
  /** Where the article came from: a file path, or `file.jsonl:LINE`. */
  path: string;
  /** A raw JSONL line (`{"id", "text", ...}`), not yet parsed. */
  line?: string;
  /** The text, when already read. */
  text?: string;
  /** Metadata from the input (JSONL `title`, `url`, `date`, `source`). */
  meta?: Record<string, unknown>;
  /** Analyse even if an earlier run's outputs hold it (--resume: a repeat beyond the copies they hold). */
  force?: boolean;
}

/** What every task of a run shares, given to each worker once. */
export interface AnalyseOptions {
  /** Refuse articles larger than this (bytes). */
  maxBytes: number;
  /** Also build the table rows (for --db / --csv). */
  rows: boolean;
  /** Also gather the names the corpus summary lists (entities, quoted sources, techniques). */
  summary: boolean;
  /** Leave out findings whose confidence is below this (0..1, `filterByConfidence`); undefined keeps all. */
  minConfidence?: number;
  /** Span offsets in the outputs: UTF-16 code units (default) or Unicode code points. */
  offsets?: 'utf16' | 'codepoint';
}

/** Rows per table, each row an array in the column order of `TABLES`. */
export type TableRows = Record<string, unknown[][]>;

/** The few figures of an article the corpus summary needs (so the parent never parses the JSON line). */
export interface ArticleStats {
  chars: number;
  paragraphs: number;
  sentences: number;
  claims: number;
  hedgedClaims: number;
  /** Entities in the article. */
  entityCount: number;
  /** Attributions with a source. */
  quotedCount: number;
  /** `name\ttype` of each entity (only when the summary is asked for, else empty). */
  entities: string[];
  /** Canonical names of the sources of attributions (the entity's name when resolved, else the source text). */
  quotedSources: string[];
  /** Technique labels, one per mark. */
  techniques: string[];
}

export interface AnalysedResult {
  status: 'analysed';
  id: string;
  path: string;
  /** The resume key (see resume-key.ts). */
  key: string;
  /** One JSONL line, UTF-8, ending in a newline. Transferred, not copied. */
  line: Uint8Array;
  rows?: TableRows;
  stats: ArticleStats;
}

/** Already in every output of an earlier run (`--resume`): not analysed again. */
export interface SkippedResult {
  status: 'skipped';
  id: string;
  path: string;
  key: string;
}

export interface FailedResult {
  status: 'failed';
  id: string;
  path: string;
  /** One line: what failed and what to do. */
  message: string;
  /** The ingest problem (`empty`, `binary`, ...), `json` for a malformed JSONL line, or `analysis`. */
  problem: string;
}

export type BatchResult = AnalysedResult | SkippedResult | FailedResult;
