import type { CellValue, DatasetRow } from '../../core/dataset/dataset-rows.ts';

/** How an engine writes identifiers, parameters and the two predicates a walk needs. */
export interface SqlDialect {
  quote(identifier: string): string;
  /** The n-th parameter (1-based). */
  param(n: number): string;
  /** `column` equal to parameter n. */
  equals(column: string, n: number): string;
  /** `column` equal to the value lower-cased, the way this engine can still use an index. */
  caselessEquals(column: string, n: number): string;
  /** `column` in a list of values starting at parameter n; returns the SQL and the parameters. */
  inList(column: string, values: readonly CellValue[], n: number): { sql: string; params: unknown[] };
}

/** A connection (or a transaction on one) that runs SQL with parameters. */
export interface SqlSession {
  readonly dialect: SqlDialect;
  query(sql: string, params: readonly unknown[]): Promise<DatasetRow[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  execute(sql: string, params: readonly unknown[]): Promise<number>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
}

/** Placeholders in IN lists, `?` or `$n` style. */
export function placeholderList(dialect: SqlDialect, count: number, start: number): string {
  return Array.from({ length: count }, (_, i) => dialect.param(start + i)).join(', ');
}

/** Engine values as neutral cells: dates as ISO text, bigints as numbers when safe, bytes as base64. */
export function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return JSON.stringify(value);
}

export function toRow(raw: Record<string, unknown>): DatasetRow {
  const row: Record<string, CellValue> = {};
  for (const [column, value] of Object.entries(raw)) row[column] = toCell(value);
  return row;
}
