import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { DuckDBConnection } from './duckdb.js';
import { TABLES, type TableDefinition } from './tables.js';

/** The CSV file each table is exported to in DIR. */
export function csvPath(dir: string, table: string): string {
  return join(dir, `${table}.csv`);
}

/**
 * The query that reads a table for CSV with every text cell made inert for spreadsheets
 * (OWASP, CSV injection): a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text and never run
 * it as a formula. Numbers are left as they are; quoting is RFC 4180's (DuckDB's writer).
 */
export function csvSelect(table: TableDefinition): string {
  const columns = table.columns.map(({ name, type }) => {
    const column = `"${name.replaceAll('"', '""')}"`;
    return type === 'VARCHAR' ? `CASE WHEN regexp_matches(${column}, '^[=+\\-@\\t\\r]') THEN '''' || ${column} ELSE ${column} END AS ${column}` : column;
  });
  return `SELECT ${columns.join(', ')} FROM ${table.name}`;
}

/**
 * Writes every corpus table as DIR/<table>.csv (a header row, RFC 4180 quoting, formula
 * cells escaped: see csvSelect) from the database the batch filled; DuckDB streams the
 * export, so memory stays flat.
 */
export async function exportCsv(connection: DuckDBConnection, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const table of TABLES) {
    const target = resolve(csvPath(dir, table.name)).replaceAll("'", "''");
    await connection.run(`COPY (${csvSelect(table)}) TO '${target}' (FORMAT csv, HEADER true)`);
  }
}
