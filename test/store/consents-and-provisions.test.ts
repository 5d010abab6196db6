import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../src/app/ports.ts';
import type { ConsentRecord } from '../../src/core/consent/consent-record.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';

const at = (iso: string) => new Date(iso);

for (const dialect of testDialects()) {
  describe(`consents, suspensions and provision records on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    before(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config);
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    test('consents round-trip exactly, oldest first per person, newest first in lists with filters', async () => {
      const given: ConsentRecord = {
        id: 'c1',
        subjectId: 'p-1',
        status: 'given',
        scope: { recipient: 'us-ads', country: 'US', items: ['name', 'email'] },
        method: 'privacy-center',
        informationVersion: 'ot1-2026-01',
        recordedBy: 'privacy-center',
        at: at('2026-05-01T00:00:00.123Z'),
      };
      const withdrawn: ConsentRecord = {
        id: 'c2',
        subjectId: 'p-1',
        status: 'withdrawn',
        scope: { purpose: 'newsletter' },
        method: 'web',
        recordedBy: 'staff-1',
        at: at('2026-05-02T00:00:00Z'),
      };
      const other: ConsentRecord = { ...withdrawn, id: 'c3', subjectId: 'p-2', at: at('2026-05-03T00:00:00Z') };
      for (const c of [withdrawn, given, other]) await store.consents.record(c);
      assert.deepEqual(await store.consents.listForSubject('p-1'), [given, withdrawn]);
      const page = await store.consents.list({ purpose: 'newsletter' }, { limit: 1, offset: 0 });
      assert.equal(page.total, 2);
      assert.deepEqual(page.items, [other]);
      const since = await store.consents.list({ since: at('2026-05-02T00:00:00Z') }, { limit: 10, offset: 0 });
      assert.deepEqual(
        since.items.map((c) => c.id),
        ['c3', 'c2'],
      );
      await assert.rejects(store.consents.record(given), 'a consent id is recorded once');
    });

    test('many people are read at once with the same lists as one at a time, unknown people empty', async () => {
      const ids = ['q-1', 'q-2', "q-'3", 'q-4'];
      for (const [n, subjectId] of ids.slice(0, 3).entries()) {
        for (const k of [2, 0, 1]) {
          await store.consents.record({
            id: `qc-${n}-${k}`,
            subjectId,
            status: k === 1 ? 'withdrawn' : 'given',
            scope: { purpose: `purpose-${k}` },
            method: 'api',
            recordedBy: 'staff-1',
            at: at(`2026-05-0${k + 1}T00:00:00Z`),
          });
        }
        await store.suspensions.add({ id: `qs-${n}`, subjectId, kind: 'use', since: at('2026-05-01T00:00:00Z') });
      }
      // Ids as a caller sends them: repeated, with SQL and JSON metacharacters, and one nobody has.
      const asked = [...ids, 'q-1', 'q-"5'];
      const consents = await store.consents.listForSubjects(asked);
      const suspensions = await store.suspensions.listForSubjects(asked);
      for (const id of asked) {
        assert.deepEqual(consents.get(id), await store.consents.listForSubject(id), `consents of ${id}`);
        assert.deepEqual(suspensions.get(id), await store.suspensions.listForSubject(id), `suspensions of ${id}`);
      }
      assert.deepEqual(
        consents.get('q-2')?.map((c) => c.id),
        ['qc-1-0', 'qc-1-1', 'qc-1-2'],
        'oldest first',
      );
      assert.deepEqual(consents.get('q-4'), []);
      assert.deepEqual(await store.consents.listForSubjects(['q-1']), new Map([['q-1', consents.get('q-1')]]));
      assert.deepEqual(await store.suspensions.listForSubjects([]), new Map());
    });

    test('suspensions can be lifted once and keep their history', async () => {
      await store.suspensions.add({
        id: 's1',
        subjectId: 'p-1',
        kind: 'provision',
        requestId: 'r-9',
        since: at('2026-05-01T00:00:00Z'),
      });
      assert.equal(await store.suspensions.lift('s1', at('2026-06-01T00:00:00Z')), true);
      assert.equal(await store.suspensions.lift('s1', at('2026-06-02T00:00:00Z')), false);
      assert.deepEqual(await store.suspensions.listForSubject('p-1'), [
        {
          id: 's1',
          subjectId: 'p-1',
          kind: 'provision',
          requestId: 'r-9',
          since: at('2026-05-01T00:00:00Z'),
          liftedAt: at('2026-06-01T00:00:00Z'),
        },
      ]);
    });

    test('a bulk provision record counts repeats and keeps three years from the last provision (RC-2, RC-5)', async () => {
      const base = {
        operator: 'staffing',
        recipient: 'client',
        subjectId: 'p-1',
        items: ['skills', 'name'],
        basis: 'consent' as const,
        consentId: 'c1',
        bulk: true,
      };
      const first = await store.provisions.recordProvision({ ...base, id: 'pr-1', at: at('2026-05-01T00:00:00Z') });
      const second = await store.provisions.recordProvision({ ...base, id: 'pr-2', at: at('2026-07-01T00:00:00Z') });
      assert.equal(second.id, first.id);
      assert.equal(second.count, 2);
      assert.deepEqual(second.items, ['name', 'skills']);
      assert.deepEqual(second.firstProvidedAt, at('2026-05-01T00:00:00Z'));
      assert.deepEqual(second.retainUntil, at('2029-07-01T00:00:00Z'));
      const optOut = { ...base, recipient: 'list-broker', basis: 'opt-out' as const };
      await store.provisions.recordProvision({ ...optOut, id: 'pr-3', at: at('2026-05-01T00:00:00Z') });
      await store.provisions.recordProvision({ ...optOut, id: 'pr-4', at: at('2026-05-02T00:00:00Z') });
      const records = await store.provisions.listForSubject('p-1');
      assert.equal(records.length, 3, 'opt-out provision is recorded each time, never in bulk');
      assert.ok(records.filter((r) => r.recipient === 'list-broker').every((r) => !r.bulk && r.count === 1));
      const byRecipient = await store.provisions.list({ recipient: 'client' }, { limit: 10, offset: 0 });
      assert.equal(byRecipient.total, 1);
    });

    test('receipt records keep the RC-4 confirmation items', async () => {
      const receipt = {
        id: 'rc-1',
        operator: 'staffing',
        provider: { name: 'Job board K.K.', address: 'Tokyo', representative: 'CEO' },
        providerAcquisition: 'registration form with consent to provision',
        subjectId: 'p-3',
        items: ['name', 'skills'],
        consentId: 'c-9',
        receivedAt: at('2026-05-05T00:00:00Z'),
        checkedBy: 'staff-2',
        retainUntil: at('2029-05-05T00:00:00Z'),
      };
      await store.provisions.recordReceipt(receipt);
      assert.deepEqual(await store.provisions.listReceiptsForSubject('p-3'), [receipt]);
    });
  });
}
