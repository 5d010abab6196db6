import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAccess } from './check-access.ts';
import { findPermission, ROUTE_PERMISSIONS, routeKey } from './permissions.ts';
import { type Principal, SYSTEM_ROLES, type SystemRole } from './principal.ts';

const user = (roles: SystemRole[], mfa = true): Principal => ({
  kind: 'user',
  id: 'u-1',
  roles,
  operators: 'all',
  mfa,
  sessionId: 's-1',
});
const app: Principal = {
  kind: 'application',
  id: 'app-1',
  roles: ['application'],
  operators: ['op-a'],
  tokenId: 't-1',
  ledgerRoles: ['recruiter'],
  purposes: 'all',
};
const anonymous: Principal = { kind: 'anonymous' };

// [route, principal, expected status or 'allow']
const CASES: [string, Principal, number | 'allow'][] = [
  ['GET /health', anonymous, 'allow'],
  ['GET /privacy/notice', anonymous, 'allow'],
  ['GET /api/v1/ledger', anonymous, 401],
  ['GET /api/v1/ledger', user(['auditor']), 'allow'],
  ['GET /api/v1/ledger', app, 403],
  ['POST /api/v1/ledger/versions', user(['auditor']), 403],
  ['POST /api/v1/ledger/versions', user(['privacy-staff']), 'allow'],
  ['POST /api/v1/ledger/versions', user(['administrator'], false), 403],
  ['POST /api/v1/ledger/proposals/{id}/approve', user(['privacy-staff']), 403],
  ['POST /api/v1/ledger/proposals/{id}/approve', user(['administrator']), 'allow'],
  ['POST /api/v1/decisions', app, 'allow'],
  ['POST /api/v1/decisions', user(['auditor']), 403],
  ['POST /api/v1/consents', app, 'allow'],
  ['GET /api/v1/consents', app, 403],
  ['GET /api/v1/consents', user(['request-handler']), 'allow'],
  ['GET /api/v1/consents', user(['request-handler'], false), 403],
  ['GET /api/v1/provisions', user(['auditor']), 'allow'],
  ['POST /api/v1/receipts', user(['auditor']), 403],
  ['GET /api/v1/access-log', user(['auditor']), 'allow'],
  ['GET /api/v1/access-log', user(['privacy-staff']), 403],
  ['GET /api/v1/access-log', user(['auditor'], false), 403],
  ['GET /api/v1/nowhere', user(['administrator']), 403],
  ['GET /api/v1/nowhere', anonymous, 401],
];

for (const [route, principal, expected] of CASES) {
  const [method, path] = route.split(' ') as [string, string];
  const who = principal.kind === 'anonymous' ? 'anonymous' : `${principal.roles.join('+')}`;
  test(`${route} as ${who}${principal.kind === 'user' && !principal.mfa ? ' without MFA' : ''}: ${expected}`, () => {
    const outcome = checkAccess(findPermission(method, path), principal);
    if (expected === 'allow') assert.deepEqual(outcome, { allowed: true });
    else assert.equal(outcome.allowed ? 'allow' : outcome.status, expected);
  });
}

test('a user without a second factor is told so (MFA_REQUIRED), not just refused', () => {
  const outcome = checkAccess(findPermission('GET', '/api/v1/consents'), user(['auditor'], false));
  assert.equal(outcome.allowed ? undefined : outcome.code, 'MFA_REQUIRED');
});

test('HEAD is allowed wherever GET is', () => {
  assert.equal(findPermission('HEAD', '/api/v1/ledger'), findPermission('GET', '/api/v1/ledger'));
});

test('the table has one rule per route, and every rule is coherent', () => {
  const keys = ROUTE_PERMISSIONS.map((p) => routeKey(p.method, p.path));
  assert.equal(new Set(keys).size, keys.length, 'duplicate rules');
  for (const p of ROUTE_PERMISSIONS) {
    const key = routeKey(p.method, p.path);
    assert.match(p.path, /^\/[\w\-./{}]*(\/\*)?$/, key);
    // A wildcard serves files (the console's pages and assets): only public GETs may be that broad.
    if (p.path.endsWith('/*')) assert.ok(p.public && p.method === 'GET', `${key}: wildcards are public GETs only`);
    for (const role of p.roles) assert.ok(SYSTEM_ROLES.includes(role), `${key}: unknown role ${role}`);
    if (p.public) assert.deepEqual(p.roles, [], `${key}: public routes name no roles`);
    else assert.ok(p.roles.length > 0, `${key}: nobody may call it`);
    if (p.personalData) {
      assert.ok(p.mfa, `${key}: personal data needs MFA`);
      assert.equal(p.evidence, 'read', `${key}: personal data reads are logged`);
      assert.ok(!p.public, `${key}: personal data is never public`);
    }
    if (p.method !== 'GET' && p.path.startsWith('/api/v1/ledger/') && !p.path.endsWith('/validate')) {
      assert.equal(p.evidence, 'ledger-version', `${key}: ledger changes are logged`);
      assert.ok(p.mfa, `${key}: ledger changes need MFA`);
    }
  }
});

test('the application role reaches decision and consent endpoints and the subject lookup only', () => {
  const reachable = ROUTE_PERMISSIONS.filter((p) => p.roles.includes('application')).map((p) => p.path);
  for (const path of reachable)
    assert.match(path, /^\/api\/v1\/(decisions|consents|subjects\/\{subjectId\}\/consent-state$|subjects\/lookup$)/);
});

test('only administrators approve ledger changes; auditors change nothing', () => {
  assert.deepEqual(findPermission('POST', '/api/v1/ledger/proposals/{id}/approve')?.roles, ['administrator']);
  // Their own login and sessions aside (/api/v1/auth/*), auditors write nothing.
  const writes = ROUTE_PERMISSIONS.filter(
    (r) => r.method !== 'GET' && r.path !== '/api/v1/ledger/validate' && !r.path.startsWith('/api/v1/auth/'),
  );
  for (const p of writes) {
    assert.ok(!p.roles.includes('auditor'), `${p.method} ${p.path} lets auditors write`);
  }
});
