// What a connector reads from a database's catalogue, engine-neutral, for drift checks.

export type ColumnType = 'integer' | 'numeric' | 'text' | 'date' | 'timestamp' | 'boolean' | 'binary' | 'other';

export interface LiveColumn {
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** Character length limit, when the engine declares one. */
  readonly maxLength?: number;
}

export interface LiveForeignKey {
  readonly column: string;
  readonly refTable: string;
  readonly refColumn: string;
}

export interface LiveTable {
  readonly columns: Readonly<Record<string, LiveColumn>>;
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly LiveForeignKey[];
}

export interface LiveSchema {
  readonly tables: Readonly<Record<string, LiveTable>>;
}

/** Maps an engine's declared type name to the neutral kind (SQLite declared types included). */
export function columnType(declared: string): ColumnType {
  const t = declared.toLowerCase();
  if (/^(tinyint\(1\)|bool|boolean)$/.test(t)) return 'boolean';
  if (/int|serial/.test(t)) return 'integer';
  if (/numeric|decimal|real|double|float/.test(t)) return 'numeric';
  if (/char|text|clob|string|uuid|json|enum/.test(t)) return 'text';
  if (/^date$/.test(t)) return 'date';
  if (/time/.test(t)) return 'timestamp';
  if (/blob|bytea|binary/.test(t)) return 'binary';
  return 'other';
}
