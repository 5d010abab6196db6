import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSqliteDatabase } from '../../src/store/sqlite-dialect.ts';

test('SQLite opens with WAL, synchronous=FULL, foreign keys and a busy timeout, creating its folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mamori-sqlite-'));
  try {
    const path = join(dir, 'nested', 'data', 'mamori.sqlite');
    const db = openSqliteDatabase(path);
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.equal(db.pragma('synchronous', { simple: true }), 2);
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
      assert.equal(db.pragma('busy_timeout', { simple: true }), 5000);
    } finally {
      db.close();
    }
    assert.ok(existsSync(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
