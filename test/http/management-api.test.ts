import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type AuthorizedApp, authorizedApp, user } from '../support/authorized-app.ts';

let t: AuthorizedApp;
const json = async (res: Response): Promise<any> => res.json();
const staff = user('carol', ['privacy-staff']);
const auditor = user('dave', ['auditor']);
const otherCompany = user('erin', ['privacy-staff'], ['sakura-career']);

before(async () => {
  t = await authorizedApp();
});
after(() => t.close());

test('complaints: record, list, respond, count; another operator sees nothing', async () => {
  t.as(staff);
  const created = await t.call('POST', '/api/v1/complaints', {
    operator: 'sakura-staffing',
    kind: 'consultation',
    channel: 'web',
    receivedAt: '2026-04-01T00:00:00Z',
    summary: 'how long are interview notes kept',
    subjectId: 'p-1',
  });
  assert.equal(created.status, 200);
  const complaint = await json(created);
  const refused = await t.call('POST', '/api/v1/complaints', {
    operator: 'sakura-staffing',
    kind: 'complaint',
    channel: 'email',
    receivedAt: '2026-04-01T00:00:00Z',
    summary: 'write to taro@example.com',
  });
  assert.equal(refused.status, 400);
  const responded = await t.call('POST', `/api/v1/complaints/${complaint.id}/respond`, { response: 'five years' });
  assert.equal((await json(responded)).respondedAt !== undefined, true);
  const counts = await json(await t.call('GET', '/api/v1/complaint-counts?period=year'));
  assert.equal(counts.rows[0].received, 1);
  t.as(otherCompany);
  assert.equal((await t.call('GET', `/api/v1/complaints/${complaint.id}`)).status, 404);
  assert.deepEqual((await json(await t.call('GET', '/api/v1/complaints'))).items, []);
});

test('contractor reviews: due list, review, suspension; auditors read but cannot record', async () => {
  t.as(staff);
  const due = await json(await t.call('GET', '/api/v1/contractors/reviews/due'));
  assert.ok(due.items.some((d: { contractor: string }) => d.contractor === 'minato-printing'));
  t.as(auditor);
  assert.equal((await t.call('POST', '/api/v1/contractors/suspensions', {})).status, 403);
  t.as(staff);
  const bad = await t.call('POST', '/api/v1/contractors/suspensions', {
    contractor: 'nobody',
    suspendedOn: '2026-01-01',
    reason: 'x',
  });
  assert.equal(bad.status, 404);
});

test('audits: independence enforced over HTTP, the auditor role reads, closure checked', async () => {
  t.as(staff);
  const plan = {
    operator: 'sakura-staffing',
    year: 2026,
    department: 'sales',
    scope: 'consents',
    plannedOn: '2026-09-01',
  };
  const dependent = await t.call('POST', '/api/v1/audits', {
    ...plan,
    auditors: [{ userId: 'x', department: 'sales' }],
  });
  assert.equal(dependent.status, 400);
  const audit = await json(
    await t.call('POST', '/api/v1/audits', { ...plan, auditors: [{ userId: 'dave', department: 'legal' }] }),
  );
  t.as(auditor);
  assert.equal((await t.call('POST', `/api/v1/audits/${audit.id}/findings`, {})).status, 403);
  assert.equal((await t.call('GET', `/api/v1/audits/${audit.id}`)).status, 200);
  t.as(staff);
  const withFinding = await t.call('POST', `/api/v1/audits/${audit.id}/findings`, {
    severity: 'major',
    description: 'no log review',
  });
  assert.equal(withFinding.status, 200);
  t.as(staff);
  assert.equal((await t.call('POST', `/api/v1/audits/${audit.id}/close`, {})).status, 409);
  await t.call('POST', `/api/v1/audits/${audit.id}/findings/F1/actions`, {
    action: 'weekly review',
    owner: 'u-3',
    dueOn: '2026-10-01',
  });
  await t.call('POST', `/api/v1/audits/${audit.id}/findings/F1/actions/0/complete`, {});
  assert.equal((await t.call('POST', `/api/v1/audits/${audit.id}/close`, {})).status, 200);
  assert.equal((await json(await t.call('GET', '/api/v1/audits?year=2026'))).items.length, 1);
});

test('training: course, assignments, CSV import with line numbers, absentees', async () => {
  t.as(staff);
  const course = await json(
    await t.call('POST', '/api/v1/training/courses', {
      operator: 'sakura-staffing',
      year: 2020,
      title: 'APPI',
      dueOn: '2020-06-30',
    }),
  );
  await t.call('POST', `/api/v1/training/courses/${course.id}/assignments`, { staffIds: ['s-1', 's-2'] });
  const bad = await t.call('POST', `/api/v1/training/courses/${course.id}/completions/import`, {
    csv: 'staff_id,completed_on,score\ns-1,2020-06-01,90\ns-2,yesterday,80\n',
  });
  assert.equal(bad.status, 400);
  assert.equal((await json(bad)).issues[0].line, 3);
  const ok = await t.call('POST', `/api/v1/training/courses/${course.id}/completions/import`, {
    csv: 'staff_id,completed_on,score\ns-1,2020-06-01,90\n',
  });
  assert.equal((await json(ok)).imported, 1);
  const status = await json(await t.call('GET', `/api/v1/training/courses/${course.id}/status`));
  assert.deepEqual(status.absentees, ['s-2']);
});

test('the OpenAPI document describes the new routes', async () => {
  const doc = await json(await t.call('GET', '/api/openapi.json'));
  for (const path of [
    '/api/v1/complaints',
    '/api/v1/contractors/reviews/due',
    '/api/v1/audits/{id}/close',
    '/api/v1/training/courses/{id}/status',
  ]) {
    assert.ok(doc.paths[path], path);
  }
});
