import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SESSION_TIMEOUTS, sessionExpiresAt, sessionState } from './session-expiry.ts';

const T0 = new Date('2026-04-01T09:00:00Z');
const min = (m: number) => new Date(T0.getTime() + m * 60_000);

test('session states with the default timeouts (30 min idle, 12 h absolute)', () => {
  const table: [string, { lastSeen: number; revoked?: number }, number, string][] = [
    ['fresh', { lastSeen: 0 }, 0, 'active'],
    ['29 min idle', { lastSeen: 0 }, 29, 'active'],
    ['30 min idle', { lastSeen: 0 }, 30, 'idle-expired'],
    ['kept alive, 11 h 59 m in', { lastSeen: 710 }, 719, 'active'],
    ['kept alive, 12 h in', { lastSeen: 710 }, 720, 'expired'],
    ['revoked', { lastSeen: 0, revoked: 1 }, 2, 'revoked'],
    ['revoked and expired', { lastSeen: 0, revoked: 1 }, 800, 'revoked'],
  ];
  for (const [name, s, at, expected] of table) {
    const session = {
      createdAt: T0,
      lastSeenAt: min(s.lastSeen),
      ...(s.revoked === undefined ? {} : { revokedAt: min(s.revoked) }),
    };
    assert.equal(sessionState(session, DEFAULT_SESSION_TIMEOUTS, min(at)), expected, name);
  }
});

test('expiry is the earlier of idle and absolute', () => {
  assert.deepEqual(sessionExpiresAt({ createdAt: T0, lastSeenAt: min(10) }, DEFAULT_SESSION_TIMEOUTS), min(40));
  assert.deepEqual(sessionExpiresAt({ createdAt: T0, lastSeenAt: min(700) }, DEFAULT_SESSION_TIMEOUTS), min(720));
});
