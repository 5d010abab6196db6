// Every response of the API carries the security headers and its request id: successes, refusals, validation
// errors, unknown routes, thrown errors and the console's pages alike.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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

const cases: readonly [string, () => Promise<Response>, number][] = [
  [
    'a decision',
    () => (t.as(application('app', { ledgerRoles: ['coordinator'] })), t.call('POST', '/api/v1/decisions', decision)),
    200,
  ],
  ['a validation error', () => (t.as(application('app')), t.call('POST', '/api/v1/decisions', { action: 'x' })), 400],
  ['no caller', () => (t.as({ kind: 'anonymous' }), t.call('GET', '/api/v1/ledger')), 401],
  ['a wrong role', () => (t.as(user('u', ['auditor'])), t.call('POST', '/api/v1/decisions', decision)), 403],
  ['an unknown route', () => t.call('GET', '/api/v1/no-such-thing'), 404],
  ['an unknown object', () => (t.as(user('u', ['administrator'])), t.call('GET', '/api/v1/requests/nope')), 404],
  ['a public page', () => t.call('GET', '/health'), 200],
];

for (const [name, call, status] of cases) {
  test(`${name} (${status}) carries every security header and a request id`, async () => {
    const res = await call();
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
