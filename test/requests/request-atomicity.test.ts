// A request's state change and its evidence entry commit together or not at all; so do a public submission and
// its identity documents. Failures are made real: a trigger in Mamori's own database refuses the evidence entry
// or the document row, as a full disk or a broken constraint would.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { StoreConfig } from '../../src/store/store-config.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { json, PNG, type RequestApp, requestApp, step } from './request-app.ts';

/** DDL on the store's database from outside the app (the fault injection). */
async function onDatabase(config: StoreConfig, statements: readonly string[]): Promise<void> {
  if (config.kind === 'sqlite') {
    const db = new Database(config.path);
    try {
      for (const statement of statements) db.exec(statement);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A trigger refusing inserts into `table` whose `column` matches the LIKE pattern; and how to remove it. */
function refuseInserts(kind: StoreConfig['kind'], table: string, column: string, like: string) {
  const name = `refuse_${table}`;
  const install =
    kind === 'sqlite'
      ? [
          `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} WHEN NEW.${column} LIKE '${like}' ` +
            `BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
        ]
      : [
          `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
            `IF NEW.${column} LIKE '${like}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`,
          `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`,
        ];
  const remove =
    kind === 'sqlite' ? [`DROP TRIGGER ${name}`] : [`DROP TRIGGER ${name} ON ${table}`, `DROP FUNCTION ${name}()`];
  return { install, remove };
}

const submission = (email: string, documents: unknown[]) => ({
  operator: 'sakura-staffing',
  type: 'disclosure',
  requester: { kind: 'self', identity: { kind: 'email', email }, contact: { email } },
  replyMethod: 'electronic',
  documents,
});
const png = (fileName: string) => ({ kind: 'identity', fileName, mediaType: 'image/png', content: PNG });

for (const dialect of testDialects()) {
  describe(`atomic request writes on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let node: RequestApp;
    before(async () => {
      database = await dialect.createDatabase();
      node = await requestApp({ config: database.config, datasets: [] });
    });
    after(async () => {
      await node.close();
      await database.drop();
    });
    const total = async () => (await node.store.requests.list({}, { limit: 1, offset: 0 })).total;
    const requestEvidence = async () => (await node.store.evidence.list({ type: 'request', limit: 10_000 })).length;

    test('a step whose evidence entry cannot be written leaves the request as it was', async () => {
      const res = await node.call(
        'anonymous',
        'POST',
        '/privacy/requests',
        submission('ev@example.jp', [png('a.png')]),
      );
      const request = await node.store.requests.byTrackingCode((await json(res)).trackingCode);
      const id = request?.id ?? '';
      await step(node, 'hana', id, 'verify-identity', { documents: ['licence'] });
      await step(node, 'hana', id, 'record-payment', { method: 'bank-transfer' });
      await step(node, 'hana', id, 'search');
      const before = await node.store.requests.get(id);
      const events = (await node.store.requests.events(id)).length;
      const head = await node.store.evidence.head();
      const fault = refuseInserts(dialect.kind, 'evidence_entries', 'payload', '%"action":"complete-review"%');
      await onDatabase(database.config, fault.install);

      const failed = await node.call('hana', 'POST', `/api/v1/requests/${id}/review`);
      assert.equal(failed.status, 500);
      assert.equal((await json(failed)).code, 'INTERNAL');
      const after = await node.store.requests.get(id);
      assert.equal(after?.status, 'review', 'the state change did not land');
      assert.equal(after?.version, before?.version);
      assert.equal(after?.reviewedBy, undefined);
      assert.equal((await node.store.requests.events(id)).length, events, 'no audit-trail event either');
      assert.deepEqual(await node.store.evidence.head(), head, 'and nothing in the chain');

      await onDatabase(database.config, fault.remove);
      assert.equal((await step(node, 'hana', id, 'review')).request.status, 'approval');
      const entries = await node.store.evidence.list({ type: 'request', limit: 10_000 });
      assert.equal(entries.filter((e) => e.payload.request === id && e.payload.action === 'complete-review').length, 1);
    });

    test('a refused document: 422 naming it, no request, no tracking code, no evidence', async () => {
      const [requests, evidence] = [await total(), await requestEvidence()];
      const notPdf = { kind: 'identity', fileName: 'scan.pdf', mediaType: 'application/pdf', content: PNG };
      const res = await node.call(
        'anonymous',
        'POST',
        '/privacy/requests',
        submission('doc@example.jp', [png('ok.png'), notPdf]),
      );
      assert.equal(res.status, 422);
      const body = await json(res);
      assert.equal(body.code, 'UNPROCESSABLE');
      assert.deepEqual(
        body.issues.map((i: { path: string }) => i.path),
        ['documents.1.content'],
      );
      assert.equal(body.trackingCode, undefined);
      const empty = { kind: 'identity', fileName: 'empty.png', mediaType: 'image/png', content: '' };
      const staff = await node.call('hana', 'POST', '/api/v1/requests', submission('doc@example.jp', [empty]));
      assert.equal(staff.status, 422, 'staff entry takes the same path');
      assert.equal((await json(staff)).issues[0].path, 'documents.0.content');
      assert.equal(await total(), requests, 'no request exists');
      assert.equal(await requestEvidence(), evidence);
    });

    test('a document the database refuses: no request, no documents, no evidence; then it goes through', async () => {
      const [requests, evidence] = [await total(), await requestEvidence()];
      const fault = refuseInserts(dialect.kind, 'request_documents', 'file_name', 'refused.png');
      await onDatabase(database.config, fault.install);
      const body = submission('store@example.jp', [png('ok.png'), png('refused.png')]);
      const res = await node.call('anonymous', 'POST', '/privacy/requests', body);
      assert.equal(res.status, 500);
      const answer = await json(res);
      assert.equal(answer.trackingCode, undefined, 'no tracking code is handed out');
      assert.ok(answer.correlationId);
      assert.equal(await total(), requests, 'the request was not stored before its documents');
      assert.equal(await requestEvidence(), evidence);

      await onDatabase(database.config, fault.remove);
      const retried = await node.call('anonymous', 'POST', '/privacy/requests', body);
      assert.equal(retried.status, 201);
      const stored = await node.store.requests.byTrackingCode((await json(retried)).trackingCode);
      assert.equal((await node.store.requests.documents(stored?.id ?? '')).length, 2);
      assert.equal(await total(), requests + 1);
    });
  });
}
