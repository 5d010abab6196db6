import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

const BUSY_TIMEOUT_MS = 5000;

/** Opens a SQLite file with the settings Mamori relies on; the directory is created when missing. */
export function openSqliteDatabase(path: string): SqliteDatabase.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new SqliteDatabase(path);
  try {
    // WAL: readers (GET /health, exports) never block the writer.
    db.pragma('journal_mode = WAL');
    // FULL, not WAL's usual NORMAL: NORMAL may lose the last commits on power loss, and a commit that
    // acknowledges evidence (a ledger version, a consent, a request step) must survive once we answered.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Another process (the CLI while the server runs) may hold the write lock for a moment: wait, do not fail.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Kysely's SQLite dialect over better-sqlite3 (one connection; Kysely serialises access to it). */
export function sqliteDialect(path: string): SqliteDialect {
  return new SqliteDialect({ database: async () => openSqliteDatabase(path) });
}
