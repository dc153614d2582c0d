import type { TableRows } from '../batch/types.js';

/** One analysed article to store: its rows for every table, and the key it is stored under. */
export interface StoredArticle {
  id: string;
  /** Content hash of the text (the `hash` column). */
  hash: string;
  rows: TableRows;
}

/**
 * `written`: stored now; `already`: the same article (id and hash) was there (a job delivered
 * twice); `conflict`: another article with this id is stored (different text).
 */
export type WriteOutcome = 'written' | 'already' | 'conflict';

/** Where a worker stores results: PostgreSQL, or a DuckDB file. Each article is written whole or not at all. */
export interface ResultStore {
  readonly label: string;
  write(articles: StoredArticle[]): Promise<WriteOutcome[]>;
  close(): Promise<void>;
}

/** True for a `--db` that names PostgreSQL rather than a DuckDB file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

export async function openStore(db: string, options: { offsets: 'utf16' | 'codepoint' }): Promise<ResultStore> {
  if (isPostgresUrl(db)) return (await import('./pg-store.js')).PgStore.open(db, options);
  return (await import('./duckdb-store.js')).DuckDbStore.open(db, options);
}
