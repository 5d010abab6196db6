// Every response of the API carries the security headers and its request id: successes, refusals, validation
// errors, unknown routes, thrown errors and the console's pages alike.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Principal } from '../../src/core/auth/principal.ts';
import { SECURITY_HEADERS } from '../../src/http/security-headers.ts';
import { type AuthorizedApp, application, authorizedApp, user } from '../support/authorized-app.ts';

let t: AuthorizedApp;
before(async () => {
  t = await authorizedApp();
});
after(() => t.close());

const decision = {
  action: 'use',
  actor: { kind: 'application', id: 'matching-app', roles: ['coordinator'] },
  operator: 'sakura-staffing',
  subject: { id: 'staff-000123', category: 'registered-staff' },
  items: ['name'],
  purpose: 'staff-matching',
};

const staff = user('u', ['administrator']);
const app = application('app', { ledgerRoles: ['coordinator'] });
const cases: readonly [string, Principal, string, string, unknown, number][] = [
  ['a decision', app, 'POST', '/api/v1/decisions', decision, 200],
  ['a validation error', app, 'POST', '/api/v1/decisions', { action: 'x' }, 400],
  ['no caller', { kind: 'anonymous' }, 'GET', '/api/v1/ledger', undefined, 401],
  ['a wrong role', user('u', ['auditor']), 'POST', '/api/v1/decisions', decision, 403],
  ['an unknown route', staff, 'GET', '/api/v1/no-such-thing', undefined, 404],
  ['an unknown object', staff, 'GET', '/api/v1/requests/nope', undefined, 404],
  ['a public page', { kind: 'anonymous' }, 'GET', '/health', undefined, 200],
];

for (const [name, principal, method, path, body, status] of cases) {
  test(`${name} (${status}) carries every security header and a request id`, async () => {
    t.as(principal);
    const res = await t.call(method, path, body);
    assert.equal(res.status, status);
    for (const [header, value] of SECURITY_HEADERS) assert.equal(res.headers.get(header), value, header);
    assert.match(res.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(res.headers.get('x-powered-by'), null);
  });
}

test('the security headers are the ones Hono secureHeaders() sets by default', async () => {
  const { Hono } = await import('hono');
  const { secureHeaders } = await import('hono/secure-headers');
  const reference = new Hono().use(secureHeaders()).get('/', (c) => c.text('ok'));
  const res = await reference.request('/');
  const expected = [...res.headers.entries()].filter(([name]) => name !== 'content-type').sort();
  const ours = SECURITY_HEADERS.map(([name, value]) => [name.toLowerCase(), value]).sort();
  assert.deepEqual(ours, expected);
});
