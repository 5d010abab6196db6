import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../app-error.ts';
import { clientAddress, compileIpAllowList, ipRefusal } from './ip-allow-list.ts';
import type { Principal, SystemRole } from './principal.ts';

const allow = compileIpAllowList({
  operators: { 'op-a': ['203.0.113.0/24', '2001:db8:a::/48'], 'op-b': ['198.51.100.7'] },
  roles: { administrator: ['203.0.113.0/28', '2001:db8::/32'] },
  group: ['192.0.2.0/24'],
  trustedProxies: ['10.0.0.1', 'fd00::/8'],
});

const user = (roles: SystemRole[], operators: string[] | 'all'): Principal => ({
  kind: 'user',
  id: 'u',
  roles,
  operators,
  mfa: true,
  sessionId: 's',
});

// [who, address, refusing list or undefined]
const CASES: [string, Principal, string | undefined, string | undefined][] = [
  ['op-a staff inside its range', user(['privacy-staff'], ['op-a']), '203.0.113.200', undefined],
  ['op-a staff outside', user(['privacy-staff'], ['op-a']), '198.51.100.7', 'operator op-a'],
  ['op-a staff over IPv6 inside', user(['privacy-staff'], ['op-a']), '2001:db8:a::5', undefined],
  ['op-a staff over IPv6 outside', user(['privacy-staff'], ['op-a']), '2001:db8:b::5', 'operator op-a'],
  ['op-a staff as IPv4-mapped IPv6', user(['privacy-staff'], ['op-a']), '::ffff:203.0.113.9', undefined],
  [
    'op-a administrator: role list applies too',
    user(['administrator'], ['op-a']),
    '203.0.113.200',
    'role administrator',
  ],
  ['op-a administrator inside both', user(['administrator'], ['op-a']), '203.0.113.3', undefined],
  ['scoped to two operators: both lists apply', user(['auditor'], ['op-a', 'op-b']), '198.51.100.7', 'operator op-a'],
  ['operator without a list is unrestricted', user(['auditor'], ['op-c']), '8.8.8.8', undefined],
  ['group-wide staff: the group list', user(['auditor'], 'all'), '192.0.2.44', undefined],
  ['group-wide staff outside the group list', user(['auditor'], 'all'), '203.0.113.1', 'group'],
  ['unreadable address is refused where a list applies', user(['auditor'], ['op-a']), 'not-an-ip', 'operator op-a'],
  ['unknown address is refused where a list applies', user(['auditor'], ['op-a']), undefined, 'operator op-a'],
  ['three-part IPv4 is not an address', user(['auditor'], ['op-a']), '203.0.113', 'operator op-a'],
  ['anonymous callers are not IP-restricted here', { kind: 'anonymous' }, '8.8.8.8', undefined],
];

for (const [name, principal, ip, expected] of CASES) {
  test(`ipRefusal: ${name}`, () => assert.equal(ipRefusal(allow, principal, ip), expected));
}

test('an application token is restricted by its operators and the application role list', () => {
  const app: Principal = {
    kind: 'application',
    id: 'app',
    roles: ['application'],
    operators: ['op-b'],
    tokenId: 't',
    ledgerRoles: [],
    purposes: 'all',
  };
  assert.equal(ipRefusal(allow, app, '198.51.100.7'), undefined);
  assert.equal(ipRefusal(allow, app, '198.51.100.8'), 'operator op-b');
});

// [peer, X-Forwarded-For, client]
const FORWARDING: [string | undefined, string | undefined, string | undefined][] = [
  ['203.0.113.5', undefined, '203.0.113.5'],
  ['203.0.113.5', '192.0.2.1', '203.0.113.5'], // untrusted peer: the header is a client's claim, ignored
  ['10.0.0.1', '192.0.2.1', '192.0.2.1'],
  ['::ffff:10.0.0.1', '192.0.2.1', '192.0.2.1'],
  ['10.0.0.1', '198.51.100.1, 192.0.2.1', '192.0.2.1'], // the rightmost untrusted hop, not the spoofable left
  ['10.0.0.1', '192.0.2.1, fd00::2', '192.0.2.1'], // trusted hops are skipped
  ['10.0.0.1', 'garbage, 192.0.2.1', '192.0.2.1'],
  ['10.0.0.1', '192.0.2.1, garbage', '10.0.0.1'], // a malformed hop ends the trust
  ['10.0.0.1', '', '10.0.0.1'],
  ['10.0.0.2', '192.0.2.1', '10.0.0.2'], // not the configured proxy
  ['fd00::9', '2001:db8::1', '2001:db8::1'],
  [undefined, '192.0.2.1', undefined],
];

for (const [peer, header, expected] of FORWARDING) {
  test(`clientAddress: peer ${peer} with X-Forwarded-For "${header}" is ${expected}`, () => {
    assert.equal(clientAddress(peer, header, allow.trustedProxies), expected);
  });
}

test('a bad configuration names every bad entry', () => {
  assert.throws(
    () =>
      compileIpAllowList({
        operators: { 'op-a': ['300.1.1.1/24', '203.0.113.0/24'] },
        roles: { superuser: ['1.2.3.4'], auditor: [] },
      }),
    (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.code, 'VALIDATION');
      const paths = error.issues.map((i) => i.path).sort();
      assert.deepEqual(paths, ['operators.op-a.0', 'roles', 'roles.auditor']);
      return true;
    },
  );
});

test('no configuration restricts nobody', () => {
  const none = compileIpAllowList({});
  assert.equal(ipRefusal(none, user(['administrator'], 'all'), '8.8.8.8'), undefined);
  assert.deepEqual(none.trustedProxies, []);
});
