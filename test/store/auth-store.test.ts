// The authentication repositories on every dialect: accounts with roles and operator scopes, the atomic TOTP step
// and single-use recovery codes, sessions, API tokens and the failure counts behind throttling.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { LoginAttempt } from '../../src/app/auth/auth-ports.ts';
import type { Store } from '../../src/app/ports.ts';
import { AppError } from '../../src/core/app-error.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';

const at = (iso: string) => new Date(iso);
const T = at('2026-04-01T09:00:00.123Z');

for (const dialect of testDialects()) {
  describe(`accounts, sessions, tokens and login attempts on ${dialect.kind}`, () => {
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

    test('accounts round-trip with roles and operator scopes; e-mail addresses are unique', async () => {
      const base = { passwordHash: '$argon2id$x', mustChangePassword: true, createdAt: T, createdBy: 'test' };
      const a = await store.users.create({
        ...base,
        id: 'u1',
        email: 'a@example.test',
        roles: ['privacy-staff', 'auditor'],
        operators: ['op-b', 'op-a'],
        displayName: '総務 花子',
      });
      assert.deepEqual(a.roles, ['auditor', 'privacy-staff']);
      assert.deepEqual(a.operators, ['op-a', 'op-b']);
      assert.equal(a.displayName, '総務 花子');
      assert.deepEqual(a.createdAt, T);
      assert.equal(a.mustChangePassword, true);
      const b = await store.users.create({
        ...base,
        id: 'u2',
        email: 'b@example.test',
        roles: ['administrator'],
        operators: 'all',
      });
      assert.equal(b.operators, 'all');
      await assert.rejects(
        store.users.create({ ...base, id: 'u3', email: 'a@example.test', roles: ['auditor'], operators: 'all' }),
        (e: unknown) => e instanceof AppError && e.code === 'CONFLICT',
      );
      assert.equal(await store.users.count(), 2);
      assert.deepEqual(
        (await store.users.list()).map((u) => u.email),
        ['a@example.test', 'b@example.test'],
      );
      assert.equal((await store.users.findByEmail('b@example.test'))?.id, 'u2');
      await store.users.setPassword('u1', { hash: '$argon2id$y', at: at('2026-04-02T00:00:00Z'), mustChange: false });
      const changed = await store.users.get('u1');
      assert.deepEqual([changed?.passwordHash, changed?.mustChangePassword], ['$argon2id$y', false]);
    });

    test('a TOTP step is accepted once, even when two nodes race; recovery codes are single-use', async () => {
      await store.users.setPendingTotp('u1', 'PENDINGSECRET');
      assert.equal((await store.users.get('u1'))?.pendingTotpSecret, 'PENDINGSECRET');
      await store.users.enableTotp('u1', { secret: 'PENDINGSECRET', at: T, step: 100 });
      const enrolled = await store.users.get('u1');
      assert.deepEqual(
        [enrolled?.totpSecret, enrolled?.totpLastStep, enrolled?.pendingTotpSecret],
        ['PENDINGSECRET', 100, undefined],
      );
      assert.equal(await store.users.advanceTotpStep('u1', 100), false, 'the same step again');
      const race = await Promise.all([store.users.advanceTotpStep('u1', 101), store.users.advanceTotpStep('u1', 101)]);
      assert.deepEqual(race.sort(), [false, true]);

      await store.users.replaceRecoveryCodes('u1', ['h1', 'h2', 'h3'], T);
      assert.equal(await store.users.countRecoveryCodes('u1'), 3);
      assert.equal(await store.users.useRecoveryCode('u1', 'h2', T), true);
      assert.equal(await store.users.useRecoveryCode('u1', 'h2', T), false, 'used');
      assert.equal(await store.users.useRecoveryCode('u2', 'h1', T), false, "another account's");
      assert.equal(await store.users.countRecoveryCodes('u1'), 2);
      await store.users.clearTotp('u1');
      const reset = await store.users.get('u1');
      assert.equal(reset?.totpSecret, undefined);
      assert.equal(await store.users.countRecoveryCodes('u1'), 0);
      assert.equal(await store.users.disable('u1', T), true);
      assert.equal(await store.users.disable('u1', T), false);
      assert.deepEqual((await store.users.get('u1'))?.disabledAt, T);
    });

    test('sessions: found by token hash, touched, verified, revoked one by one or all but one', async () => {
      const session = (id: string) => ({ id, userId: 'u2', tokenHash: `hash-${id}`, createdAt: T, lastSeenAt: T });
      for (const id of ['s1', 's2', 's3']) await store.sessions.create(session(id));
      await store.sessions.create({ ...session('s4'), userId: 'u1', sourceIp: '192.0.2.1', userAgent: 'test' });
      assert.deepEqual(await store.sessions.findByTokenHash('hash-s1'), session('s1'));
      const later = at('2026-04-01T09:10:00Z');
      await store.sessions.touch('s1', later);
      await store.sessions.markMfaVerified('s1', later);
      const s1 = await store.sessions.get('s1');
      assert.deepEqual([s1?.lastSeenAt, s1?.mfaVerifiedAt], [later, later]);
      assert.equal(await store.sessions.revoke('s2', later, 'logout'), true);
      assert.equal(await store.sessions.revoke('s2', later, 'logout'), false);
      assert.equal(await store.sessions.revokeForUser('u2', later, 'password-changed', 's1'), 1);
      const states = (await store.sessions.listForUser('u2')).map((s) => [s.id, s.revokedReason ?? 'live']).sort();
      assert.deepEqual(states, [
        ['s1', 'live'],
        ['s2', 'logout'],
        ['s3', 'password-changed'],
      ]);
      assert.equal((await store.sessions.get('s4'))?.userAgent, 'test');
    });

    test('API tokens keep their scope; revocation and last use are recorded', async () => {
      const token = {
        id: 't1',
        name: 'payroll-batch',
        tokenHash: 'f'.repeat(64),
        operators: ['op-a'],
        ledgerRoles: ['payroll'],
        purposes: 'all' as const,
        createdAt: T,
        createdBy: 'user:u2',
        expiresAt: at('2026-07-01T00:00:00Z'),
      };
      await store.apiTokens.create(token);
      assert.deepEqual(await store.apiTokens.findByTokenHash('f'.repeat(64)), token);
      await store.apiTokens.touch('t1', T);
      assert.equal(await store.apiTokens.revoke('t1', T), true);
      const [listed] = await store.apiTokens.list();
      assert.deepEqual([listed?.lastUsedAt, listed?.revokedAt], [T, T]);
    });

    test('failure counts per address, per account and per both; a success resets the account', async () => {
      let n = 0;
      const attempt = (account: string, sourceIp: string, outcome: LoginAttempt['outcome'], when = T) => ({
        id: `a${++n}`,
        at: when,
        account,
        sourceIp,
        step: 'password' as const,
        outcome,
      });
      await store.loginAttempts.recordMany([
        attempt('x@example.test', '203.0.113.1', 'bad-password', at('2026-04-01T08:00:00Z')),
        attempt('x@example.test', '203.0.113.1', 'bad-password'),
        attempt('x@example.test', '203.0.113.2', 'unknown-user'),
        attempt('y@example.test', '203.0.113.1', 'bad-password'),
        attempt('y@example.test', '203.0.113.1', 'throttled'),
      ]);
      const stats = () =>
        store.loginAttempts.failureStats({
          account: 'x@example.test',
          sourceIp: '203.0.113.1',
          ipSince: at('2026-04-01T08:30:00Z'),
          accountSince: at('2026-03-31T09:00:00Z'),
        });
      const before = await stats();
      assert.deepEqual(before.ip, { failures: 2, lastFailureAt: T }, 'window and throttled excluded');
      assert.deepEqual(before.account, { failures: 3, lastFailureAt: T });
      assert.deepEqual(before.accountIp, { failures: 2, lastFailureAt: T });
      // Same timestamp as the failures: insertion order decides what came after the success.
      await store.loginAttempts.record(attempt('x@example.test', '203.0.113.9', 'success'));
      await store.loginAttempts.record(attempt('x@example.test', '203.0.113.1', 'bad-password'));
      const after = await stats();
      assert.equal(after.ip.failures, 3, 'a success does not reset the address');
      assert.equal(after.account.failures, 1);
      assert.equal(after.accountIp.failures, 1);
      const listed = await store.loginAttempts.list({ account: 'x@example.test', limit: 2 });
      assert.deepEqual(
        listed.map((a) => a.outcome),
        ['bad-password', 'success'],
      );
    });
  });
}
