import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

const BUSY_TIMEOUT_MS = 5000;

/** Every connection's settings (the evidence writer thread's too). */
export const SQLITE_PRAGMAS: readonly string[] = [
  // WAL: readers (GET /health, exports) never block the writer.
  'journal_mode = WAL',
  // FULL, not WAL's usual NORMAL: NORMAL may lose the last commits on power loss, and a commit that
  // acknowledges evidence (a ledger version, a consent, a request step) must survive once we answered.
  'synchronous = FULL',
  'foreign_keys = ON',
  // Another process or connection (the CLI while the server runs, the evidence writer thread) may hold the
  // write lock for a moment: wait, do not fail.
  `busy_timeout = ${BUSY_TIMEOUT_MS}`,
];

/** Opens a SQLite file with the settings Mamori relies on; the directory is created when missing. */
export function openSqliteDatabase(path: string): SqliteDatabase.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new SqliteDatabase(path);
  try {
    for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Prepared statements kept per SQL text; enough for every query shape Mamori builds. */
const STATEMENT_CACHE_SIZE = 512;

/**
 * Kysely prepares every query afresh, and parsing SQL was the largest single cost of a decision over HTTP:
 * keep prepared statements by their text (Kysely serialises use of the one connection, so a statement is never
 * used twice at once; SQLite re-prepares a cached statement itself after a schema change).
 */
export function withStatementCache(db: SqliteDatabase.Database): SqliteKyselyDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => db.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement === undefined) {
        statement = db.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

type SqliteKyselyDatabase = ConstructorParameters<typeof SqliteDialect>[0]['database'] extends infer D
  ? D extends (...args: never[]) => Promise<infer R>
    ? R
    : D
  : never;

/** Kysely's SQLite dialect over better-sqlite3 (one connection; Kysely serialises access to it). */
export function sqliteDialect(path: string): SqliteDialect {
  return new SqliteDialect({ database: async () => withStatementCache(openSqliteDatabase(path)) });
}
