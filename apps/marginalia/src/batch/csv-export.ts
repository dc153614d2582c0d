import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES } from './tables.js';

/** The CSV file each table is exported to in DIR. */
export function csvPath(dir: string, table: string): string {
  return join(dir, `${table}.csv`);
}

/**
 * Writes every corpus table as DIR/<table>.csv (a header row, RFC 4180 quoting) from
 * the database the batch filled; DuckDB streams the export, so memory stays flat.
 */
export async function exportCsv(connection: DuckDBConnection, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of TABLES) {
    const target = resolve(csvPath(dir, table.name)).replaceAll("'", "''");
    await connection.run(`COPY ${table.name} TO '${target}' (FORMAT csv, HEADER true)`);
  }
}
