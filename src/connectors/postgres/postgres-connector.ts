import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Connector } from '../../app/connector.ts';
import { sqlConnector } from '../sql/sql-connector.ts';
import { type SqlSession, toRow } from '../sql/sql-session.ts';
import { postgresDialect } from './postgres-dialect.ts';
import { describePostgres } from './postgres-schema.ts';

/** Dates and timestamps as the text PostgreSQL sends (no time-zone shifts); int8 as a number. */
const RAW_TEXT = new Set([1082, 1114, 1184, 1083, 1266]);
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (RAW_TEXT.has(oid)) return (value: string) => value;
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/** A pooled connector; statements are prepared once per connection (named by the hash of their text). */
export function openPostgresConnector(url: string, options: { readonly poolSize?: number } = {}): Connector {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, types } as pg.PoolConfig);
  pool.on('error', () => {}); // an idle client's error surfaces on the next query
  return sqlConnector({
    engine: 'postgres',
    async withSession(work) {
      const client = await pool.connect();
      try {
        return await work(postgresSession(client));
      } finally {
        client.release();
      }
    },
    async describeSchema() {
      const client = await pool.connect();
      try {
        return await describePostgres(client);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  });
}

export function postgresSession(client: pg.ClientBase): SqlSession {
  const run = (sql: string, params: readonly unknown[]) =>
    client.query({ name: statementName(sql), text: sql, values: params as unknown[] });
  const session: SqlSession = {
    dialect: postgresDialect,
    async query(sql, params) {
      return (await run(sql, params)).rows.map(toRow);
    },
    async execute(sql, params) {
      return (await run(sql, params)).rowCount ?? 0;
    },
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const result = await work(session);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
  };
  return session;
}

function statementName(sql: string): string {
  return `m_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
}
