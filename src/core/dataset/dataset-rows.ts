// Rows read from a company database, engine-neutral: dates as YYYY-MM-DD text, integers as numbers.

export type CellValue = string | number | boolean | null;
export type DatasetRow = Readonly<Record<string, CellValue>>;

/** The rows of one table that belong to the person, keyed by the string form of the table's key. */
export type TableRows = ReadonlyMap<string, DatasetRow>;

/** Everything found for one person in one database: table name to rows. */
export type FoundRows = ReadonlyMap<string, TableRows>;

export function keyString(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
