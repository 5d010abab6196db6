import type { Cell } from './demo-rows.ts';

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Rows in the text format PostgreSQL COPY and MariaDB LOAD DATA both read: tabs, \N for NULL, backslash escapes. */
export function toTsv(rows: readonly (readonly Cell[])[]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (i > 0) out += '\t';
      if (value === null || value === undefined) out += '\\N';
      else if (typeof value === 'number') out += value;
      else out += SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (ch) => ESCAPES[ch]!) : value;
    }
    out += '\n';
  }
  return out;
}
