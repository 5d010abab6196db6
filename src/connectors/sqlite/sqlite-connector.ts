import Database from 'better-sqlite3';
import type { Connector } from '../../app/connector.ts';
import type { LiveSchema } from '../../core/dataset/live-schema.ts';
import { assembleSchema, type CatalogColumn } from '../sql/assemble-schema.ts';
import { sqlConnector } from '../sql/sql-connector.ts';
import { placeholderList, type SqlDialect, type SqlSession, toRow } from '../sql/sql-session.ts';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export const sqliteDialect: SqlDialect = {
  quote,
  param: () => '?',
  equals: (column) => `${quote(column)} = ?`,
  // Matches an index on lower(column).
  caselessEquals: (column) => `lower(${quote(column)}) = ?`,
  inList: (column, values) => ({
    sql: `${quote(column)} IN (${placeholderList(sqliteDialect, values.length, 1)})`,
    params: [...values],
  }),
};

/** A SQLite file (it must exist); foreign keys enforced; statements prepared once and reused. */
export function openSqliteConnector(path: string): Connector {
  const db = new Database(path, { fileMustExist: true });
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const session = sqliteSession(db);
  return sqlConnector({
    engine: 'sqlite',
    withSession: (work) => work(session),
    describeSchema: async () => describeSqlite(db),
    close: async () => {
      db.close();
    },
  });
}

export function sqliteSession(db: Database.Database): SqlSession {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const bind = (params: readonly unknown[]) => params.map((p) => (typeof p === 'boolean' ? Number(p) : p));
  const session: SqlSession = {
    dialect: sqliteDialect,
    async query(sql, params) {
      return (prepare(sql).all(...bind(params)) as Record<string, unknown>[]).map(toRow);
    },
    async execute(sql, params) {
      return prepare(sql).run(...bind(params)).changes;
    },
    async transaction(work) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(session);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    },
  };
  return session;
}

export function describeSqlite(db: Database.Database): LiveSchema {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  const columns: CatalogColumn[] = [];
  const pks: { table: string; column: string; pk: number }[] = [];
  const fks: { table: string; column: string; refTable: string; refColumn: string }[] = [];
  for (const { name } of tables) {
    const info = db.prepare(`PRAGMA table_info(${quote(name)})`).all() as {
      name: string;
      type: string;
      notnull: number;
      pk: number;
    }[];
    for (const c of info) {
      columns.push({
        table: name,
        column: c.name,
        type: c.type,
        nullable: c.notnull === 0 && c.pk === 0,
        maxLength: null,
      });
      if (c.pk > 0) pks.push({ table: name, column: c.name, pk: c.pk });
    }
    const foreign = db.prepare(`PRAGMA foreign_key_list(${quote(name)})`).all() as {
      table: string;
      from: string;
      to: string | null;
    }[];
    for (const fk of foreign) {
      const refColumn =
        fk.to ??
        (db.prepare(`PRAGMA table_info(${quote(fk.table)})`).all() as { name: string; pk: number }[]).find(
          (c) => c.pk === 1,
        )?.name ??
        '';
      fks.push({ table: name, column: fk.from, refTable: fk.table, refColumn });
    }
  }
  pks.sort((a, b) => (a.table === b.table ? a.pk - b.pk : 0));
  return assembleSchema(columns, pks, fks);
}
