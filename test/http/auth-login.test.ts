// Logging in through the HTTP routes: first-run bootstrap, the password and TOTP steps, enrolment, recovery codes,
// password change, and that every attempt is recorded without secrets.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bootstrapAdministrator } from '../../src/app/auth/bootstrap-administrator.ts';
import { disableUser } from '../../src/app/auth/disable-user.ts';
import { resetMfa } from '../../src/app/auth/reset-mfa.ts';
import { totpCode } from '../../src/core/auth/totp.ts';
import {
  type AuthTestApp,
  cookieHeader,
  createUserAndLogin,
  openAuthTestApp,
  TEST_HASHER,
} from '../support/http-auth.ts';

let t: AuthTestApp;
before(async () => {
  t = await openAuthTestApp();
});
after(() => t.close());

const json = async (res: Response): Promise<any> => res.json();
const login = (email: string, password: string, ip?: string) =>
  t.call('POST', '/api/v1/auth/login', { body: { email, password }, ...(ip ? { ip } : {}) });
const session = (res: Response, body: { csrfToken: string }) => ({
  cookie: cookieHeader(res),
  'x-csrf-token': body.csrfToken,
});

test('first run: one administrator, password given once, changed before anything else, then MFA enrolment', async () => {
  const deps = { store: t.store, clock: t.clock, evidence: t.evidence, hasher: TEST_HASHER };
  const first = await bootstrapAdministrator(deps);
  assert.ok(first, 'created when no account exists');
  assert.equal(await bootstrapAdministrator(deps), undefined, 'never twice');

  const res = await login(first.email, first.password);
  assert.equal(res.status, 200);
  const body = await json(res);
  assert.equal(body.stage, 'password-change-required');
  const headers = session(res, body);
  assert.equal((await t.call('GET', '/api/v1/ledger', { headers })).status, 401, 'nothing else works yet');
  assert.equal((await t.call('POST', '/api/v1/auth/totp/enroll', { headers })).status, 403, 'password first');

  const weak = await t.call('POST', '/api/v1/auth/password', {
    headers,
    body: { currentPassword: first.password, newPassword: 'Password123456!' },
  });
  assert.equal(weak.status, 400);
  assert.deepEqual(
    (await json(weak)).issues.map((i: { code: string }) => i.code),
    ['common-password'],
  );
  const newPassword = 'vT4#kq9!Lm2$Xw7&';
  const changed = await t.call('POST', '/api/v1/auth/password', {
    headers,
    body: { currentPassword: first.password, newPassword },
  });
  assert.equal(changed.status, 200);
  assert.equal((await json(changed)).stage, 'totp-enrolment-required');
  assert.equal((await t.call('GET', '/api/v1/ledger', { headers })).status, 401, 'not before enrolment');

  const { secret, uri } = await json(await t.call('POST', '/api/v1/auth/totp/enroll', { headers }));
  assert.match(uri, /^otpauth:\/\/totp\/Mamori:admin%40mamori\.local\?/);
  const wrong = await t.call('POST', '/api/v1/auth/totp/confirm', { headers, body: { code: '000000' } });
  assert.equal(wrong.status, 400);
  const confirm = await t.call('POST', '/api/v1/auth/totp/confirm', {
    headers,
    body: { code: totpCode(secret, t.clock.now()) },
  });
  assert.equal(confirm.status, 200);
  const { stage, recoveryCodes } = await json(confirm);
  assert.equal(stage, 'complete');
  assert.equal(recoveryCodes.length, 10);
  assert.equal((await t.call('GET', '/api/v1/ledger', { headers })).status, 200, 'a complete login acts');
  const me = await json(await t.call('GET', '/api/v1/auth/me', { headers }));
  assert.deepEqual(
    [me.kind, me.account.roles, me.account.operators, me.session.mfaVerified],
    ['user', ['administrator'], 'all', true],
  );
  assert.equal((await login(first.email, first.password)).status, 401, 'the first password is gone');
});

test('wrong password and unknown account get the same answer; every attempt is recorded without secrets', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  const before = t.evidence.events.length;
  const bad = await login(u.email, `${u.password}x`, '198.51.100.1');
  const unknown = await login('nobody@example.test', u.password, '198.51.100.1');
  assert.equal(bad.status, 401);
  assert.equal(unknown.status, 401);
  assert.deepEqual(await json(bad), await json(unknown));
  const attempts = await t.store.loginAttempts.list({ sourceIp: '198.51.100.1', limit: 10 });
  assert.deepEqual(attempts.map((a) => a.outcome).sort(), ['bad-password', 'unknown-user']);
  const events = t.evidence.events.slice(before);
  assert.deepEqual(
    events.map((e) => [e.type, e.payload.action, e.payload.outcome]),
    [
      ['auth', 'login', 'bad-password'],
      ['auth', 'login', 'unknown-user'],
    ],
  );
  const text = JSON.stringify(events);
  assert.ok(!text.includes(u.password) && !text.includes(u.email) && !text.includes('nobody@'), 'ids only');
});

test('an enrolled account needs its TOTP code; a code works once; recovery codes are single-use', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['privacy-staff'], now: t.clock.now });
  assert.ok(u.totpSecret);
  t.clock.advance(60_000);
  const first = await login(u.email, u.password);
  const firstBody = await json(first);
  assert.equal(firstBody.stage, 'totp-required');
  const headers = session(first, firstBody);
  assert.equal((await t.call('GET', '/api/v1/ledger', { headers })).status, 401, 'password alone is not enough');
  assert.equal((await t.call('POST', '/api/v1/auth/totp', { headers, body: { code: '123456' } })).status, 401);
  const code = totpCode(u.totpSecret, t.clock.now());
  const ok = await t.call('POST', '/api/v1/auth/totp', { headers, body: { code } });
  assert.equal(ok.status, 200);
  assert.equal((await json(ok)).stage, 'complete');
  assert.equal((await t.call('GET', '/api/v1/ledger', { headers })).status, 200);

  const second = await login(u.email, u.password);
  const secondHeaders = session(second, await json(second));
  const replay = await t.call('POST', '/api/v1/auth/totp', { headers: secondHeaders, body: { code } });
  assert.equal(replay.status, 401, 'the same code again is a replay');

  // Recovery codes: issued at enrolment (not kept by createUserAndLogin), so enrol a fresh account by hand.
  const fresh = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  await resetMfa({ store: t.store, clock: t.clock, evidence: t.evidence }, { user: fresh.email, actor: 'test' });
  const again = await login(fresh.email, fresh.password);
  const againBody = await json(again);
  assert.equal(againBody.stage, 'totp-enrolment-required', 'after reset-mfa the next login enrols again');
  const h = session(again, againBody);
  const { secret } = await json(await t.call('POST', '/api/v1/auth/totp/enroll', { headers: h }));
  const { recoveryCodes } = await json(
    await t.call('POST', '/api/v1/auth/totp/confirm', { headers: h, body: { code: totpCode(secret, t.clock.now()) } }),
  );
  const stored = await t.store.users.findByEmail(fresh.email);
  assert.equal(await t.store.users.countRecoveryCodes(stored?.id ?? ''), 10);
  t.clock.advance(60_000);
  const later = await login(fresh.email, fresh.password);
  const laterHeaders = session(later, await json(later));
  const use = await t.call('POST', '/api/v1/auth/recovery', {
    headers: laterHeaders,
    body: { code: recoveryCodes[0].toUpperCase() },
  });
  assert.equal(use.status, 200);
  assert.deepEqual(await json(use), { stage: 'complete', codesLeft: 9 });
  const reuse = await login(fresh.email, fresh.password);
  const reuseHeaders = session(reuse, await json(reuse));
  const twice = await t.call('POST', '/api/v1/auth/recovery', {
    headers: reuseHeaders,
    body: { code: recoveryCodes[0] },
  });
  assert.equal(twice.status, 401, 'a recovery code works once');
});

test('a disabled account cannot log in and its sessions end', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  assert.equal((await t.call('GET', '/api/v1/ledger', { headers: u.headers })).status, 200);
  const { sessionsEnded } = await disableUser(
    { store: t.store, clock: t.clock, evidence: t.evidence },
    { user: u.userId, actor: 'test' },
  );
  assert.equal(sessionsEnded, 1);
  assert.equal((await t.call('GET', '/api/v1/ledger', { headers: u.headers })).status, 401);
  assert.equal((await login(u.email, u.password)).status, 401);
  const [last] = await t.store.loginAttempts.list({ account: u.email, limit: 1 });
  assert.equal(last?.outcome, 'disabled');
});

test('changing the password checks the current one and ends the other sessions', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['request-handler'], now: t.clock.now });
  t.clock.advance(60_000);
  const other = await login(u.email, u.password);
  const otherHeaders = session(other, await json(other));
  const wrong = await t.call('POST', '/api/v1/auth/password', {
    headers: u.headers,
    body: { currentPassword: 'not-it', newPassword: 'vT4#kq9!Lm2$Xw7&z' },
  });
  assert.equal(wrong.status, 401);
  const short = await t.call('POST', '/api/v1/auth/password', {
    headers: u.headers,
    body: { currentPassword: u.password, newPassword: 'aB3$' },
  });
  assert.equal(short.status, 400);
  assert.deepEqual(
    (await json(short)).issues.map((i: { code: string }) => i.code),
    ['too-short'],
  );
  const ok = await t.call('POST', '/api/v1/auth/password', {
    headers: u.headers,
    body: { currentPassword: u.password, newPassword: 'vT4#kq9!Lm2$Xw7&z' },
  });
  assert.equal(ok.status, 200);
  assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: u.headers })).status, 200, 'this session stays');
  assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: otherHeaders })).status, 401, 'the other ended');
});
