// Requests from individuals over HTTP: the public privacy center (submit, status, download with the tracking code,
// rate limit) and the staff workflow (list and overdue view, transitions, second-person approval, operator scope).
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
import { runRequestJobs } from '../../src/app/requests/request-jobs.ts';
import { readLedgerSources } from '../../src/cli/ledger-files.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { createApp } from '../../src/http/create-app.ts';
import type { HttpDeps } from '../../src/http/http-deps.ts';
import { requestDepsFor } from '../../src/http/request-deps-for.ts';
import { TokenBuckets } from '../../src/http/token-bucket.ts';
import { openStore } from '../../src/store/open-store.ts';
import { DEMO_LEDGER, user } from '../support/authorized-app.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'mamori-requests-api-'));
let now = new Date('2026-04-01T01:00:00Z');
let store: Store;
let app: ReturnType<typeof createApp>;
let httpDeps: HttpDeps;
let principal: Principal = { kind: 'anonymous' };
const mail: { to: string; text: string }[] = [];

const hana = user('hana', ['request-handler'], ['sakura-staffing']);
const ken = user('ken', ['privacy-staff'], ['sakura-staffing']);
const payroll = user('yui', ['request-handler'], ['sakura-payroll']);
const auditor = user('aki', ['auditor']);
const anonymous: Principal = { kind: 'anonymous' };

before(async () => {
  store = await openStore({ kind: 'sqlite', path: join(dir, 'mamori.sqlite') });
  const clock = { now: () => now };
  await importLedger({ store, clock }, { sources: readLedgerSources(DEMO_LEDGER), author: 't', comment: 'demo' });
  const authenticate: MiddlewareHandler = async (c, next) => {
    c.set('principal' as never, principal as never);
    await next();
  };
  httpDeps = {
    store,
    clock,
    logger: silentLogger,
    evidence: store.evidence,
    policies: new PolicyHolder(store, { refreshMs: 0 }),
    evidenceKeys: TEST_EVIDENCE_KEYS,
    authenticate,
    requests: {
      mailer: { send: async (m) => void mail.push({ to: m.to, text: m.text }) },
      publicUrl: 'https://privacy.example/',
      submitLimit: { capacity: 3, refillMs: 3_600_000 },
    },
  };
  app = createApp(httpDeps);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(as: Principal, method: string, path: string, body?: unknown, ip = '192.0.2.1') {
  principal = as;
  const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
  if (body !== undefined) init.body = JSON.stringify(body);
  return app.request(path, init, { incoming: { socket: { remoteAddress: ip } } } as never);
}
const json = async (res: Response): Promise<any> => res.json();

const disclosure = (email: string) => ({
  operator: 'sakura-staffing',
  type: 'disclosure',
  requester: { kind: 'self', identity: { kind: 'email', email }, contact: { email } },
  replyMethod: 'electronic',
  documents: [
    {
      kind: 'identity',
      fileName: 'licence.png',
      mediaType: 'image/png',
      // A PNG signature and synthetic bytes: uploads must carry their declared type's signature.
      content: Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.from('synthetic-licence'),
      ]).toString('base64'),
    },
  ],
});

let tracking = '';
let requestId = '';

test('the public submits a request and follows it with the tracking code alone', async () => {
  const res = await call(anonymous, 'POST', '/privacy/requests', disclosure('taro@example.jp'));
  assert.equal(res.status, 201);
  const body = await json(res);
  assert.equal(body.status, 'received');
  assert.equal(body.next.code, 'wait-identity-check');
  assert.equal(body.fee.amount, 1000);
  assert.doesNotMatch(JSON.stringify(body), /taro|@/, 'nothing personal comes back');
  tracking = body.trackingCode;
  const status = await call(anonymous, 'GET', `/privacy/requests/${tracking.toLowerCase()}`);
  assert.equal(status.status, 200);
  const seen = await json(status);
  assert.equal(seen.trackingCode, tracking);
  assert.doesNotMatch(JSON.stringify(seen), /taro|@/);
  assert.equal((await call(anonymous, 'GET', '/privacy/requests/0000-0000-0000-0000')).status, 404);
  const bad = await call(anonymous, 'POST', '/privacy/requests', {
    ...disclosure('x@example.jp'),
    documents: [{ kind: 'identity', fileName: '../etc/passwd', mediaType: 'image/png', content: 'AAAA' }],
  });
  assert.equal(bad.status, 400);
});

test('public submissions are rate-limited per client address (429 with the error shape)', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await call(anonymous, 'POST', '/privacy/requests', disclosure(`r${i}@example.jp`), '198.51.100.7');
    statuses.push(res.status);
    if (res.status === 429) {
      assert.equal((await json(res)).code, 'RATE_LIMITED');
      assert.ok(Number(res.headers.get('retry-after')) > 0);
    }
  }
  assert.deepEqual(statuses, [201, 201, 201, 429]);
  const other = await call(anonymous, 'POST', '/privacy/requests', disclosure('s@example.jp'), '198.51.100.8');
  assert.equal(other.status, 201, 'another address has its own bucket');
});

test('staff see the request; another operator’s handler gets 404', async () => {
  const list = await json(await call(hana, 'GET', '/api/v1/requests?type=disclosure&limit=100'));
  const mine = list.items.find((r: { trackingCode: string }) => r.trackingCode === tracking);
  assert.ok(mine, 'in the list');
  assert.equal(mine.deadline, 'on-track');
  requestId = mine.id;
  const one = await json(await call(hana, 'GET', `/api/v1/requests/${requestId}`));
  assert.equal(one.request.requester.identity.email, 'taro@example.jp');
  assert.deepEqual(
    one.timeline.map((e: { action: string }) => e.action),
    ['submit'],
  );
  assert.equal(one.documents[0].fileName, 'licence.png');
  assert.equal((await call(payroll, 'GET', `/api/v1/requests/${requestId}`)).status, 404);
  const verify = await call(payroll, 'POST', `/api/v1/requests/${requestId}/verify-identity`, { documents: ['x'] });
  assert.equal(verify.status, 404);
  const theirs = await json(await call(payroll, 'GET', '/api/v1/requests?operator=sakura-staffing'));
  assert.equal(theirs.total, 0);
  const entered = await call(payroll, 'POST', '/api/v1/requests', {
    ...disclosure('p@example.jp'),
    documents: undefined,
  });
  assert.equal(entered.status, 404, 'entering for an operator outside the scope');
});

test('the workflow runs over HTTP with a second person approving, and the link serves the right person', async () => {
  const step = async (as: Principal, name: string, body?: unknown) =>
    call(as, 'POST', `/api/v1/requests/${requestId}/${name}`, body);
  assert.equal((await json(await step(hana, 'verify-identity', { documents: ['licence'] }))).request.status, 'fee');
  assert.equal((await json(await step(hana, 'record-payment', { method: 'bank-transfer' }))).request.status, 'search');
  assert.equal((await json(await step(hana, 'search'))).request.status, 'review');
  assert.equal((await json(await step(hana, 'review'))).request.status, 'approval');
  const self = await step(hana, 'approve');
  assert.equal(self.status, 409, 'the reviewer cannot approve their own review');
  assert.equal((await json(self)).code, 'CONFLICT');
  assert.equal((await step(auditor, 'approve')).status, 403, 'auditors only read');
  assert.equal((await json(await step(ken, 'approve'))).request.status, 'approved');
  assert.equal((await step(ken, 'prepare-response', { lang: 'en' })).status, 200);
  const pdf = await call(auditor, 'GET', `/api/v1/requests/${requestId}/package?format=pdf`);
  assert.equal(pdf.status, 200);
  assert.equal(
    Buffer.from(await pdf.arrayBuffer())
      .subarray(0, 4)
      .toString(),
    '%PDF',
  );
  const sent = await step(ken, 'deliver', { maxDownloads: 2 });
  assert.equal(sent.status, 200);
  const { request, result } = await json(sent);
  assert.equal(request.status, 'response-sent');
  assert.equal(mail.length, 1);
  assert.equal(mail[0]?.to, 'taro@example.jp');
  const link = mail[0]?.text.match(/https:\/\/privacy\.example\/privacy\/downloads\/(\S+)/);
  assert.ok(link, 'the mail carries the link');
  const url = (code: string) => `/privacy/downloads/${link[1]}?format=json&trackingCode=${encodeURIComponent(code)}`;

  assert.equal((await call(anonymous, 'GET', url('AAAA-BBBB-CCCC-DDDD'))).status, 403);
  const file = await call(anonymous, 'GET', url(tracking));
  assert.equal(file.status, 200);
  assert.equal((await json(file)).request.id, requestId);
  const revoke = await call(ken, 'POST', `/api/v1/requests/${requestId}/deliveries/${result.delivery}/revoke`);
  assert.equal(revoke.status, 200);
  const gone = await call(anonymous, 'GET', url(tracking));
  assert.equal(gone.status, 410);
  assert.deepEqual(await json(gone), { code: 'GONE', message: 'this link was revoked' });

  const log = await call(auditor, 'GET', `/api/v1/requests/${requestId}/downloads?format=csv`);
  assert.equal(log.status, 200);
  const csv = await log.text();
  assert.deepEqual(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[2]),
    ['wrong-person', 'downloaded', 'revoked'],
  );
  assert.equal((await json(await step(ken, 'close'))).request.status, 'closed');
  const done = await json(await call(anonymous, 'GET', `/privacy/requests/${tracking}`));
  assert.equal(done.status, 'closed');
  assert.equal(done.next.code, 'none');
});

test('a posted request entered by staff shows in the overdue view once its due date has passed', async () => {
  const entered = await call(hana, 'POST', '/api/v1/requests', {
    operator: 'sakura-staffing',
    type: 'disclosure',
    requester: {
      kind: 'self',
      identity: { kind: 'staff-number', staffNumber: 'S-0001' },
      contact: { postalAddress: '東京都千代田区1-1' },
    },
    replyMethod: 'paper',
  });
  assert.equal(entered.status, 201);
  const { id, channel } = await json(entered);
  assert.equal(channel, 'staff');
  const overdue = async () =>
    (await json(await call(hana, 'GET', '/api/v1/requests?view=overdue'))).items.map((r: { id: string }) => r.id);
  assert.ok(!(await overdue()).includes(id));
  now = new Date('2026-05-01T00:00:00Z');
  const late = await overdue();
  assert.ok(late.includes(id), 'past its due date');
  assert.ok(!late.includes(requestId), 'a closed request is not overdue');
  assert.equal((await json(await call(payroll, 'GET', '/api/v1/requests?view=overdue'))).total, 0);
});

test('the hourly job lapses a request whose fee went unpaid, once', async () => {
  const res = await call(anonymous, 'POST', '/privacy/requests', disclosure('late@example.jp'), '203.0.113.9');
  const { trackingCode } = await json(res);
  const found = await store.requests.byTrackingCode(trackingCode);
  assert.ok(found);
  await call(hana, 'POST', `/api/v1/requests/${found.id}/verify-identity`, { documents: ['licence'] });
  const deps = requestDepsFor(httpDeps);
  await runRequestJobs(deps, silentLogger);
  assert.equal((await store.requests.get(found.id))?.status, 'fee', 'not yet past the deadline');
  now = new Date(now.getTime() + 90 * 86_400_000);
  await runRequestJobs(deps, silentLogger);
  const lapsed = await store.requests.get(found.id);
  assert.ok(lapsed && ['closed-not-made', 'refused'].includes(lapsed.status), lapsed?.status);
  await runRequestJobs(deps, silentLogger);
  assert.equal((await store.requests.events(found.id)).length, 4, 'a second run changes nothing');
});

test('the token bucket allows a burst, then one per refill period, per key', () => {
  const buckets = new TokenBuckets({ capacity: 2, refillMs: 1000 });
  assert.deepEqual(
    [0, 0, 0, 500, 1000, 1001].map((t) => buckets.take('a', t)),
    [true, true, false, false, true, false],
  );
  assert.equal(buckets.take('b', 0), true);
});
