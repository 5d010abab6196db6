import type { ConnectorEngine } from '../../src/app/connector.ts';
import { placeholderList, type SqlDialect, type SqlSession } from '../../src/connectors/sql/sql-session.ts';
import type { CellValue } from '../../src/core/dataset/dataset-rows.ts';

/**
 * The naive baseline: the same walk, but every predicate compares the column cast to text, so no index can be
 * used and each query scans its whole table (what an ad-hoc script that ignores keys and indexes costs).
 */
export function naiveSession(engine: ConnectorEngine, session: SqlSession): SqlSession {
  const { quote } = session.dialect;
  const asText = (c: string) =>
    engine === 'postgres'
      ? `${quote(c)}::text`
      : engine === 'mysql'
        ? `CAST(${quote(c)} AS CHAR)`
        : `CAST(${quote(c)} AS TEXT)`;
  const dialect: SqlDialect = {
    ...session.dialect,
    equals: (c, n) => `${asText(c)} = ${session.dialect.param(n)}`,
    caselessEquals: (c, n) => `lower(${asText(c)}) = ${session.dialect.param(n)}`,
    inList: (c, values, n) =>
      engine === 'postgres'
        ? { sql: `${asText(c)} = ANY($${n}::text[])`, params: [values.map(String)] }
        : { sql: `${asText(c)} IN (${placeholderList(dialect, values.length, n)})`, params: values.map(String) },
  };
  const text = (params: readonly unknown[]) =>
    params.map((p) => (Array.isArray(p) ? p : p === null ? null : String(p as CellValue)));
  return {
    dialect,
    query: (sql, params) => session.query(sql, text(params)),
    execute: (sql, params) => session.execute(sql, text(params)),
    transaction: (work) => session.transaction(work),
  };
}
