import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { ConnectorEngine } from '../../src/app/connector.ts';
import { mysqlOptions, mysqlSession } from '../../src/connectors/mysql/mysql-connector.ts';
import { postgresSession } from '../../src/connectors/postgres/postgres-connector.ts';
import type { SqlSession } from '../../src/connectors/sql/sql-session.ts';
import { sqliteSession } from '../../src/connectors/sqlite/sqlite-connector.ts';
import { createPostgresDatabase } from '../../test/support/test-databases.ts';
import { createMysqlDatabase } from '../../test/support/test-mariadb.ts';

/** A fresh database of one engine for the benchmark, dropped afterwards. */
export interface BenchTarget {
  readonly target: string;
  /** A raw session (for the naive baseline); closed by `drop`. */
  session(): Promise<SqlSession>;
  drop(): Promise<void>;
}

export async function createBenchTarget(engine: ConnectorEngine): Promise<BenchTarget> {
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.splice(0)) await close().catch(() => {});
  };
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-bench-'));
    const path = join(dir, 'hr.sqlite');
    return {
      target: path,
      async session() {
        const db = new Database(path, { readonly: true });
        closers.push(async () => {
          db.close();
        });
        return sqliteSession(db);
      },
      async drop() {
        await closeAll();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (engine === 'postgres') {
    const database = await createPostgresDatabase();
    const url = database.config.kind === 'postgres' ? database.config.url : '';
    return {
      target: url,
      async session() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        closers.push(() => client.end());
        return postgresSession(client);
      },
      async drop() {
        await closeAll();
        await database.drop();
      },
    };
  }
  const database = await createMysqlDatabase();
  return {
    target: database.url,
    async session() {
      const pool = mysql.createPool({ ...mysqlOptions(database.url), connectionLimit: 1 });
      const connection = await pool.getConnection();
      closers.push(async () => {
        connection.release();
        await pool.end();
      });
      return mysqlSession(connection);
    },
    async drop() {
      await closeAll();
      await database.drop();
    },
  };
}
