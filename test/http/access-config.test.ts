import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../src/core/app-error.ts';
import { ipRefusal } from '../../src/core/auth/ip-allow-list.ts';
import { accessConfigFromEnv } from '../../src/http/access-config.ts';
import { user } from '../support/authorized-app.ts';

const staff = user('s', ['privacy-staff'], ['op-a']);

test('defaults: no allow-lists, no trusted proxy, a second person approves ledger changes', () => {
  const config = accessConfigFromEnv({});
  assert.equal(config.ledgerApprovals, 1);
  assert.equal(ipRefusal(config.ipAllow, staff, '8.8.8.8'), undefined);
  assert.deepEqual(config.ipAllow.trustedProxies, []);
});

test('allow-lists from JSON text, or from a YAML file; trusted proxies added from their own variable', () => {
  const json = accessConfigFromEnv({
    MAMORI_IP_ALLOW: '{"operators":{"op-a":["203.0.113.0/24"]}}',
    MAMORI_TRUSTED_PROXIES: '10.0.0.1, fd00::/8',
    MAMORI_LEDGER_APPROVALS: '0',
  });
  assert.equal(json.ledgerApprovals, 0);
  assert.equal(ipRefusal(json.ipAllow, staff, '203.0.113.1'), undefined);
  assert.equal(ipRefusal(json.ipAllow, staff, '198.51.100.1'), 'operator op-a');
  assert.equal(json.ipAllow.trustedProxies.length, 2);
  const yaml = accessConfigFromEnv({ MAMORI_IP_ALLOW: '/etc/mamori/ip-allow.yaml' }, (path) => {
    assert.equal(path, '/etc/mamori/ip-allow.yaml');
    return 'roles:\n  privacy-staff: [2001:db8::/32]\ntrustedProxies: [10.0.0.1]\n';
  });
  assert.equal(ipRefusal(yaml.ipAllow, staff, '2001:db8::1'), undefined);
  assert.equal(ipRefusal(yaml.ipAllow, staff, '203.0.113.1'), 'role privacy-staff');
});

test('bad settings stop the start with a clear message', () => {
  const refused = (env: NodeJS.ProcessEnv) =>
    assert.throws(
      () => accessConfigFromEnv(env),
      (e: unknown) => e instanceof AppError && e.code === 'VALIDATION',
    );
  refused({ MAMORI_LEDGER_APPROVALS: '2' });
  refused({ MAMORI_IP_ALLOW: '{"operators":{"op-a":["not-a-range"]}}' });
  refused({ MAMORI_TRUSTED_PROXIES: '10.0.0.300' });
  refused({ MAMORI_IP_ALLOW: '{"admins":["1.2.3.4"]}' });
});
