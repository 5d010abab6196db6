// The routes the privacy center's form and the console's request screens add: the public request procedures
// (types, fees, identity documents per agent kind, reply methods), the identity documents for the checker, and the search as a background job with
// progress per system, refused when the request is not waiting for a search.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { MiddlewareHandler } from 'hono';
import { importLedger } from '../../src/app/import-ledger.ts';
import { silentLogger } from '../../src/app/logger.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Store } from '../../src/app/ports.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { createApp } from '../../src/http/create-app.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createDemoFixture, type DemoFixture } from '../connectors/demo-fixture.ts';
import { DEMO_LEDGER, user } from '../support/authorized-app.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'mamori-request-console-'));
let store: Store;
let fixture: DemoFixture;
let app: ReturnType<typeof createApp>;
let principal: Principal = { kind: 'anonymous' };
let person = '';

const hana = user('hana', ['request-handler'], ['sakura-staffing']);
const payroll = user('yui', ['request-handler'], ['sakura-payroll']);
const auditor = user('aki', ['auditor']);
const anonymous: Principal = { kind: 'anonymous' };
// A PNG signature and synthetic bytes: uploads must carry their declared type's signature.
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('synthetic-id')]);

before(async () => {
  store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  const clock = { now: () => new Date() };
  await importLedger({ store, clock }, { sources: readLedgerSources(DEMO_LEDGER), author: 't', comment: 'demo' });
  fixture = await createDemoFixture('sqlite', 40);
  const [row] = await fixture.raw('SELECT email FROM staff WHERE email IS NOT NULL ORDER BY id LIMIT 1');
  person = String(row?.email);
  const authenticate: MiddlewareHandler = async (c, next) => {
    c.set('principal' as never, principal as never);
    await next();
  };
  app = createApp({
    store,
    clock,
    logger: silentLogger,
    evidence: store.evidence,
    policies: new PolicyHolder(store, { refreshMs: 0 }),
    evidenceKeys: TEST_EVIDENCE_KEYS,
    authenticate,
    requests: { datasets: [fixture.binding] },
  });
});
after(async () => {
  await fixture.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(as: Principal, method: string, path: string, body?: unknown) {
  principal = as;
  const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  return app.request(path, init, { incoming: { socket: { remoteAddress: '192.0.2.9' } } } as never);
}
const json = async (res: Response): Promise<any> => res.json();

test('anyone reads each operator’s request procedure: types, fees, documents per agent kind, reply methods', async () => {
  const res = await call(anonymous, 'GET', '/privacy/request-procedures');
  assert.equal(res.status, 200);
  const body = await json(res);
  const byId = new Map<string, any>(body.operators.map((o: any) => [o.id, o]));
  const staffing = byId.get('sakura-staffing');
  assert.equal(staffing.name.ja.length > 0, true);
  assert.equal(staffing.procedure.fees.disclosure, 1000);
  assert.equal(staffing.procedure.fees.correction, undefined, 'types without a fee are free');
  assert.deepEqual(Object.keys(staffing.procedure.identity.agents).sort(), [
    'adult-guardian',
    'attorney',
    'parental-authority',
  ]);
  assert.equal(staffing.procedure.identity.agents.attorney.length, 2);
  assert.deepEqual(staffing.procedure.replyMethods, ['electronic', 'paper']);
  assert.equal(staffing.procedure.payment.unpaid, 'deemed-not-made');
  const career = byId.get('sakura-career');
  assert.deepEqual(career.procedure.replyMethods, ['paper']);
  assert.equal(career.procedure.payment.enclosedWithRequest, true);
  assert.deepEqual(Object.keys(career.procedure.identity.agents), ['attorney']);
  // The ledger's e-mail reply is an electronic reply for the form.
  assert.deepEqual(byId.get('sakura-payroll').procedure.replyMethods, ['electronic']);
});

test('the search runs as a job: progress per system, then the request is in review with what was found', async () => {
  const submitted = await call(anonymous, 'POST', '/privacy/requests', {
    operator: 'sakura-staffing',
    type: 'disclosure',
    requester: { kind: 'self', identity: { kind: 'email', email: person }, contact: { email: person } },
    replyMethod: 'electronic',
    documents: [{ kind: 'identity', fileName: 'licence.png', mediaType: 'image/png', content: PNG.toString('base64') }],
  });
  assert.equal(submitted.status, 201);
  const tracking = (await json(submitted)).trackingCode;
  const list = await json(await call(hana, 'GET', '/api/v1/requests?limit=100'));
  const id = list.items.find((r: { trackingCode: string }) => r.trackingCode === tracking).id;

  // The identity document, opened for the checker (sealed at rest), as an attachment of its own type.
  const [doc] = (await json(await call(hana, 'GET', `/api/v1/requests/${id}`))).documents;
  const file = await call(hana, 'GET', `/api/v1/requests/${id}/documents/${doc.id}`);
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'image/png');
  assert.match(file.headers.get('content-disposition') ?? '', /^attachment/);
  assert.deepEqual(Buffer.from(await file.arrayBuffer()), PNG);
  assert.equal((await call(auditor, 'GET', `/api/v1/requests/${id}/documents/${doc.id}`)).status, 200);
  assert.equal((await call(payroll, 'GET', `/api/v1/requests/${id}/documents/${doc.id}`)).status, 404);
  assert.equal((await call(hana, 'GET', `/api/v1/requests/${id}/documents/nope`)).status, 404);
  assert.equal((await call(anonymous, 'GET', `/api/v1/requests/${id}/documents/${doc.id}`)).status, 401);

  const early = await call(hana, 'POST', `/api/v1/requests/${id}/search-job`);
  assert.equal(early.status, 409, 'not before the identity is checked');
  assert.equal((await json(early)).code, 'CONFLICT');
  assert.equal((await call(hana, 'GET', `/api/v1/requests/${id}/search-job`)).status, 404, 'no job yet');

  await call(hana, 'POST', `/api/v1/requests/${id}/verify-identity`, { documents: ['licence'] });
  await call(hana, 'POST', `/api/v1/requests/${id}/record-payment`, { method: 'bank-transfer' });
  assert.equal((await call(auditor, 'POST', `/api/v1/requests/${id}/search-job`)).status, 403, 'auditors read');
  assert.equal((await call(payroll, 'POST', `/api/v1/requests/${id}/search-job`)).status, 404, 'other operator');

  const started = await call(hana, 'POST', `/api/v1/requests/${id}/search-job`);
  assert.equal(started.status, 202);
  const job = await json(started);
  assert.equal(job.startedBy, 'hana');
  assert.deepEqual(
    job.systems.map((s: { system: string }) => s.system),
    ['hr-database'],
  );
  let progress = job;
  while (progress.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    progress = await json(await call(auditor, 'GET', `/api/v1/requests/${id}/search-job`));
  }
  assert.equal(progress.state, 'done', JSON.stringify(progress.error));
  assert.equal(progress.systems[0].state, 'done');
  assert.ok(progress.systems[0].rows > 0, 'the person’s rows were found');
  assert.ok(progress.result.tables > 0);
  assert.equal(progress.result.rows, progress.systems[0].rows);

  const after = await json(await call(hana, 'GET', `/api/v1/requests/${id}`));
  assert.equal(after.request.status, 'review');
  assert.equal(after.timeline.at(-1).action, 'complete-search');
  assert.equal(after.timeline.at(-1).actor, 'hana');
  const again = await call(hana, 'POST', `/api/v1/requests/${id}/search-job`);
  assert.equal(again.status, 409, 'a request in review is not searched again');
});

test('colleagues see who an actor id is (e-mail, display name), nothing more; not to anonymous callers', async () => {
  await store.users.create({
    id: 'u-ken',
    email: 'ken@sakura.example',
    displayName: 'Ken',
    roles: ['privacy-staff'],
    operators: ['sakura-staffing'],
    passwordHash: '$argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA',
    mustChangePassword: false,
    createdAt: new Date(),
    createdBy: 'test',
  });
  const res = await call(auditor, 'GET', '/api/v1/accounts/u-ken');
  assert.equal(res.status, 200);
  assert.deepEqual(await json(res), { id: 'u-ken', email: 'ken@sakura.example', displayName: 'Ken' });
  assert.equal((await call(hana, 'GET', '/api/v1/accounts/nobody')).status, 404);
  assert.equal((await call(anonymous, 'GET', '/api/v1/accounts/u-ken')).status, 401);
});
