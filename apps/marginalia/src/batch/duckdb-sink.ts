import { BatchError } from './batch-error.js';
import { loadDuckDb, type DuckDb, type DuckDBAppender, type DuckDBConnection, type DuckDBInstance } from './duckdb.js';
import { resumeKey } from './resume-key.js';
import { createTableSql, TABLES } from './tables.js';
import type { TableRows } from './types.js';

/** Articles appended per transaction: big enough to be fast, small enough to lose little on a kill. */
const ARTICLES_PER_TRANSACTION = 200;
/** ...or fewer, once this long has passed, so a slow run also commits often. */
const MAX_MS_PER_TRANSACTION = 2000;

/**
 * Writes the corpus tables into a DuckDB database. Rows are buffered and appended in
 * one transaction per batch of articles, so a killed run leaves whole articles only,
 * and --resume can trust the `articles` table.
 */
export class DuckDbSink {
  private pending: TableRows[] = [];
  private appenders = new Map<string, DuckDBAppender>();
  private lastFlushAt = Date.now();

  private constructor(
    private readonly duckdb: DuckDb,
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  /**
   * Opens (creating when needed) the database; without `resume`, the corpus tables are emptied
   * first. `purpose` (`--db corpus.duckdb`) is for the message when DuckDB is not installed.
   */
  static async open(path: string, options: { resume: boolean; offsets?: 'utf16' | 'codepoint'; purpose?: string }): Promise<DuckDbSink> {
    const duckdb = await loadDuckDb(options.purpose ?? `the DuckDB database ${path}`);
    let instance: DuckDBInstance;
    try {
      instance = await duckdb.DuckDBInstance.create(path);
    } catch (error) {
      throw new BatchError(`Cannot open the DuckDB database ${path} (${(error as Error).message.split('\n')[0]}): check the path, and that no other program has it open.`);
    }
    const connection = await instance.connect();
    if (!options.resume) {
      for (const table of [...TABLES].reverse()) await connection.run(`DROP TABLE IF EXISTS ${table.name}`);
    }
    for (const table of TABLES) await connection.run(createTableSql(table));
    await commentOffsetColumns(connection, options.offsets ?? 'utf16');
    return new DuckDbSink(duckdb, path, instance, connection);
  }

  /** Resume keys and ids of the articles already in the database. */
  async existing(): Promise<{ keys: Set<string>; ids: Set<string> }> {
    const keys = new Set<string>();
    const ids = new Set<string>();
    const reader = await this.connection.runAndReadAll('SELECT article_id, hash FROM articles');
    for (const [id, hash] of reader.getRows() as Array<[string, string]>) {
      ids.add(id);
      keys.add(resumeKey(id, hash));
    }
    return { keys, ids };
  }

  async add(rows: TableRows): Promise<void> {
    this.pending.push(rows);
    if (this.pending.length >= ARTICLES_PER_TRANSACTION || Date.now() - this.lastFlushAt >= MAX_MS_PER_TRANSACTION) await this.flush();
  }

  async flush(): Promise<void> {
    this.lastFlushAt = Date.now();
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    await this.connection.run('BEGIN TRANSACTION');
    try {
      // Tables in declaration order: a table's rows go in after those they refer to.
      for (const table of TABLES) {
        const appender = await this.appender(table.name);
        const writer = this.duckdb.DuckDBDataChunkWriter.forAppender(appender, { converter: this.duckdb.JSToDuckDBValueConverter });
        for (const rows of batch) for (const row of rows[table.name] ?? []) writer.appendRow(row as never);
        writer.flush();
        appender.flushSync();
      }
      await this.connection.run('COMMIT');
    } catch (error) {
      await this.connection.run('ROLLBACK').catch(() => {});
      throw new BatchError(`Writing to the DuckDB database ${this.path} failed (${(error as Error).message.split('\n')[0]}).`);
    }
  }

  private async appender(table: string): Promise<DuckDBAppender> {
    let appender = this.appenders.get(table);
    if (!appender) {
      appender = await this.connection.createAppender(table);
      this.appenders.set(table, appender);
    }
    return appender;
  }

  get connectionForExport(): DuckDBConnection {
    return this.connection;
  }

  async close(): Promise<void> {
    await this.flush();
    for (const appender of this.appenders.values()) appender.closeSync();
    this.appenders.clear();
    // A checkpoint folds the write-ahead log into the file, so the database is one self-contained file.
    await this.connection.run('CHECKPOINT');
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** Says on every `start` and `end` column what its offsets count (`duckdb_columns()` shows it as `comment`). */
async function commentOffsetColumns(connection: DuckDBConnection, unit: 'utf16' | 'codepoint'): Promise<void> {
  const what = unit === 'codepoint' ? 'Unicode code points (Python str indices)' : 'UTF-16 code units (JavaScript string indices)';
  for (const table of TABLES) {
    for (const column of table.columns.filter((c) => c.name === 'start' || c.name === 'end')) {
      const role = column.name === 'start' ? 'inclusive start' : 'exclusive end';
      await connection.run(`COMMENT ON COLUMN ${table.name}."${column.name}" IS '${role} offset into the article text, in ${what}'`);
    }
  }
}
