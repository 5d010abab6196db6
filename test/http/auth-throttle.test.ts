// Login throttling: lockout with exponential backoff per account, per account and address, and per address; and a
// burst of 1,000 bad logins that neither locks out nor starves a good user logging in from elsewhere.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { argon2Hasher } from '../../src/app/auth/password-hasher.ts';
import { DEFAULT_THROTTLE_RULES } from '../../src/core/auth/login-throttle.ts';
import { totpCode } from '../../src/core/auth/totp.ts';
import { type AuthTestApp, cookieHeader, createUserAndLogin, openAuthTestApp } from '../support/http-auth.ts';

let t: AuthTestApp;
before(async () => {
  t = await openAuthTestApp();
});
after(() => t.close());

const json = async (res: Response): Promise<any> => res.json();
const login = (email: string, password: string, ip: string) =>
  t.call('POST', '/api/v1/auth/login', { body: { email, password }, ip });

test('per account and address: locked after 5 failures, doubling; the owner elsewhere is not', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  for (let i = 0; i < 5; i++) assert.equal((await login(u.email, 'wrong', '203.0.113.5')).status, 401);
  const locked = await login(u.email, u.password, '203.0.113.5');
  assert.equal(locked.status, 429, 'even the right password waits');
  assert.equal(locked.headers.get('retry-after'), '5');
  assert.equal((await json(locked)).code, 'RATE_LIMITED');
  // The owner, from elsewhere, logs in completely (password and code): a success resets the account's counts.
  t.clock.advance(30_000);
  const owner = await login(u.email, u.password, '198.51.100.77');
  assert.equal(owner.status, 200, 'the owner is not locked out');
  const ownerHeaders = { cookie: cookieHeader(owner), 'x-csrf-token': (await json(owner)).csrfToken };
  const code = totpCode(u.totpSecret ?? '', t.clock.now());
  const second = await t.call('POST', '/api/v1/auth/totp', {
    headers: ownerHeaders,
    body: { code },
    ip: '198.51.100.77',
  });
  assert.equal(second.status, 200);
  // Fail 5 more times from the first address: locked again, and the lock grows with each failure.
  for (let i = 0; i < 5; i++) assert.equal((await login(u.email, 'wrong', '203.0.113.5')).status, 401);
  t.clock.advance(5000);
  assert.equal((await login(u.email, 'wrong', '203.0.113.5')).status, 401, 'tried once the lock ran out');
  assert.equal((await login(u.email, 'wrong', '203.0.113.5')).headers.get('retry-after'), '10', 'doubled');
  const [last] = await t.store.loginAttempts.list({ account: u.email, limit: 1 });
  assert.equal(last?.outcome, 'throttled', 'refused attempts are recorded too');
});

test('per account: failures from many addresses lock the account, with exponential backoff', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  t.clock.advance(1000);
  const { threshold } = DEFAULT_THROTTLE_RULES.account;
  for (let i = 0; i < threshold; i++) assert.equal((await login(u.email, 'wrong', `203.0.113.${100 + i}`)).status, 401);
  const locked = await login(u.email, u.password, '198.51.100.200');
  assert.equal(locked.status, 429, 'a distributed guess locks the account itself');
  assert.equal(locked.headers.get('retry-after'), '60');
  t.clock.advance(60_000);
  assert.equal((await login(u.email, 'wrong', '203.0.113.150')).status, 401);
  assert.equal((await login(u.email, u.password, '198.51.100.200')).headers.get('retry-after'), '120');
  t.clock.advance(120_000);
  assert.equal((await login(u.email, u.password, '198.51.100.200')).status, 200, 'the owner once it ran out');
});

test('per address: one address guessing many accounts is locked, others are not', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  t.clock.advance(1000);
  const { threshold } = DEFAULT_THROTTLE_RULES.ip;
  for (let i = 0; i < threshold; i++) {
    assert.equal((await login(`guess-${i}@example.test`, 'wrong', '203.0.113.66')).status, 401);
  }
  assert.equal((await login(u.email, u.password, '203.0.113.66')).status, 429);
  assert.equal((await login(u.email, u.password, '203.0.113.67')).status, 200);
});

test('the second factor is throttled with the account: guessing codes locks it', async () => {
  const u = await createUserAndLogin(t.app, t.store, { roles: ['auditor'], now: t.clock.now });
  t.clock.advance(60_000);
  const res = await login(u.email, u.password, '203.0.113.9');
  const body = await json(res);
  const headers = { cookie: cookieHeader(res), 'x-csrf-token': body.csrfToken };
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const guess = await t.call('POST', '/api/v1/auth/totp', { headers, body: { code: '000000' }, ip: '203.0.113.9' });
    statuses.push(guess.status);
  }
  assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429]);
  const code = totpCode(u.totpSecret ?? '', t.clock.now());
  const right = await t.call('POST', '/api/v1/auth/totp', { headers, body: { code }, ip: '203.0.113.9' });
  assert.equal(right.status, 429, 'locked means locked, even for the right code');
});

test('a burst of 1,000 bad logins neither locks out nor starves a good user from another address', async (ctx) => {
  // Real time and the production argon2id cost: what would starve, would starve here.
  const b = await openAuthTestApp({ realTime: true, auth: { hasher: argon2Hasher() } });
  try {
    const good = await createUserAndLogin(b.app, b.store, { roles: ['auditor'] });
    const attack = async () => {
      const statuses: number[] = [];
      for (let wave = 0; wave < 10; wave++) {
        const requests = Array.from({ length: 100 }, (_, i) =>
          b.call('POST', '/api/v1/auth/login', {
            // Half against the good user's own account, half spread over other names.
            body: { email: i % 2 === 0 ? good.email : `victim-${i}@example.test`, password: `guess-${wave}-${i}` },
            ip: '203.0.113.250',
          }),
        );
        statuses.push(...(await Promise.all(requests)).map((r) => r.status));
      }
      return statuses;
    };
    const goodLogins = async () => {
      const results: { status: number; ms: number }[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const res = await b.call('POST', '/api/v1/auth/login', {
          body: { email: good.email, password: good.password },
          ip: '198.51.100.42',
        });
        results.push({ status: res.status, ms: performance.now() - started });
        await res.arrayBuffer();
      }
      return results;
    };
    const quiet = Math.max(...(await goodLogins()).map((g) => g.ms));
    const started = performance.now();
    const [bad, goods] = await Promise.all([attack(), goodLogins()]);
    ctx.diagnostic(
      `burst ${Math.round(performance.now() - started)} ms; good logins ${goods.map((g) => Math.round(g.ms)).join(', ')} ms; quiet ${Math.round(quiet)} ms`,
    );
    assert.equal(bad.length, 1000);
    assert.equal(bad.filter((s) => s === 200).length, 0);
    const tried = bad.filter((s) => s === 401).length;
    assert.ok(tried <= 25, `only a handful were hashed at all (${tried}); the rest refused before hashing`);
    assert.equal(bad.filter((s) => s === 429).length, 1000 - tried);
    assert.deepEqual(
      goods.map((g) => g.status),
      [200, 200, 200, 200, 200],
      'the good user is never locked out',
    );
    const slowest = Math.max(...goods.map((g) => g.ms));
    // Waiting behind the burst's backlog would take seconds; a few hashes' worth is what fair turns allow.
    const bound = Math.max(2000, 15 * quiet);
    assert.ok(
      slowest < bound,
      `good logins stay fast (slowest ${Math.round(slowest)} ms, quiet ${Math.round(quiet)} ms)`,
    );
    const attempts = await b.store.loginAttempts.list({ sourceIp: '203.0.113.250', limit: 2000 });
    assert.equal(attempts.length, 1000, 'every bad attempt is recorded');
  } finally {
    await b.close();
  }
});
