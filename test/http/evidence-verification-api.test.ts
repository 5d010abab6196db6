// The console's evidence screens over HTTP: verification as a background job (202, poll the job, the result; a
// bad range is a 400 naming the field; administrators start it, auditors follow it), and the log filters the screens use
// (evidence by actor, the access log by route); the directory that names accounts in histories.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createUser } from '../../src/app/auth/create-user.ts';
import { argon2Hasher } from '../../src/app/auth/password-hasher.ts';
import { type AuthorizedApp, authorizedApp, user } from '../support/authorized-app.ts';

let t: AuthorizedApp;
const json = async (res: Response): Promise<any> => res.json();
const admin = user('admin-1', ['administrator']);
const auditor = user('auditor-1', ['auditor']);
const staff = user('staff-1', ['privacy-staff']);

before(async () => {
  t = await authorizedApp({ ledgerApprovals: 0 });
  // Something in the log: an export is evidence.
  t.as(admin);
  assert.equal((await t.call('GET', '/api/v1/ledger/export?format=csv')).status, 200);
});
after(() => t.close());

async function finished(id: string): Promise<any> {
  for (;;) {
    const job = await json(await t.call('GET', `/api/v1/evidence/verifications/${id}`));
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('POST /api/v1/evidence/verifications starts a stored job that ends with the result', async () => {
  t.as(admin);
  const res = await t.call('POST', '/api/v1/evidence/verifications', {});
  assert.equal(res.status, 202);
  const started = await json(res);
  assert.equal(started.actor, 'admin-1');
  assert.ok(started.total > 0, 'the expected number of entries is known at once');
  t.as(auditor); // auditors follow it (and write nothing themselves)
  const job = await finished(started.id);
  assert.equal(job.status, 'done');
  assert.equal(job.result.ok, true);
  assert.equal(job.result.entries, job.checked);
  assert.ok(job.finishedAt);
  const list = await json(await t.call('GET', '/api/v1/evidence/verifications?limit=5'));
  assert.equal(list.items[0].id, started.id);
  const dashboard = await t.store.verifications.latest();
  assert.deepEqual([dashboard?.ok, dashboard?.actor], [true, 'admin-1'], 'the dashboard sees the same run');
  assert.equal((await t.call('POST', '/api/v1/evidence/verifications', {})).status, 403);
});

test('a range beyond the log is a 400 naming the field; an unknown job a 404; staff may not verify', async () => {
  t.as(admin);
  const bad = await t.call('POST', '/api/v1/evidence/verifications', { to: 9_999_999 });
  assert.equal(bad.status, 400);
  const body = await json(bad);
  assert.equal(body.code, 'VALIDATION');
  assert.equal(body.issues[0].path, 'to');
  const wrongType = await json(await t.call('POST', '/api/v1/evidence/verifications', { from: 'one' }));
  assert.equal(wrongType.code, 'VALIDATION');
  assert.equal((await t.call('GET', '/api/v1/evidence/verifications/nope')).status, 404);
  t.as(staff);
  assert.equal((await t.call('POST', '/api/v1/evidence/verifications', {})).status, 403);
  assert.equal((await t.call('GET', '/api/v1/evidence/verifications')).status, 403);
});

test('the evidence log filters by actor; the access log by route', async () => {
  t.as(staff);
  assert.equal((await t.call('GET', '/api/v1/ledger/export?format=csv')).status, 200);
  t.as(admin);
  assert.equal((await t.call('GET', '/api/v1/ledger/export?format=yaml')).status, 200);
  const byActor = await json(await t.call('GET', '/api/v1/evidence?actor=staff-1&limit=500'));
  assert.ok(byActor.items.length > 0);
  assert.ok(byActor.items.every((e: { actor: string }) => e.actor === 'staff-1'));
  const route = encodeURIComponent('GET /api/v1/ledger/export');
  const byRoute = await json(await t.call('GET', `/api/v1/access-log?route=${route}`));
  assert.deepEqual(
    byRoute.items.map((e: { actor: string; payload: { route: string } }) => [e.actor, e.payload.route]),
    [
      ['admin-1', 'GET /api/v1/ledger/export'],
      ['staff-1', 'GET /api/v1/ledger/export'],
      ['admin-1', 'GET /api/v1/ledger/export'],
    ],
  );
  const none = await json(await t.call('GET', `/api/v1/access-log?route=${encodeURIComponent('GET /nowhere')}`));
  assert.deepEqual(none.items, []);
});

test('GET /api/v1/users/directory names the accounts for histories, never their secrets', async () => {
  const { user: created } = await createUser(
    { store: t.store, clock: { now: () => new Date() }, evidence: t.store.evidence, hasher: argon2Hasher() },
    {
      email: 'Hanako.Sato@example.jp',
      displayName: '佐藤 花子',
      roles: ['privacy-staff'],
      operators: 'all',
      actor: 'cli',
    },
  );
  t.as(user('handler-1', ['request-handler']));
  const res = await t.call('GET', '/api/v1/users/directory');
  assert.equal(res.status, 200);
  const body = await json(res);
  const entry = body.items.find((u: { id: string }) => u.id === created.id);
  assert.deepEqual(entry, {
    id: created.id,
    email: 'hanako.sato@example.jp',
    displayName: '佐藤 花子',
  });
  assert.doesNotMatch(JSON.stringify(body), /argon2|passwordHash|totp|privacy-staff/i, 'no secrets, no roles');
  t.as({ kind: 'anonymous' });
  assert.equal((await t.call('GET', '/api/v1/users/directory')).status, 401);
});
