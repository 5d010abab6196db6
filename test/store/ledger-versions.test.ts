import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Store } from '../../src/app/ports.ts';
import { AppError } from '../../src/core/app-error.ts';
import { createKysely } from '../../src/store/create-kysely.ts';
import { migrateToLatest } from '../../src/store/migrations/migrate-to-latest.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { newVersion, sampleLedger } from './sample-ledger.ts';

for (const dialect of testDialects()) {
  describe(`ledger versions on ${dialect.kind}`, () => {
    let database: TestDatabase;
    const stores: Store[] = [];
    const open = async () => {
      const store = await openStore(database.config);
      stores.push(store);
      return store;
    };

    beforeEach(async () => {
      database = await dialect.createDatabase();
    });
    afterEach(async () => {
      await Promise.all(stores.splice(0).map((store) => store.close()));
      await database.drop();
    });

    test('an empty store answers pings and has no versions', async () => {
      const store = await open();
      assert.equal(store.kind, dialect.kind);
      await store.ping();
      assert.equal(await store.ledgerVersions.latest(), undefined);
      assert.equal(await store.ledgerVersions.get(1), undefined);
      assert.deepEqual(await store.ledgerVersions.list({ limit: 10, offset: 0 }), []);
      assert.equal(await store.ledgerVersions.count(), 0);
    });

    test('append numbers from 1 and latest/get return exactly what was stored', async () => {
      const store = await open();
      const input = newVersion(1);
      const appended = await store.ledgerVersions.append(input);
      const { createdAt, ...rest } = input;
      assert.deepEqual(appended, { number: 1, ...rest, createdAt });
      assert.deepEqual(await store.ledgerVersions.latest(), appended);
      assert.deepEqual(await store.ledgerVersions.get(1), appended);
      assert.equal(await store.ledgerVersions.count(), 1);
      const second = await store.ledgerVersions.append(newVersion(2, sampleLedger('second')));
      assert.equal(second.number, 2);
      assert.equal((await store.ledgerVersions.latest())?.ledgerId, 'second');
      assert.equal((await store.ledgerVersions.get(1))?.ledgerId, 'sample');
    });

    test('the ledger JSON, the source text and created_at round-trip exactly', async () => {
      const store = await open();
      const input = newVersion(7);
      await store.ledgerVersions.append(input);
      const stored = await store.ledgerVersions.get(1);
      assert.ok(stored);
      assert.deepStrictEqual(stored.ledger, sampleLedger());
      assert.equal(stored.source, input.source);
      assert.ok(stored.createdAt instanceof Date);
      assert.equal(stored.createdAt.toISOString(), input.createdAt.toISOString());
      assert.equal(stored.createdAt.getUTCMilliseconds(), 7);
    });

    test('list is newest first and pages with limit and offset', async () => {
      const store = await open();
      for (let n = 1; n <= 5; n++) await store.ledgerVersions.append(newVersion(n));
      const numbers = async (limit: number, offset: number) =>
        (await store.ledgerVersions.list({ limit, offset })).map((version) => version.number);
      assert.deepEqual(await numbers(2, 0), [5, 4]);
      assert.deepEqual(await numbers(2, 2), [3, 2]);
      assert.deepEqual(await numbers(2, 4), [1]);
      assert.deepEqual(await numbers(2, 5), []);
      assert.deepEqual(await numbers(100, 0), [5, 4, 3, 2, 1]);
      assert.deepEqual(await numbers(0, 0), []);
      const [newest] = await store.ledgerVersions.list({ limit: 1, offset: 0 });
      const { source: _source, ledger: _ledger, ...summary } = newVersion(5);
      assert.deepEqual(newest, { number: 5, ...summary });
      assert.equal(await store.ledgerVersions.count(), 5);
    });

    test('get of a number that cannot exist is undefined; a bad page is a validation error', async () => {
      const store = await open();
      await store.ledgerVersions.append(newVersion(1));
      for (const number of [0, -1, 1.5, 2, Number.NaN, 2 ** 40]) {
        assert.equal(await store.ledgerVersions.get(number), undefined, `get(${number})`);
      }
      for (const page of [
        { limit: -1, offset: 0 },
        { limit: 10, offset: 0.5 },
      ]) {
        await assert.rejects(
          store.ledgerVersions.list(page),
          (error) => error instanceof AppError && error.code === 'VALIDATION',
        );
      }
    });

    test('20 appends in parallel get numbers 1..20 with no gaps or duplicates', async () => {
      const store = await open();
      const appended = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.ledgerVersions.append(newVersion(i + 1))),
      );
      assert.deepEqual(
        appended.map((version) => version.number).sort((a, b) => a - b),
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      assert.equal(await store.ledgerVersions.count(), 20);
      const listed = await store.ledgerVersions.list({ limit: 50, offset: 0 });
      assert.deepEqual(
        listed.map((version) => version.number),
        Array.from({ length: 20 }, (_, i) => 20 - i),
      );
    });

    test('two nodes appending at once share one gap-free sequence', async () => {
      const [a, b] = [await open(), await open()];
      const appends = Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? a : b).ledgerVersions.append(newVersion(i + 1)),
      );
      const numbers = (await Promise.all(appends)).map((version) => version.number).sort((x, y) => x - y);
      assert.deepEqual(
        numbers,
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      assert.equal(await b.ledgerVersions.count(), 20);
    });

    test('reopening keeps the data and does not migrate again', async () => {
      const first = await open();
      await first.ledgerVersions.append(newVersion(1));
      await first.close();
      const second = await open();
      assert.equal(await second.ledgerVersions.count(), 1);
      assert.deepEqual((await second.ledgerVersions.latest())?.ledger, sampleLedger());
      assert.equal((await second.ledgerVersions.append(newVersion(2))).number, 2);
      const db = createKysely(database.config);
      try {
        assert.deepEqual(await migrateToLatest(db, dialect.kind), []);
      } finally {
        await db.destroy();
      }
    });

    test('a stored row that is not a valid ledger is an INTERNAL error, not a wrong ledger', async () => {
      const store = await open();
      await store.ledgerVersions.append(newVersion(1));
      const db = createKysely(database.config);
      try {
        // Rows are append-only in the schema types, so the damage is done in raw SQL.
        await sql`update ledger_versions set ledger_json = ${'{"ledger":{"id":"x"}}'} where number = 1`.execute(db);
      } finally {
        await db.destroy();
      }
      await assert.rejects(
        store.ledgerVersions.get(1),
        (error) => error instanceof AppError && error.code === 'INTERNAL',
      );
      assert.equal((await store.ledgerVersions.list({ limit: 1, offset: 0 }))[0]?.number, 1);
    });

    if (dialect.kind === 'postgres') {
      test('several nodes starting at once on a fresh database migrate it once', async () => {
        const opened = await Promise.all(Array.from({ length: 4 }, () => open()));
        await Promise.all(opened.map((store) => store.ping()));
        assert.equal((await opened[0]!.ledgerVersions.append(newVersion(1))).number, 1);
        assert.equal(await opened[3]!.ledgerVersions.count(), 1);
      });
    }
  });
}
