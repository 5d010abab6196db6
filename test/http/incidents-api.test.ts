import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Principal, SystemRole } from '../../src/core/auth/principal.ts';
import { type AuthorizedApp, authorizedApp } from '../support/authorized-app.ts';

const user = (roles: SystemRole[], operators: string[] | 'all' = ['sakura-staffing']): Principal => ({
  kind: 'user',
  id: `${roles[0]}-user`,
  roles,
  operators,
  mfa: true,
  sessionId: 's',
});
const staff = user(['privacy-staff']);
const body = (operator = 'sakura-staffing') => ({
  operator,
  title: '派遣スタッフ名簿の誤送信',
  description: 'synthetic',
  discoveredBy: '営業部',
  systems: [],
  facts: { discoveredAt: '2026-03-02T01:00:00Z', cause: 'unauthorised-access', items: ['name'], peopleAffected: 3 },
});
const items = {
  summary: '概要',
  personalData: '氏名',
  peopleAffected: '3',
  cause: '不正アクセス',
  secondaryHarm: 'なし',
  responseToIndividuals: '通知済み',
  publicAnnouncement: '未',
  recurrencePrevention: '多要素認証',
  other: '',
};

describe('incident routes', () => {
  let t: AuthorizedApp;
  let id: string;
  before(async () => {
    t = await authorizedApp({ now: () => new Date('2026-03-06T00:00:00Z') });
  });
  after(() => t.close());

  test('privacy staff record an incident of their operator; it is classified at once', async () => {
    t.as(staff);
    const res = await t.call('POST', '/api/v1/incidents', body());
    assert.equal(res.status, 201);
    const incident = (await res.json()) as { id: string; classification: { grounds: string[]; deadlines: object } };
    id = incident.id;
    assert.deepEqual(incident.classification.grounds, ['BR-3']);
    // Japanese calendar days: due by the end (midnight in Japan) of the 3rd and 60th day after discovery.
    assert.deepEqual(incident.classification.deadlines, {
      preliminaryReport: '2026-03-05T14:59:59.999Z',
      confirmedReport: '2026-05-01T14:59:59.999Z',
    });
    assert.equal((await t.call('POST', '/api/v1/incidents', body('sakura-career'))).status, 404, 'another operator');
  });

  test('reports are versioned and come back as form data and as PDF; deadlines show the overdue one', async () => {
    t.as(staff);
    for (const n of [1, 2]) {
      const res = await t.call('POST', `/api/v1/incidents/${id}/reports`, { kind: 'ppc-preliminary', items });
      assert.equal(res.status, 201);
      assert.equal(((await res.json()) as { version: number }).version, n);
    }
    const form = (await (await t.call('GET', `/api/v1/incidents/${id}/reports/ppc-preliminary/2`)).json()) as {
      form: { entries: { no: number; label: string; value: string }[] };
    };
    assert.equal(form.form.entries.length, 9);
    assert.deepEqual(form.form.entries[0], { no: 1, label: '概要', value: '概要' });
    const pdf = await t.call('GET', `/api/v1/incidents/${id}/reports/ppc-preliminary/1?format=pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString(),
      '%PDF',
    );
    const due = (await (await t.call('GET', '/api/v1/incidents/deadlines?withinDays=7')).json()) as {
      items: { kind: string; overdue: boolean }[];
    };
    assert.deepEqual(
      due.items.map((d) => [d.kind, d.overdue]),
      [['ppc-preliminary', true]],
    );
  });

  test('actions, notifications and filings; the detail shows them all', async () => {
    t.as(staff);
    const action = await t.call('POST', `/api/v1/incidents/${id}/actions`, {
      description: 'MFA',
      owner: 'IT',
      dueDate: '2026-04-01',
    });
    assert.equal(action.status, 201);
    const actionId = ((await action.json()) as { id: string }).id;
    assert.equal((await t.call('POST', `/api/v1/incidents/${id}/actions/${actionId}/close`)).status, 200);
    assert.equal((await t.call('POST', `/api/v1/incidents/${id}/actions/${actionId}/close`)).status, 409);
    const notice = { kind: 'dispatch', subjectId: 'emp-1', channel: 'letter' };
    assert.equal((await t.call('POST', `/api/v1/incidents/${id}/notifications`, notice)).status, 201);
    assert.equal((await t.call('POST', `/api/v1/incidents/${id}/reports/ppc-preliminary/submitted`)).status, 200);
    const patched = await t.call('PATCH', `/api/v1/incidents/${id}`, { title: 'updated' });
    assert.equal(patched.status, 200);
    const detail = (await (await t.call('GET', `/api/v1/incidents/${id}`)).json()) as Record<string, unknown[]>;
    assert.equal(detail.reports?.length, 2);
    assert.equal(detail.actions?.length, 1);
    assert.equal(detail.notifications?.length, 1);
  });

  test('auditors read, cannot write; other operators and request handlers see nothing', async () => {
    t.as(user(['auditor']));
    assert.equal((await t.call('GET', `/api/v1/incidents/${id}`)).status, 200);
    assert.equal((await t.call('PATCH', `/api/v1/incidents/${id}`, { title: 'x' })).status, 403);
    t.as(user(['privacy-staff'], ['sakura-career']));
    assert.equal((await t.call('GET', `/api/v1/incidents/${id}`)).status, 404);
    const list = (await (await t.call('GET', '/api/v1/incidents')).json()) as { items: unknown[] };
    assert.equal(list.items.length, 0);
    t.as(user(['request-handler']));
    assert.equal((await t.call('GET', '/api/v1/incidents')).status, 403);
  });
});
