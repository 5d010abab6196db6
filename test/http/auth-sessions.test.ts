// Console sessions and API tokens: cookie attributes, CSRF, idle and absolute timeouts with an injected clock,
// revocation; tokens shown once, stored hashed, scoped, expiring.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type AuthTestApp, createApiToken, createUserAndLogin, openAuthTestApp } from '../support/http-auth.ts';

let t: AuthTestApp;
before(async () => {
  t = await openAuthTestApp();
});
after(() => t.close());

const json = async (res: Response): Promise<any> => res.json();
const MIN = 60_000;

test('the session cookie is HttpOnly, SameSite=Strict, and Secure with the __Host- prefix over TLS', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  const body = { email: u.email, password: u.password };
  const plain = (await t.call('POST', '/api/v1/auth/login', { body })).headers.getSetCookie();
  const session = plain.find((c) => c.startsWith('mamori_session='));
  assert.match(session ?? '', /; HttpOnly/);
  assert.match(session ?? '', /; SameSite=Strict/);
  assert.match(session ?? '', /; Path=\//);
  assert.doesNotMatch(session ?? '', /Secure/, 'plain HTTP: a Secure cookie would never come back');
  assert.doesNotMatch(plain.find((c) => c.startsWith('mamori_csrf=')) ?? '', /HttpOnly/, 'the console reads it');
  const tls = await t.call('POST', '/api/v1/auth/login', {
    body,
    url: 'https://mamori.example.test/api/v1/auth/login',
  });
  const secure = tls.headers.getSetCookie().find((c) => c.startsWith('__Host-mamori_session='));
  assert.match(secure ?? '', /; Secure/);
  assert.match(secure ?? '', /; HttpOnly/);
});

test('CSRF: a cookie-authenticated change needs this session’s token in x-csrf-token', async () => {
  const a = await createUserAndLogin(t.app, t.store, { roles: ['administrator'], now: t.clock.now });
  const b = await createUserAndLogin(t.app, t.store, { roles: ['administrator'], now: t.clock.now });
  const validate = (headers: Record<string, string>) =>
    t.call('POST', '/api/v1/ledger/validate', { headers, body: { yaml: 'ledger: {}' } });
  const { 'x-csrf-token': _, ...noToken } = a.headers;
  const missing = await validate(noToken);
  assert.equal(missing.status, 403);
  assert.match((await json(missing)).message, /CSRF/);
  assert.equal((await validate({ ...a.headers, 'x-csrf-token': 'guess' })).status, 403);
  assert.equal((await validate({ ...a.headers, 'x-csrf-token': b.csrfToken })).status, 403, "another session's");
  assert.equal((await validate(a.headers)).status, 200);
  assert.equal((await t.call('GET', '/api/v1/ledger', { headers: noToken })).status, 200, 'reads need none');
});

test('idle timeout (30 min) and absolute timeout (12 h), with an injected clock', async () => {
  t.clock.set(new Date('2026-06-01T09:00:00Z'));
  const u = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  const me = () => t.call('GET', '/api/v1/auth/me', { headers: u.headers });
  t.clock.advance(29 * MIN);
  assert.equal((await me()).status, 200, 'active after 29 minutes');
  t.clock.advance(29 * MIN);
  assert.equal((await me()).status, 200, 'the last request restarted the idle clock');
  t.clock.advance(30 * MIN);
  const idle = await me();
  assert.equal(idle.status, 401, 'idle for 30 minutes');
  assert.ok(
    idle.headers.getSetCookie().some((c) => /^mamori_session=;/.test(c)),
    'the browser is told to drop it',
  );

  const v = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
    t.clock.advance(20 * MIN);
    assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: v.headers })).status, 200, `${minutes} min`);
  }
  t.clock.advance(20 * MIN);
  assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: v.headers })).status, 401, '12 hours at most');
});

test('logout and revocation end a session everywhere', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  const logout = await t.call('POST', '/api/v1/auth/logout', { headers: u.headers });
  assert.equal(logout.status, 204);
  assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: u.headers })).status, 401);

  const v = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  const w = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  const { items } = await json(await t.call('GET', '/api/v1/auth/sessions', { headers: v.headers }));
  assert.equal(items.length, 1);
  assert.equal(items[0].current, true);
  const foreign = await t.call('DELETE', `/api/v1/auth/sessions/${items[0].id}`, { headers: w.headers });
  assert.equal(foreign.status, 404, "someone else's session does not exist for you");
  const admin = await createUserAndLogin(t.app, t.store, { roles: ['administrator'], now: t.clock.now });
  assert.equal(
    (await t.call('DELETE', `/api/v1/auth/sessions/${items[0].id}`, { headers: admin.headers })).status,
    204,
  );
  assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: v.headers })).status, 401, 'revoked');
  assert.ok(t.evidence.events.some((e) => e.payload.action === 'session-revoked'));
});

test('API tokens: shown once, stored hashed, scoped, expiring, revocable', async () => {
  const admin = await createUserAndLogin(t.app, t.store, { roles: ['administrator'], now: t.clock.now });
  const issued = await createApiToken(t.app, admin, {
    name: 'payroll-batch',
    operators: ['sakura-payroll'],
    ledgerRoles: ['recruiter'],
    purposes: ['staff-matching'],
    expiresInDays: 30,
  });
  assert.match(issued.token, /^mmr_[A-Za-z0-9_-]{43}$/);
  const listed = await json(await t.call('GET', '/api/v1/tokens', { headers: admin.headers }));
  const text = JSON.stringify(listed);
  assert.ok(!text.includes(issued.token.slice(4)), 'never listed again');
  const stored = await t.store.apiTokens.get(issued.id);
  assert.ok(stored && stored.tokenHash !== issued.token && /^[0-9a-f]{64}$/.test(stored.tokenHash), 'SHA-256 only');
  assert.ok(!text.includes(stored.tokenHash), 'not even the hash is listed');

  const me = await json(await t.call('GET', '/api/v1/auth/me', { headers: issued.headers }));
  assert.deepEqual(me, {
    kind: 'application',
    name: 'payroll-batch',
    tokenId: issued.id,
    operators: ['sakura-payroll'],
    ledgerRoles: ['recruiter'],
    purposes: ['staff-matching'],
  });
  t.clock.advance(31 * 24 * 60 * MIN);
  assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: issued.headers })).status, 401, 'expired');

  const admin2 = await createUserAndLogin(t.app, t.store, { roles: ['administrator'], now: t.clock.now });
  const second = await createApiToken(t.app, admin2, { name: 'connector' });
  assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: second.headers })).status, 200);
  assert.equal((await t.call('DELETE', `/api/v1/tokens/${second.id}`, { headers: admin2.headers })).status, 204);
  assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: second.headers })).status, 401, 'revoked');
  assert.equal((await t.call('GET', '/api/v1/auth/me', { headers: { authorization: 'Bearer mmr_nope' } })).status, 401);
});

test('API tokens are refused beyond the ledger and the creator’s own scope', async () => {
  const scoped = await createUserAndLogin(t.app, t.store, {
    roles: ['administrator'],
    operators: ['sakura-staffing'],
    now: t.clock.now,
  });
  const res = await t.call('POST', '/api/v1/tokens', {
    headers: scoped.headers,
    body: { name: 'x', operators: ['sakura-hd'], ledgerRoles: ['ghost-role'], purposes: ['staff-matching'] },
  });
  assert.equal(res.status, 400);
  assert.deepEqual(
    (await json(res)).issues.map((i: { path: string }) => i.path),
    ['operators', 'ledgerRoles[0]'],
  );
  const auditor = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  const refused = await t.call('POST', '/api/v1/tokens', {
    headers: auditor.headers,
    body: { name: 'x', operators: 'all', ledgerRoles: [], purposes: 'all' },
  });
  assert.equal(refused.status, 403);
  const tooLong = await t.call('POST', '/api/v1/tokens', {
    headers: scoped.headers,
    body: { name: 'x', operators: ['sakura-staffing'], ledgerRoles: [], purposes: 'all', expiresInDays: 400 },
  });
  assert.equal(tooLong.status, 400, 'tokens expire within a year');
});
