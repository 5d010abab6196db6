import type { Connection } from 'mysql2/promise';
import type { LiveSchema } from '../../core/dataset/live-schema.ts';
import { assembleSchema } from '../sql/assemble-schema.ts';

const COLUMNS = `
SELECT c.TABLE_NAME AS table_name, c.COLUMN_NAME AS column_name, c.COLUMN_TYPE AS column_type,
       c.IS_NULLABLE AS is_nullable, c.CHARACTER_MAXIMUM_LENGTH AS max_length
FROM information_schema.COLUMNS c
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION`;

const KEYS = `
SELECT TABLE_NAME AS table_name, COLUMN_NAME AS column_name, CONSTRAINT_NAME AS constraint_name,
       REFERENCED_TABLE_NAME AS ref_table, REFERENCED_COLUMN_NAME AS ref_column
FROM information_schema.KEY_COLUMN_USAGE
WHERE TABLE_SCHEMA = DATABASE()
ORDER BY TABLE_NAME, ORDINAL_POSITION`;

type CatalogRow = Record<string, string | number | null>;

/** The current database's base tables, columns, primary keys and foreign keys. */
export async function describeMysql(connection: Connection): Promise<LiveSchema> {
  const [columns] = await connection.query(COLUMNS);
  const [keys] = await connection.query(KEYS);
  const keyRows = keys as CatalogRow[];
  return assembleSchema(
    (columns as CatalogRow[]).map((r) => ({
      table: String(r.table_name),
      column: String(r.column_name),
      type: String(r.column_type),
      nullable: r.is_nullable === 'YES',
      maxLength: r.max_length === null ? null : Number(r.max_length),
    })),
    keyRows
      .filter((r) => r.constraint_name === 'PRIMARY')
      .map((r) => ({ table: String(r.table_name), column: String(r.column_name) })),
    keyRows
      .filter((r) => r.ref_table !== null)
      .map((r) => ({
        table: String(r.table_name),
        column: String(r.column_name),
        refTable: String(r.ref_table),
        refColumn: String(r.ref_column),
      })),
  );
}
