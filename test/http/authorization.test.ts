import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { compileIpAllowList } from '../../src/core/auth/ip-allow-list.ts';
import { type AuthorizedApp, application, authorizedApp, user } from '../support/authorized-app.ts';

let t: AuthorizedApp;
let ip: AuthorizedApp;
const json = async (res: Response): Promise<any> => res.json();

const admin = user('admin-1', ['administrator']);
const staffingStaff = user('staff-s', ['privacy-staff'], ['sakura-staffing']);
const payrollHandler = user('handler-p', ['request-handler'], ['sakura-payroll']);
const auditor = user('auditor-1', ['auditor']);

const decision = (operator: string, purpose = 'staff-matching', roles = ['coordinator']) => ({
  action: 'use',
  actor: { kind: 'application', id: 'matching-app', roles },
  operator,
  subject: { id: 'p-2001', category: 'registered-staff' },
  items: ['name', 'qualifications'],
  purpose,
});

before(async () => {
  t = await authorizedApp();
  ip = await authorizedApp({
    ipAllow: compileIpAllowList({
      operators: { 'sakura-staffing': ['203.0.113.0/24', '2001:db8:5::/48'] },
      trustedProxies: ['10.0.0.1'],
    }),
  });
  const at = new Date('2026-05-01T00:00:00Z');
  for (const [id, operator, subjectId] of [
    ['pr-1', 'sakura-staffing', 'p-2001'],
    ['pr-2', 'sakura-payroll', 'p-2001'],
    ['pr-3', 'sakura-payroll', 'p-2002'],
  ] as const) {
    await t.store.provisions.recordProvision({
      id,
      operator,
      recipient: 'client-companies',
      subjectId,
      items: ['name', 'qualifications'],
      basis: 'consent',
      bulk: false,
      at,
    });
  }
  t.as(admin);
  for (const scope of [{ purpose: 'staff-matching' }, { purpose: 'payroll-bpo' }, { recipient: 'client-companies' }]) {
    const res = await t.call('POST', '/api/v1/consents', {
      subjectId: 'p-2001',
      status: 'given',
      scope,
      method: 'web',
      recordedBy: 'admin-1',
    });
    assert.equal(res.status, 201, JSON.stringify(await res.clone().json()));
  }
});
after(async () => {
  await t.close();
  await ip.close();
});

test('anonymous callers get 401, roles without the right 403, users without a second factor MFA_REQUIRED', async () => {
  t.as({ kind: 'anonymous' });
  assert.equal((await t.call('GET', '/api/v1/ledger')).status, 401);
  assert.equal((await t.call('GET', '/health')).status, 200);
  t.as(auditor);
  const write = await t.call('POST', '/api/v1/receipts', {});
  assert.equal(write.status, 403);
  assert.equal((await json(write)).code, 'FORBIDDEN');
  t.as(user('auditor-2', ['auditor'], 'all', false));
  const noMfa = await t.call('GET', '/api/v1/provisions');
  assert.equal(noMfa.status, 403);
  assert.equal((await json(noMfa)).code, 'MFA_REQUIRED');
  assert.equal((await t.call('GET', '/api/v1/ledger')).status, 200, 'the ledger needs no second factor');
});

test('objects of another operator are 404, not 403: decisions, receipts', async () => {
  t.as(staffingStaff);
  assert.equal((await t.call('POST', '/api/v1/decisions', decision('sakura-staffing'))).status, 200);
  const other = await t.call('POST', '/api/v1/decisions', decision('sakura-payroll'));
  assert.equal(other.status, 404);
  assert.match((await json(other)).message, /sakura-payroll/);
  const batch = await t.call('POST', '/api/v1/decisions/batch', {
    requests: [decision('sakura-staffing'), decision('sakura-career')],
  });
  assert.equal(batch.status, 404);
  t.as(payrollHandler);
  const receipt = await t.call('POST', '/api/v1/receipts', {
    operator: 'sakura-staffing',
    provider: { name: 'Example KK', address: 'Tokyo', representative: 'Representative Director' },
    providerAcquisition: 'directly from the person',
    subjectId: 'p-2001',
    items: ['name'],
    checkedBy: 'handler-p',
  });
  assert.equal(receipt.status, 404);
});

test('lists and per-person views show only the caller’s operators, with right totals', async () => {
  t.as(payrollHandler);
  const page = await json(await t.call('GET', '/api/v1/provisions'));
  assert.equal(page.total, 2);
  assert.deepEqual(page.items.map((p: any) => p.operator).sort(), ['sakura-payroll', 'sakura-payroll']);
  const person = await json(await t.call('GET', '/api/v1/subjects/p-2001/provisions'));
  assert.deepEqual(
    person.provisions.map((p: any) => p.id),
    ['pr-2'],
  );
  t.as(admin);
  assert.equal((await json(await t.call('GET', '/api/v1/provisions'))).total, 3);
});

test('consents follow their purpose’s operators; consents naming no purpose concern the whole group', async () => {
  t.as(staffingStaff);
  const page = await json(await t.call('GET', '/api/v1/consents?subjectId=p-2001'));
  assert.equal(page.total, 2);
  assert.deepEqual(page.items.map((c: any) => c.scope.purpose ?? c.scope.recipient).sort(), [
    'client-companies',
    'staff-matching',
  ]);
  const state = await json(await t.call('GET', '/api/v1/subjects/p-2001/consent-state'));
  assert.equal(state.consents.length, 2);
  const foreign = await t.call('POST', '/api/v1/suspensions', {
    subjectId: 'p-2001',
    kind: 'use',
    purpose: 'payroll-bpo',
  });
  assert.equal(foreign.status, 404);
});

test('an application token decides only for its ledger roles, purposes and operators', async () => {
  t.as(
    application('matching-app', {
      operators: ['sakura-staffing'],
      ledgerRoles: ['coordinator'],
      purposes: ['staff-matching'],
    }),
  );
  assert.equal((await t.call('POST', '/api/v1/decisions', decision('sakura-staffing'))).status, 200);
  const role = await t.call('POST', '/api/v1/decisions', decision('sakura-staffing', 'staff-matching', ['recruiter']));
  assert.equal(role.status, 403);
  assert.deepEqual(
    (await json(role)).issues.map((i: any) => i.path),
    ['actor.roles.0'],
  );
  const purpose = await t.call('POST', '/api/v1/decisions', decision('sakura-staffing', 'newsletter'));
  assert.equal(purpose.status, 403);
  assert.equal((await t.call('POST', '/api/v1/decisions', decision('sakura-career'))).status, 404);
  assert.equal((await t.call('GET', '/api/v1/ledger')).status, 403, 'applications do not read the ledger');
  assert.equal((await t.call('GET', '/api/v1/provisions')).status, 403);
});

const socket = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

test('IP allow-lists: the socket address decides; X-Forwarded-For only from the trusted proxy', async () => {
  ip.as(staffingStaff);
  assert.equal((await ip.call('GET', '/api/v1/ledger', undefined, socket('203.0.113.9'))).status, 200);
  assert.equal((await ip.call('GET', '/api/v1/ledger', undefined, socket('::ffff:203.0.113.9'))).status, 200);
  assert.equal((await ip.call('GET', '/api/v1/ledger', undefined, socket('2001:db8:5::1'))).status, 200);
  const refused = await ip.call('GET', '/api/v1/ledger', undefined, socket('198.51.100.1'));
  assert.equal(refused.status, 403);
  assert.equal((await json(refused)).code, 'IP_NOT_ALLOWED');
  const request = (xff: string, peer: string) =>
    ip.app.request('/api/v1/ledger', { headers: { 'x-forwarded-for': xff } }, socket(peer) as never);
  assert.equal((await request('203.0.113.9', '198.51.100.1')).status, 403, 'a client cannot claim an address');
  assert.equal((await request('203.0.113.9', '10.0.0.1')).status, 200);
  assert.equal((await request('198.51.100.1', '10.0.0.1')).status, 403);
  ip.as(admin);
  assert.equal((await ip.call('GET', '/api/v1/ledger', undefined, socket('198.51.100.1'))).status, 200, 'no list');
  assert.equal((await ip.call('GET', '/health', undefined, socket('198.51.100.1'))).status, 200);
  const denied = await ip.store.evidence.list({ type: 'access-denied', limit: 10 });
  assert.equal(denied.length, 3);
  assert.equal(denied[0]?.actor, 'staff-s');
  assert.equal(denied[0]?.payload.reason, 'IP_NOT_ALLOWED');
  assert.equal(denied[0]?.payload.route, 'GET /api/v1/ledger');
});

test('who recorded a consent is the authenticated caller, never what the body claims', async () => {
  t.as(admin);
  const res = await t.call('POST', '/api/v1/consents', {
    subjectId: 'p-2002',
    status: 'given',
    scope: { purpose: 'staff-matching' },
    method: 'paper',
    recordedBy: 'someone-else',
  });
  assert.equal(res.status, 201);
  const { consent } = await json(res);
  assert.equal(consent.recordedBy, `user:${admin.kind === 'user' ? admin.id : ''}`);
});
