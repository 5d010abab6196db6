import type pg from 'pg';
import type { LiveSchema } from '../../core/dataset/live-schema.ts';
import { assembleSchema } from '../sql/assemble-schema.ts';

const COLUMNS = `
SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.character_maximum_length
FROM information_schema.columns c
JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
ORDER BY c.table_name, c.ordinal_position`;

const PRIMARY_KEYS = `
SELECT cl.relname AS table_name, a.attname AS column_name
FROM pg_constraint con
JOIN pg_class cl ON cl.oid = con.conrelid
JOIN pg_namespace ns ON ns.oid = cl.relnamespace
CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(col, pos)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.col
WHERE con.contype = 'p' AND ns.nspname = current_schema()
ORDER BY cl.relname, k.pos`;

const FOREIGN_KEYS = `
SELECT cl.relname AS table_name, a.attname AS column_name, rcl.relname AS ref_table, ra.attname AS ref_column
FROM pg_constraint con
JOIN pg_class cl ON cl.oid = con.conrelid
JOIN pg_namespace ns ON ns.oid = cl.relnamespace
JOIN pg_class rcl ON rcl.oid = con.confrelid
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) AS k(col, refcol)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.col
JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refcol
WHERE con.contype = 'f' AND ns.nspname = current_schema()`;

/** The current schema's base tables, columns, primary keys and foreign keys. */
export async function describePostgres(client: pg.ClientBase): Promise<LiveSchema> {
  const columns = await client.query(COLUMNS);
  const pks = await client.query(PRIMARY_KEYS);
  const fks = await client.query(FOREIGN_KEYS);
  return assembleSchema(
    columns.rows.map((r) => ({
      table: r.table_name,
      column: r.column_name,
      type: r.data_type,
      nullable: r.is_nullable === 'YES',
      maxLength: r.character_maximum_length === null ? null : Number(r.character_maximum_length),
    })),
    pks.rows.map((r) => ({ table: r.table_name, column: r.column_name })),
    fks.rows.map((r) => ({
      table: r.table_name,
      column: r.column_name,
      refTable: r.ref_table,
      refColumn: r.ref_column,
    })),
  );
}
