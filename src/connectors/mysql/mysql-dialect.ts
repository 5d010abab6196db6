import type { SqlDialect } from '../sql/sql-session.ts';
import { placeholderList } from '../sql/sql-session.ts';

const quote = (name: string) => `\`${name.replaceAll('`', '``')}\``;

export const mysqlDialect: SqlDialect = {
  quote,
  param: () => '?',
  equals: (column) => `${quote(column)} = ?`,
  // MariaDB/MySQL text columns use case-insensitive collations (utf8mb4_general_ci by default), so a plain
  // comparison ignores case and keeps the index; LOWER() would not.
  caselessEquals: (column) => `${quote(column)} = ?`,
  inList: (column, values) => ({
    sql: `${quote(column)} IN (${placeholderList(mysqlDialect, values.length, 1)})`,
    params: [...values],
  }),
};
