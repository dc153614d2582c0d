/** The data that crosses between the batch parent and its workers. Plain, structured-clone-safe. */

/** One article to analyse: a file to read through @marginalia/ingest, or text already read (a JSONL line). */
export interface BatchTask {
  /** The article's id: its path for files, the `id` field for JSONL lines. */
  id: string;
  /** Where the article came from: a file path, or `file.jsonl:LINE`. */
  path: string;
  /** The text, when the input already held it (JSONL); absent for files. */
  text?: string;
  /** Metadata from the input (JSONL `title`, `url`, `date`, `source`). */
  meta?: Record<string, unknown>;
  /** Refuse files larger than this (bytes). */
  maxBytes?: number;
  /** Also build the table rows (for --db / --csv). */
  rows: boolean;
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
  /** `name\ttype` of each entity. */
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
