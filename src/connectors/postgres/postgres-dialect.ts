import type { SqlDialect } from '../sql/sql-session.ts';

export const postgresDialect: SqlDialect = {
  quote: (name) => `"${name.replaceAll('"', '""')}"`,
  param: (n) => `$${n}`,
  equals: (column, n) => `"${column.replaceAll('"', '""')}" = $${n}`,
  caselessEquals: (column, n) => `lower("${column.replaceAll('"', '""')}") = $${n}`,
  // One array parameter: one prepared statement whatever the list's length.
  inList: (column, values, n) => ({ sql: `"${column.replaceAll('"', '""')}" = ANY($${n})`, params: [values] }),
};
