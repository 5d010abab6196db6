import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Incident } from '../../src/app/incidents/incident-ports.ts';
import type { Store } from '../../src/app/ports.ts';
import type { ReportItems } from '../../src/core/incidents/report-items.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';

const at = new Date('2026-04-01T09:00:00.000Z');
const incident = (id: string, operator: string, discovered: string): Incident => ({
  id,
  operator,
  title: `incident ${id}`,
  description: '誤送信',
  discoveredBy: '人事部',
  systems: ['hr-db'],
  facts: {
    discoveredAt: new Date(discovered),
    cause: 'unauthorised-access',
    items: ['name', 'health-check-results'],
    peopleAffected: 12,
    stronglyEncrypted: false,
    pseudonymisedOnly: false,
    asContractorFor: 'client-a',
    privacyMarkHolder: true,
  },
  classification: {
    reportable: true,
    grounds: ['BR-1', 'BR-3'],
    notifyIndividuals: true,
    notifyClient: 'client-a',
    deadlines: {
      preliminaryReport: new Date('2026-04-04T00:00:00Z'),
      confirmedReport: new Date('2026-05-31T00:00:00Z'),
    },
  },
  status: 'open',
  submitted: {},
  createdBy: 'alice',
  createdAt: at,
  updatedAt: at,
});
const items = (summary: string): ReportItems => ({
  summary,
  personalData: '氏名',
  peopleAffected: '12',
  cause: '',
  secondaryHarm: '',
  responseToIndividuals: '',
  publicAnnouncement: '',
  recurrencePrevention: '',
  other: '',
});

for (const dialect of testDialects()) {
  describe(`incidents on ${dialect.kind}`, () => {
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

    test('incidents round-trip, update, and list by operator and status, newest discovery first', async () => {
      const a = incident('i1', 'op-a', '2026-04-01T00:00:00Z');
      await store.incidents.create(a);
      await store.incidents.create(incident('i2', 'op-b', '2026-04-02T00:00:00Z'));
      assert.deepEqual(await store.incidents.get('i1'), a);
      assert.equal(await store.incidents.get('none'), undefined);
      const submitted = { ...a, status: 'closed' as const, submitted: { 'ppc-preliminary': at } };
      await store.incidents.update(submitted);
      assert.deepEqual(await store.incidents.get('i1'), submitted);
      assert.deepEqual(
        (await store.incidents.list({})).map((i) => i.id),
        ['i2', 'i1'],
      );
      assert.deepEqual(
        (await store.incidents.list({ operators: ['op-a'] })).map((i) => i.id),
        ['i1'],
      );
      assert.deepEqual(await store.incidents.list({ operators: [] }), []);
      assert.deepEqual(
        (await store.incidents.list({ status: 'open' })).map((i) => i.id),
        ['i2'],
      );
    });

    test('report versions are numbered per kind and every version is kept, even when drafted at once', async () => {
      const drafts = await Promise.all(
        [1, 2, 3].map((n) =>
          store.incidents.addReportVersion({
            incidentId: 'i2',
            kind: 'ppc-preliminary',
            items: items(`draft ${n}`),
            author: 'alice',
            createdAt: at,
          }),
        ),
      );
      assert.deepEqual(drafts.map((d) => d.version).sort(), [1, 2, 3]);
      const other = await store.incidents.addReportVersion({
        incidentId: 'i2',
        kind: 'privacy-mark',
        items: items('p'),
        author: 'bob',
        createdAt: at,
      });
      assert.equal(other.version, 1);
      const kept = await store.incidents.reportVersions('i2', 'ppc-preliminary');
      assert.deepEqual(
        kept.map((v) => v.version),
        [1, 2, 3],
      );
      assert.equal((await store.incidents.reportVersions('i2')).length, 4);
      assert.deepEqual(kept[0]?.createdAt, at);
    });

    test('corrective actions close once; notifications keep dispatches and substitute measures', async () => {
      await store.incidents.addAction({
        id: 'a1',
        incidentId: 'i2',
        description: 'MFA for the HR database',
        owner: 'IT',
        dueDate: '2026-05-01',
        status: 'open',
        createdAt: at,
      });
      assert.equal(await store.incidents.closeAction('i1', 'a1', 'bob', at), false, 'another incident');
      assert.equal(await store.incidents.closeAction('i2', 'a1', 'bob', at), true);
      assert.equal(await store.incidents.closeAction('i2', 'a1', 'bob', at), false, 'already closed');
      const [action] = await store.incidents.actions('i2');
      assert.equal(action?.status, 'closed');
      assert.equal(action?.closedBy, 'bob');
      await store.incidents.addNotification({
        id: 'n1',
        incidentId: 'i2',
        kind: 'dispatch',
        subjectId: 'emp-1',
        channel: 'letter',
        description: '',
        recordedBy: 'alice',
        recordedAt: at,
      });
      await store.incidents.addNotification({
        id: 'n2',
        incidentId: 'i2',
        kind: 'substitute',
        description: 'website announcement and enquiry desk',
        recordedBy: 'alice',
        recordedAt: new Date(at.getTime() + 1000),
      });
      const notices = await store.incidents.notifications('i2');
      assert.deepEqual(
        notices.map((n) => [n.kind, n.subjectId, n.channel]),
        [
          ['dispatch', 'emp-1', 'letter'],
          ['substitute', undefined, undefined],
        ],
      );
    });
  });
}
