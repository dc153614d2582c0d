/**
 * The corpus tables written by --db and --csv. Every table is keyed by the article id;
 * the rows of an article refer to each other by (article_id, local id), so joins are
 * on both columns, e.g. `attributions a JOIN entities e ON e.article_id = a.article_id
 * AND e.entity_id = a.source_entity_id`.
 */

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN';

export interface Column {
  name: string;
  type: ColumnType;
}

export interface TableDefinition {
  name: string;
  columns: Column[];
  primaryKey: string[];
  /** Foreign key: these columns refer to the primary key of `table`. */
  references?: { table: string; columns: string[] };
}

const v = (name: string): Column => ({ name, type: 'VARCHAR' });
const i = (name: string): Column => ({ name, type: 'INTEGER' });
const d = (name: string): Column => ({ name, type: 'DOUBLE' });
const b = (name: string): Column => ({ name, type: 'BOOLEAN' });

export const TABLES: readonly TableDefinition[] = [
  {
    name: 'articles',
    columns: [v('article_id'), v('path'), v('hash'), v('title'), v('url'), v('date'), v('outlet'), i('chars'), i('paragraphs'), i('sentences'), i('entities'), i('attributions'), i('claims'), i('techniques')],
    primaryKey: ['article_id'],
  },
  {
    name: 'paragraphs',
    references: { table: 'articles', columns: ['article_id'] },
    columns: [v('article_id'), v('paragraph_id'), i('start'), i('end'), v('kind'), v('kind_rule'), v('text')],
    primaryKey: ['article_id', 'paragraph_id'],
  },
  {
    name: 'sentences',
    references: { table: 'articles', columns: ['article_id'] },
    columns: [v('article_id'), v('sentence_id'), v('paragraph_id'), i('start'), i('end'), d('checkworthiness'), d('subjectivity'), v('text')],
    primaryKey: ['article_id', 'sentence_id'],
  },
  {
    name: 'entities',
    references: { table: 'articles', columns: ['article_id'] },
    columns: [v('article_id'), v('entity_id'), v('name'), v('type'), v('roles'), i('mentions'), d('salience')],
    primaryKey: ['article_id', 'entity_id'],
  },
  {
    name: 'mentions',
    references: { table: 'entities', columns: ['article_id', 'entity_id'] },
    columns: [v('article_id'), v('entity_id'), i('mention_no'), i('start'), i('end'), v('text'), v('rule'), d('confidence')],
    primaryKey: ['article_id', 'entity_id', 'mention_no'],
  },
  {
    name: 'attributions',
    references: { table: 'articles', columns: ['article_id'] },
    columns: [v('article_id'), v('attribution_id'), b('direct'), v('source_entity_id'), v('source_text'), v('cue'), i('start'), i('end'), v('content'), v('rule'), d('confidence')],
    primaryKey: ['article_id', 'attribution_id'],
  },
  {
    name: 'claims',
    references: { table: 'articles', columns: ['article_id'] },
    columns: [v('article_id'), v('claim_id'), v('sentence_id'), v('kind'), v('source'), v('attribution_id'), d('checkworthiness'), i('hedges'), v('hedge_text'), i('start'), i('end'), v('text'), d('confidence')],
    primaryKey: ['article_id', 'claim_id'],
  },
  {
    name: 'techniques',
    references: { table: 'articles', columns: ['article_id'] },
    columns: [v('article_id'), v('technique_id'), v('technique'), v('rule'), i('start'), i('end'), v('text'), d('confidence')],
    primaryKey: ['article_id', 'technique_id'],
  },
];

export function tableNamed(name: string): TableDefinition {
  const table = TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`tables: no table "${name}"; the tables are ${TABLES.map((t) => t.name).join(', ')}.`);
  return table;
}

/** `CREATE TABLE IF NOT EXISTS` for a table, with its primary and foreign keys. */
export function createTableSql(table: TableDefinition): string {
  const columns = table.columns.map((c) => `"${c.name}" ${c.type}`);
  const list = (names: string[]) => names.map((c) => `"${c}"`).join(', ');
  columns.push(`PRIMARY KEY (${list(table.primaryKey)})`);
  if (table.references) {
    const target = tableNamed(table.references.table);
    columns.push(`FOREIGN KEY (${list(table.references.columns)}) REFERENCES ${target.name} (${list(target.primaryKey)})`);
  }
  return `CREATE TABLE IF NOT EXISTS ${table.name} (${columns.join(', ')})`;
}
