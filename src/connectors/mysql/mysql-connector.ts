import mysql, { type PoolConnection, type ResultSetHeader } from 'mysql2/promise';
import type { Connector } from '../../app/connector.ts';

type ExecuteValues = Parameters<PoolConnection['execute']>[1] & unknown[];

import { sqlConnector } from '../sql/sql-connector.ts';
import { type SqlSession, toRow } from '../sql/sql-session.ts';
import { mysqlDialect } from './mysql-dialect.ts';
import { describeMysql } from './mysql-schema.ts';

/** MySQL/MariaDB options every connection shares: dates as text, utf8mb4, no multi-statements. */
export function mysqlOptions(url: string) {
  return {
    uri: url,
    dateStrings: true,
    charset: 'utf8mb4',
    supportBigNumbers: true,
    multipleStatements: false,
  } as const;
}

/** A pooled MySQL/MariaDB connector; statements are prepared (mysql2 caches them per connection). */
export function openMysqlConnector(url: string, options: { readonly poolSize?: number } = {}): Connector {
  const pool = mysql.createPool({ ...mysqlOptions(url), connectionLimit: options.poolSize ?? 4 });
  const withConnection = async <T>(work: (connection: PoolConnection) => Promise<T>): Promise<T> => {
    const connection = await pool.getConnection();
    try {
      return await work(connection);
    } finally {
      connection.release();
    }
  };
  return sqlConnector({
    engine: 'mysql',
    withSession: (work) => withConnection((connection) => work(mysqlSession(connection))),
    describeSchema: () => withConnection(describeMysql),
    close: () => pool.end(),
  });
}

export function mysqlSession(connection: PoolConnection): SqlSession {
  const session: SqlSession = {
    dialect: mysqlDialect,
    async query(sql, params) {
      const [rows] = await connection.execute(sql, params as ExecuteValues);
      return (rows as Record<string, unknown>[]).map(toRow);
    },
    async execute(sql, params) {
      const [result] = await connection.execute(sql, params as ExecuteValues);
      return (result as ResultSetHeader).affectedRows;
    },
    async transaction(work) {
      await connection.beginTransaction();
      try {
        const result = await work(session);
        await connection.commit();
        return result;
      } catch (error) {
        await connection.rollback().catch(() => {});
        throw error;
      }
    },
  };
  return session;
}
