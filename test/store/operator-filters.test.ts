import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../src/app/ports.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';

// The filters operator-scoped callers' lists go through, so totals and pages stay right.
for (const dialect of testDialects()) {
  describe(`operator filters on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config);
      const at = new Date('2026-05-01T00:00:00Z');
      for (const [id, operator] of [
        ['a', 'op-a'],
        ['b', 'op-b'],
        ['c', 'op-c'],
      ] as const) {
        await store.provisions.recordProvision({
          id,
          operator,
          recipient: 'r',
          subjectId: 'p-1',
          items: ['name'],
          basis: 'consent',
          bulk: false,
          at,
        });
      }
      const consent = { subjectId: 'p-1', status: 'given', method: 'web', recordedBy: 'x', at } as const;
      await store.consents.record({ ...consent, id: 'c1', scope: { purpose: 'payroll' } });
      await store.consents.record({ ...consent, id: 'c2', scope: { purpose: 'matching' } });
      await store.consents.record({ ...consent, id: 'c3', scope: { recipient: 'r' } });
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    test('provision records of the given operators only; none given, none returned', async () => {
      const page = await store.provisions.list({ operators: ['op-a', 'op-c'] }, { limit: 10, offset: 0 });
      assert.equal(page.total, 2);
      assert.deepEqual(page.items.map((p) => p.id).sort(), ['a', 'c']);
      assert.equal((await store.provisions.list({ operators: [] }, { limit: 10, offset: 0 })).total, 0);
      assert.equal((await store.provisions.list({}, { limit: 10, offset: 0 })).total, 3);
    });

    test('consents of the visible purposes and those naming no purpose', async () => {
      const page = await store.consents.list({ visiblePurposes: ['payroll'] }, { limit: 10, offset: 0 });
      assert.equal(page.total, 2);
      assert.deepEqual(page.items.map((c) => c.id).sort(), ['c1', 'c3']);
      const none = await store.consents.list({ visiblePurposes: [] }, { limit: 10, offset: 0 });
      assert.deepEqual(
        none.items.map((c) => c.id),
        ['c3'],
      );
    });
  });
}
