import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEFAULT_THROTTLE_RULES,
  lockedUntil,
  lockoutDelayMs,
  type ThrottleRule,
  throttleVerdict,
} from './login-throttle.ts';

const RULE: ThrottleRule = { threshold: 5, baseDelayMs: 1000, maxDelayMs: 60_000, windowMs: 3_600_000 };

test('lockout delay: none below the threshold, then doubling per failure, capped', () => {
  const table: [number, number][] = [
    [0, 0],
    [4, 0],
    [5, 1000],
    [6, 2000],
    [7, 4000],
    [10, 32_000],
    [11, 60_000],
    [50, 60_000],
    [10_000, 60_000],
  ];
  for (const [failures, delay] of table) assert.equal(lockoutDelayMs(RULE, failures), delay, `${failures} failures`);
});

test('a key is locked until its last failure plus the delay', () => {
  const last = new Date('2026-04-01T09:00:00Z');
  const table: [number, number, string | undefined][] = [
    [4, 0, undefined],
    [5, 999, '2026-04-01T09:00:01.000Z'],
    [5, 1000, undefined],
    [7, 3000, '2026-04-01T09:00:04.000Z'],
  ];
  for (const [failures, afterMs, until] of table) {
    const now = new Date(last.getTime() + afterMs);
    assert.equal(
      lockedUntil(RULE, { failures, lastFailureAt: last }, now)?.toISOString(),
      until,
      `${failures}@${afterMs}`,
    );
  }
  assert.equal(lockedUntil(RULE, { failures: 9 }, last), undefined, 'no failure time, nothing to count from');
});

test('the verdict names the key locked longest', () => {
  const now = new Date('2026-04-01T09:00:00Z');
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);
  const none = { failures: 0 };
  assert.deepEqual(throttleVerdict(DEFAULT_THROTTLE_RULES, { ip: none, account: none, accountIp: none }, now), {
    allowed: true,
  });
  const accountIp = throttleVerdict(
    DEFAULT_THROTTLE_RULES,
    {
      ip: { failures: 5, lastFailureAt: at(0) },
      account: { failures: 5, lastFailureAt: at(0) },
      accountIp: { failures: 5, lastFailureAt: at(0) },
    },
    now,
  );
  assert.deepEqual(accountIp, { allowed: false, key: 'accountIp', retryAt: new Date(now.getTime() + 5000) });
  const account = throttleVerdict(
    DEFAULT_THROTTLE_RULES,
    { ip: none, account: { failures: 11, lastFailureAt: at(1000) }, accountIp: { failures: 5, lastFailureAt: at(0) } },
    now,
  );
  assert.equal(account.allowed ? undefined : account.key, 'account');
  const ip = throttleVerdict(
    DEFAULT_THROTTLE_RULES,
    { ip: { failures: 20, lastFailureAt: at(500) }, account: none, accountIp: none },
    now,
  );
  assert.deepEqual(ip, { allowed: false, key: 'ip', retryAt: new Date(now.getTime() + 500) });
});

test('defaults: the per-account-and-address budget is the tightest', () => {
  const { ip, account, accountIp } = DEFAULT_THROTTLE_RULES;
  assert.ok(accountIp.threshold < account.threshold && account.threshold < ip.threshold);
});
