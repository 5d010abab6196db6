import {
  columnType,
  type LiveColumn,
  type LiveForeignKey,
  type LiveSchema,
  type LiveTable,
} from '../../core/dataset/live-schema.ts';

export interface CatalogColumn {
  readonly table: string;
  readonly column: string;
  readonly type: string;
  readonly nullable: boolean;
  readonly maxLength: number | null;
}

/** Builds the neutral schema from catalogue rows (columns in order, primary-key columns, foreign keys). */
export function assembleSchema(
  columns: readonly CatalogColumn[],
  primaryKeys: readonly { table: string; column: string }[],
  foreignKeys: readonly (LiveForeignKey & { table: string })[],
): LiveSchema {
  const tables: Record<
    string,
    { columns: Record<string, LiveColumn>; primaryKey: string[]; foreignKeys: LiveForeignKey[] }
  > = {};
  const table = (name: string) => (tables[name] ??= { columns: {}, primaryKey: [], foreignKeys: [] });
  for (const c of columns) {
    const maxLength = c.maxLength ?? declaredLength(c.type);
    table(c.table).columns[c.column] = {
      type: columnType(c.type),
      nullable: c.nullable,
      ...(maxLength !== undefined ? { maxLength } : {}),
    };
  }
  for (const pk of primaryKeys) tables[pk.table]?.primaryKey.push(pk.column);
  for (const fk of foreignKeys)
    tables[fk.table]?.foreignKeys.push({ column: fk.column, refTable: fk.refTable, refColumn: fk.refColumn });
  return { tables: tables as Record<string, LiveTable> };
}

/** VARCHAR(254) -> 254 for engines whose catalogue only has the declared type (SQLite). */
function declaredLength(type: string): number | undefined {
  const match = /char\s*\((\d+)\)/i.exec(type);
  return match ? Number(match[1]) : undefined;
}
