import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { recordComplaint } from '../../src/app/management/complaints-desk.ts';
import { type AuthorizedApp, application, authorizedApp, user } from '../support/authorized-app.ts';

let t: AuthorizedApp;
const json = async (res: Response): Promise<any> => res.json();

before(async () => {
  t = await authorizedApp({ now: () => new Date('2026-04-08T01:00:00Z') });
  const deps = { store: t.store, clock: { now: () => new Date('2026-04-08T01:00:00Z') } };
  await recordComplaint(
    deps,
    {
      operator: 'sakura-staffing',
      kind: 'complaint',
      channel: 'phone',
      receivedAt: '2026-03-01T01:00:00Z',
      summary: 'late reply',
    },
    'carol',
  );
});
after(() => t.close());

test('GET /api/v1/dashboard: the documented shape, scoped to the caller’s operators', async () => {
  t.as(user('carol', ['privacy-staff']));
  const res = await t.call('GET', '/api/v1/dashboard');
  assert.equal(res.status, 200);
  const body = await json(res);
  assert.deepEqual(Object.keys(body).sort(), [
    'complaints',
    'consentsWithdrawnThisWeek',
    'contractorReviewsDue',
    'evidence',
    'incidents',
    'ledgerReview',
    'requests',
    'trainingsDue',
  ]);
  assert.deepEqual(body.complaints, { open: 1, overdue: 1 });
  assert.deepEqual(body.evidence, { lastVerification: null });

  t.as(user('erin', ['request-handler'], ['sakura-career']));
  assert.deepEqual((await json(await t.call('GET', '/api/v1/dashboard'))).complaints, { open: 0, overdue: 0 });
});

test('an auditor reads the dashboard; applications and anonymous callers do not', async () => {
  t.as(user('dave', ['auditor']));
  assert.equal((await t.call('GET', '/api/v1/dashboard')).status, 200);
  t.as(application('app-1'));
  assert.equal((await t.call('GET', '/api/v1/dashboard')).status, 403);
  t.as({ kind: 'anonymous' });
  assert.equal((await t.call('GET', '/api/v1/dashboard')).status, 401);
});

test('an evidence verification over the API is recorded and shown as the last one', async () => {
  t.as(user('dave', ['auditor']));
  const verified = await json(await t.call('GET', '/api/v1/evidence/verify'));
  const { evidence } = await json(await t.call('GET', '/api/v1/dashboard'));
  assert.deepEqual(evidence.lastVerification, {
    at: '2026-04-08T01:00:00.000Z',
    ok: verified.ok,
    entries: verified.entries,
  });
});
