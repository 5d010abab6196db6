// The fallback users rely on when no PostgreSQL is running: proven here even when one is (CI runs it too).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.ts';
import { createPostgresDatabase } from '../support/test-databases.ts';
import { startThrowawayPostgres } from '../support/throwaway-postgres.ts';
import { newVersion, sampleLedger } from './sample-ledger.ts';

const skip =
  process.env.MAMORI_SKIP_POSTGRES === '1' || process.env.MAMORI_SKIP_THROWAWAY_POSTGRES === '1'
    ? 'PostgreSQL skipped explicitly'
    : false;

test('a throwaway PostgreSQL server starts, serves a store, and leaves nothing behind', {
  skip,
  timeout: 120_000,
}, async () => {
  const server = await startThrowawayPostgres();
  let stopped = false;
  try {
    assert.equal(server.throwaway, true);
    assert.ok(server.dir && existsSync(server.dir));
    assert.doesNotMatch(server.url, /:5432\//);
    const database = await createPostgresDatabase(process.env, server);
    const store = await openStore(database.config);
    try {
      await store.ping();
      assert.equal((await store.ledgerVersions.append(newVersion(1))).number, 1);
      assert.deepEqual((await store.ledgerVersions.latest())?.ledger, sampleLedger());
    } finally {
      await store.close();
      await database.drop();
    }
    await server.stop();
    stopped = true;
    assert.equal(existsSync(server.dir), false);
    const client = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 2000 });
    await assert.rejects(client.connect());
  } finally {
    if (!stopped) await server.stop();
  }
});
