import pg from 'pg';
import { BatchError } from '../batch/batch-error.js';
import { TABLES, tableNamed, type ColumnType, type TableDefinition } from '../batch/tables.js';
import { reasonOf } from './connection.js';
import type { ResultStore, StoredArticle, WriteOutcome } from './store.js';

/** Bumped when the tables change shape; a database made by another version is refused, not altered. */
export const SCHEMA_VERSION = 1;

const PG_TYPES: Record<ColumnType, string> = { VARCHAR: 'text', INTEGER: 'integer', DOUBLE: 'double precision', BOOLEAN: 'boolean' };

/** `CREATE TABLE IF NOT EXISTS` in PostgreSQL's types, from the batch's table definitions (the same columns and keys as DuckDB's). */
export function pgCreateTableSql(table: TableDefinition): string {
  const list = (names: string[]) => names.map((c) => `"${c}"`).join(', ');
  const columns = table.columns.map((c) => `"${c.name}" ${PG_TYPES[c.type]}`);
  columns.push(`PRIMARY KEY (${list(table.primaryKey)})`);
  if (table.references) {
    const target = tableNamed(table.references.table);
    columns.push(`FOREIGN KEY (${list(table.references.columns)}) REFERENCES ${target.name} (${list(target.primaryKey)})`);
  }
  return `CREATE TABLE IF NOT EXISTS ${table.name} (${columns.join(', ')})`;
}

/**
 * All the rows of many articles in one statement, so one round trip and one transaction: the
 * `articles` rows go in first (`ON CONFLICT DO NOTHING`: an article already stored is left as it
 * is), and each other table takes only the rows of the articles inserted now. Rows travel as one
 * JSON array per table and are typed by `json_populate_recordset` against the table itself.
 * Foreign keys are checked at the end of the statement, when every table has its rows.
 */
function insertSql(): string {
  const [articles, ...others] = TABLES;
  const ctes = [`a AS (INSERT INTO ${articles.name} SELECT * FROM json_populate_recordset(NULL::${articles.name}, $1::json) ON CONFLICT (article_id) DO NOTHING RETURNING article_id)`];
  others.forEach((table, i) => {
    ctes.push(`t${i} AS (INSERT INTO ${table.name} SELECT r.* FROM json_populate_recordset(NULL::${table.name}, $${i + 2}::json) r WHERE r.article_id IN (SELECT article_id FROM a))`);
  });
  return `WITH ${ctes.join(',\n')}\nSELECT article_id FROM a`;
}

/** Rows (arrays in column order) as JSON objects keyed by column name. */
function rowsJson(table: TableDefinition, articles: StoredArticle[]): string {
  const names = table.columns.map((c) => c.name);
  const objects: Record<string, unknown>[] = [];
  for (const article of articles) {
    for (const row of article.rows[table.name] ?? []) {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) o[names[i]] = row[i];
      objects.push(o);
    }
  }
  return JSON.stringify(objects);
}

/** Splits `?schema=NAME` off a PostgreSQL URL: the tables go into that schema (created if missing). */
export function splitSchema(url: string): { url: string; schema?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BatchError(`--db takes a URL such as postgres://user@host:5432/db (or a DuckDB file path); got "${url}".`);
  }
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new BatchError(`?schema= takes a lower-case PostgreSQL name (letters, digits, _); got "${schema}".`);
  }
  return { url: parsed.toString(), schema };
}

/** A PostgreSQL error that means "not reachable now" (worth waiting for), not "this statement is wrong". */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (error instanceof AggregateError) return true;
  const code = e?.code ?? '';
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(code)) return true;
  // Class 08: connection exception; 57P01-03: the server shutting down or not yet accepting; 53300: too many connections.
  if (/^(08|57P0|53300)/.test(code)) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(e?.message ?? '');
}

export class PgStore implements ResultStore {
  private readonly sql = insertSql();

  private constructor(
    private readonly pool: pg.Pool,
    readonly label: string,
  ) {}

  static async open(url: string, options: { offsets: 'utf16' | 'codepoint' }): Promise<PgStore> {
    const { url: connectionString, schema } = splitSchema(url);
    const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000, options: schema ? `-c search_path=${schema}` : undefined });
    // An idle client losing its server (a restart) is not a crash: the next query takes a new one.
    pool.on('error', () => {});
    const where = new URL(connectionString);
    const label = `PostgreSQL at ${where.host}${where.pathname}${schema ? ` (schema ${schema})` : ''}`;
    const store = new PgStore(pool, label);
    try {
      await store.setUp(schema, options.offsets);
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return store;
  }

  /** Creates the schema, the tables and the version row if missing; refuses a database of another version or offset unit. */
  private async setUp(schema: string | undefined, offsets: 'utf16' | 'codepoint'): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Workers starting together would race on CREATE TABLE IF NOT EXISTS: one at a time.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('marginalia-schema'))`);
      if (schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await client.query(`SET LOCAL search_path TO "${schema}"`);
      }
      await client.query('CREATE TABLE IF NOT EXISTS marginalia_schema (version integer PRIMARY KEY, offsets text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())');
      const { rows } = await client.query<{ version: number; offsets: string }>('SELECT version, offsets FROM marginalia_schema');
      if (rows.length > 0 && (rows[0].version !== SCHEMA_VERSION || rows[0].offsets !== offsets)) {
        throw new BatchError(
          `${this.label} holds Marginalia tables of schema version ${rows[0].version} with ${rows[0].offsets} offsets; this worker writes version ${SCHEMA_VERSION} with ${offsets} offsets: use another database or schema (?schema=NAME).`,
        );
      }
      for (const table of TABLES) await client.query(pgCreateTableSql(table));
      if (rows.length === 0) {
        await client.query('INSERT INTO marginalia_schema (version, offsets) VALUES ($1, $2)', [SCHEMA_VERSION, offsets]);
        const what = offsets === 'codepoint' ? 'Unicode code points (Python str indices)' : 'UTF-16 code units (JavaScript string indices)';
        for (const table of TABLES) {
          for (const column of table.columns.filter((c) => c.name === 'start' || c.name === 'end')) {
            const role = column.name === 'start' ? 'inclusive start' : 'exclusive end';
            await client.query(`COMMENT ON COLUMN ${table.name}."${column.name}" IS '${role} offset into the article text, in ${what}'`);
          }
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      if (error instanceof BatchError) throw error;
      throw Object.assign(new BatchError(`Cannot set up the tables in ${this.label} (${reasonOf(error)}): check that the server is up and the user may create tables.`), { cause: error });
    } finally {
      client.release();
    }
  }

  async write(articles: StoredArticle[]): Promise<WriteOutcome[]> {
    if (articles.length === 0) return [];
    // Within one statement an id may appear once: a repeat (the same article twice in a batch) goes in a statement after.
    const seen = new Set<string>();
    const repeats = new Set<number>();
    articles.forEach((a, i) => (seen.has(a.id) ? repeats.add(i) : seen.add(a.id)));
    if (repeats.size > 0) {
      const first = await this.write(articles.filter((_, i) => !repeats.has(i)));
      const later = await this.write(articles.filter((_, i) => repeats.has(i)));
      return articles.map((_, i) => (repeats.has(i) ? later.shift()! : first.shift()!));
    }
    const params = TABLES.map((table) => rowsJson(table, articles));
    const { rows } = await this.pool.query<{ article_id: string }>(this.sql, params);
    const inserted = new Set(rows.map((r) => r.article_id));
    const rest = articles.filter((a) => !inserted.has(a.id)).map((a) => a.id);
    const stored = new Map<string, string>();
    if (rest.length > 0) {
      const found = await this.pool.query<{ article_id: string; hash: string }>('SELECT article_id, hash FROM articles WHERE article_id = ANY($1)', [rest]);
      for (const row of found.rows) stored.set(row.article_id, row.hash);
    }
    return articles.map((a) => (inserted.has(a.id) ? 'written' : stored.get(a.id) === a.hash ? 'already' : 'conflict'));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
