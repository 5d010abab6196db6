// Entrusted data (the operator is a processor for a customer): left out of the answer and referred to the customer
// until the customer's authorisation is recorded through the API (who, when, scope, document); then included, only
// within its scope. The demo ledger's applicants are made entrusted data here (an RPO customer's candidates), with
// `requestHandling: controller-authorisation`, so the demo HR database's `candidates` table is entrusted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import { DEMO_LEDGER } from '../support/authorized-app.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { createHrDatabase, type HrDatabase } from './hr-database.ts';
import { json, PNG, type RequestApp, requestApp, step } from './request-app.ts';

const CANDIDATES = `  - id: candidates
    name: { ja: 応募者・求職者, en: Applicants and job seekers }`;

/** The demo ledger with applicants as a customer's entrusted data, answered only with its authorisation. */
function entrustedLedger() {
  return readLedgerSources(DEMO_LEDGER).map((source) => {
    if (!source.text.includes(CANDIDATES)) return source;
    const text = source.text.replace(
      CANDIDATES,
      `${CANDIDATES}
    role: processor
    entrustedBy: { ja: 採用代行の委託元企業, en: Client companies whose hiring we run }
    requestHandling: controller-authorisation`,
    );
    return { ...source, text };
  });
}

const authorisation = (extra: object = {}) => ({
  customer: 'Example Manufacturing K.K.',
  authorisedBy: 'HR manager of the customer',
  authorisedAt: '2026-04-02T09:00:00+09:00',
  scope: { categories: ['candidates'] },
  documentReference: 'AUTH-2026-0042',
  ...extra,
});

for (const dialect of testDialects()) {
  describe(`customer authorisation for entrusted data on ${dialect.kind}`, () => {
    let hr: HrDatabase;
    let database: TestDatabase;
    let node: RequestApp;
    let email = '';
    before(async () => {
      hr = await createHrDatabase(40);
      database = await dialect.createDatabase();
      node = await requestApp({
        config: database.config,
        datasets: [hr.binding()],
        ledger: entrustedLedger(),
        clock: { now: () => new Date('2026-04-10T00:00:00Z') },
      });
      // Staff who applied first: found in `staff` and, through candidate_id, in the entrusted `candidates` table.
      const [row] = await hr.query('SELECT email FROM staff WHERE candidate_id IS NOT NULL ORDER BY id LIMIT 1');
      email = String(row?.email);
    });
    after(async () => {
      await node.close();
      await database.drop();
      await hr.close();
    });

    const searched = async () => {
      const res = await node.call('anonymous', 'POST', '/privacy/requests', {
        operator: 'sakura-staffing',
        type: 'disclosure',
        requester: { kind: 'self', identity: { kind: 'email', email }, contact: { email } },
        replyMethod: 'electronic',
        documents: [{ kind: 'identity', fileName: 'id.png', mediaType: 'image/png', content: PNG }],
      });
      const id = (await node.store.requests.byTrackingCode((await json(res)).trackingCode))?.id ?? '';
      await step(node, 'hana', id, 'verify-identity', { documents: ['licence'] });
      await step(node, 'hana', id, 'record-payment', { method: 'bank-transfer' });
      await step(node, 'hana', id, 'search');
      return id;
    };
    const tables = async (id: string) => {
      const pkg = await json(await node.call('hana', 'GET', `/api/v1/requests/${id}/package?format=json`));
      return Object.fromEntries(
        pkg.systems[0].tables.map((t: { table: string; items: { item: string }[] }) => [
          t.table,
          t.items.map((i) => i.item),
        ]),
      );
    };

    test('without an authorisation the entrusted table is left out and the request shows it went to the customer', async () => {
      const id = await searched();
      const found = await tables(id);
      assert.ok(found.staff, 'the staff record is answered');
      assert.equal(found.candidates, undefined, 'the entrusted candidates table is not');
      const one = await json(await node.call('hana', 'GET', `/api/v1/requests/${id}`));
      assert.deepEqual(one.request.routedToCustomer, ['candidates']);
      const search = one.timeline.find((e: { action: string }) => e.action === 'complete-search');
      assert.deepEqual(search.note.routedToCustomer, ['candidates']);
      await step(node, 'hana', id, 'review');
      await step(node, 'ken', id, 'approve');
      await step(node, 'ken', id, 'prepare-response', { lang: 'ja' });
      const reply = await json(await node.call('hana', 'GET', `/api/v1/requests/${id}/package?format=reply`));
      assert.deepEqual(
        reply.routedToCustomer.map((r: { category: string }) => r.category),
        ['candidates'],
      );
    });

    test('a recorded authorisation sends the request back to search and the entrusted data is answered', async () => {
      const id = await searched();
      const recorded = await step(node, 'hana', id, 'customer-authorisation', authorisation());
      assert.equal(recorded.request.status, 'search', 'recorded after the search: searched again');
      const [stored] = recorded.request.customerAuthorisations;
      assert.equal(stored.customer, 'Example Manufacturing K.K.');
      assert.equal(stored.authorisedBy, 'HR manager of the customer');
      assert.equal(stored.documentReference, 'AUTH-2026-0042');
      assert.equal(stored.recordedBy, 'hana');
      assert.deepEqual(stored.scope, { categories: ['candidates'] });
      await step(node, 'hana', id, 'search');
      const found = await tables(id);
      assert.ok(found.candidates?.includes('email') && found.candidates.includes('desired-conditions'));
      const after = await json(await node.call('hana', 'GET', `/api/v1/requests/${id}`));
      assert.deepEqual(after.request.routedToCustomer, []);
      const evidence = (await node.store.evidence.list({ type: 'request', limit: 1000 })).find(
        (e) => e.payload.request === id && e.payload.action === 'record-authorisation',
      );
      assert.deepEqual((evidence?.payload.note as { categories?: string[] } | undefined)?.categories, ['candidates']);
      assert.ok(!JSON.stringify(evidence).includes('Example Manufacturing'), 'who at the customer stays out of it');
    });

    test('an authorisation limited to items answers only those items of the entrusted table', async () => {
      const id = await searched();
      await step(
        node,
        'hana',
        id,
        'customer-authorisation',
        authorisation({ scope: { categories: ['candidates'], items: ['email', 'name'] } }),
      );
      await step(node, 'hana', id, 'search');
      const found = await tables(id);
      assert.deepEqual([...found.candidates].sort(), ['email', 'name']);
      assert.ok(found.staff.includes('phone'), 'tables of the operator’s own data are not limited');
    });

    test('refused: categories the ledger sends to the customer, unknown ones, future dates; auditors; after approval', async () => {
      const id = await searched();
      const bad = await node.call(
        'hana',
        'POST',
        `/api/v1/requests/${id}/customer-authorisation`,
        authorisation({
          authorisedAt: '2027-01-01T00:00:00Z',
          scope: { categories: ['registered-staff', 'nobody'], items: ['no-such-item'] },
        }),
      );
      assert.equal(bad.status, 422);
      const body = await json(bad);
      assert.deepEqual(
        body.issues.map((i: { path: string }) => i.path),
        ['scope.categories.0', 'scope.categories.1', 'scope.items.0', 'authorisedAt'],
      );
      const missing = await node.call('hana', 'POST', `/api/v1/requests/${id}/customer-authorisation`, {
        customer: 'x',
      });
      assert.equal(missing.status, 400);
      assert.ok((await json(missing)).issues.some((i: { path: string }) => i.path.includes('documentReference')));
      const auditor = await node.call('aki', 'POST', `/api/v1/requests/${id}/customer-authorisation`, authorisation());
      assert.equal(auditor.status, 403, 'auditors only read');
      await step(node, 'hana', id, 'review');
      const late = await node.call('hana', 'POST', `/api/v1/requests/${id}/customer-authorisation`, authorisation());
      assert.equal(late.status, 409, 'once approval is asked, the answer is fixed');
      assert.equal((await json(late)).rule, 'not-allowed');
    });
  });
}
