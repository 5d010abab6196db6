import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { markReportSubmitted } from '../../src/app/incidents/incident-reports.ts';
import { recordIncident } from '../../src/app/incidents/record-incident.ts';
import { recordComplaint, respondToComplaint } from '../../src/app/management/complaints-desk.ts';
import { addFinding, planAudit } from '../../src/app/management/internal-audits.ts';
import { confirmLedgerSection, getLedgerReview, planLedgerReview } from '../../src/app/management/ledger-review.ts';
import {
  addReviewDecision,
  closeManagementReview,
  createManagementReview,
  gatherReviewInputs,
} from '../../src/app/management/management-review.ts';
import { assignCourse, createCourse, recordCompletions } from '../../src/app/management/training.ts';
import { type AuthorizedApp, authorizedApp, user } from '../support/authorized-app.ts';
import { testDialects } from '../support/test-databases.ts';
import { endOfDay, type ManagementFixture, managementFixture, privacyRequest } from './management-fixture.ts';

const period = { operator: 'sakura-staffing', from: '2026-04-01', to: '2026-06-30' };

for (const dialect of testDialects()) {
  describe(`management review and ledger review on ${dialect.kind}`, () => {
    let f: ManagementFixture;
    const deps = () => ({ store: f.store, clock: f.clock });
    before(async () => {
      f = await managementFixture(dialect, '2026-07-10T01:00:00Z');
    });
    after(() => f.close());

    test('inputs are gathered for the operator and period from every record kind', async () => {
      const { store } = f;
      const requests = [
        privacyRequest('r1', endOfDay('2026-04-20'), {
          receivedAt: new Date('2026-04-06T01:00:00Z'),
          status: 'closed',
          closedAt: new Date('2026-04-15T01:00:00Z'),
        }),
        privacyRequest('r2', endOfDay('2026-05-20'), {
          type: 'erasure',
          receivedAt: new Date('2026-05-06T01:00:00Z'),
          status: 'refused',
          updatedAt: new Date('2026-05-25T01:00:00Z'),
        }),
        privacyRequest('r3', endOfDay('2026-06-30'), {
          receivedAt: new Date('2026-06-16T01:00:00Z'),
          status: 'search',
        }),
        privacyRequest('r4', endOfDay('2026-07-20'), { receivedAt: new Date('2026-07-06T01:00:00Z') }),
        privacyRequest('r5', endOfDay('2026-05-20'), {
          receivedAt: new Date('2026-05-06T01:00:00Z'),
          operator: 'sakura-career',
        }),
        privacyRequest('r6', endOfDay('2026-06-20'), {
          receivedAt: new Date('2026-06-06T01:00:00Z'),
          status: 'closed-not-made',
          closedAt: new Date('2026-06-21T01:00:00Z'),
        }),
      ];
      for (const r of requests) {
        await store.requests.create(r, {
          requestId: r.id,
          seq: 1,
          at: r.receivedAt,
          actor: 't',
          action: 'x',
          to: r.status,
        });
      }
      const facts = {
        discoveredAt: new Date('2026-05-01T01:00:00Z'),
        cause: 'unauthorised-access' as const,
        items: ['name'],
        peopleAffected: 3,
        stronglyEncrypted: false,
        pseudonymisedOnly: false,
        privacyMarkHolder: false,
      };
      const base = { operator: 'sakura-staffing', title: 't', description: 'd', discoveredBy: 'IT', systems: [] };
      const reportable = await recordIncident(deps(), { ...base, facts }, 'carol');
      f.clock.set('2026-05-02T01:00:00Z');
      await markReportSubmitted(deps(), reportable.id, 'ppc-preliminary', 'carol');
      f.clock.set('2026-07-10T01:00:00Z');
      await recordIncident(deps(), { ...base, facts: { ...facts, cause: 'loss' as const } }, 'carol');
      await recordIncident(
        deps(),
        { ...base, facts: { ...facts, discoveredAt: new Date('2026-03-01T00:00:00Z') } },
        'carol',
      );
      const late = await recordComplaint(
        deps(),
        {
          operator: 'sakura-staffing',
          kind: 'complaint',
          channel: 'phone',
          receivedAt: '2026-04-01T01:00:00Z',
          summary: 'slow',
        },
        'carol',
      );
      f.clock.set('2026-05-01T01:00:00Z');
      await respondToComplaint(deps(), late.id, { response: 'sorry' }, 'carol');
      f.clock.set('2026-07-10T01:00:00Z');
      await recordComplaint(
        deps(),
        {
          operator: 'sakura-staffing',
          kind: 'consultation',
          channel: 'web',
          receivedAt: '2026-06-01T01:00:00Z',
          summary: 'q',
        },
        'carol',
      );
      const audit = await planAudit(
        deps(),
        {
          operator: 'sakura-staffing',
          year: 2026,
          department: 'sales',
          scope: 's',
          plannedOn: '2026-05-10',
          auditors: [{ userId: 'a1', department: 'legal' }],
        },
        'carol',
      );
      await addFinding(deps(), audit.id, { severity: 'major', description: 'x' }, 'a1');
      await addFinding(deps(), audit.id, { severity: 'observation', description: 'y' }, 'a1');
      const course = await createCourse(
        deps(),
        { operator: 'sakura-staffing', year: 2026, title: 'APPI 2026', dueOn: '2026-06-30' },
        'carol',
      );
      await assignCourse(deps(), course.id, ['s1', 's2', 's3', 's4'], 'carol');
      await recordCompletions(
        deps(),
        course.id,
        [
          { staffId: 's1', completedOn: '2026-06-01', score: 90 },
          { staffId: 's2', completedOn: '2026-06-01', score: 40 },
          { staffId: 's3', completedOn: '2026-06-02', score: 75 },
        ],
        'carol',
      );

      const inputs = await gatherReviewInputs(deps(), period);
      assert.deepEqual(inputs.requests, {
        received: 4,
        byType: { disclosure: 3, erasure: 1 },
        byOutcome: { answered: 1, refused: 1, notMade: 1, open: 1 },
        overdue: 0,
        answeredLate: 1,
      });
      assert.deepEqual(inputs.incidents, {
        recorded: 2,
        reportable: 1,
        byGround: { 'BR-3': 1 },
        open: 2,
        reportsLate: 0,
      });
      assert.deepEqual(inputs.complaints, {
        received: 2,
        byKind: { complaint: 1, consultation: 1 },
        answeredLate: 1,
        open: 1,
      });
      assert.deepEqual(inputs.audits, {
        planned: 1,
        closed: 0,
        findings: { major: 1, minor: 0, observation: 1 },
        openActions: 0,
      });
      assert.deepEqual(inputs.training, [
        { courseId: course.id, title: 'APPI 2026', dueOn: '2026-06-30', assigned: 4, passed: 2, completionRate: 0.5 },
      ]);
      assert.equal(inputs.ledgerReview.year, 2026);
      const later = await gatherReviewInputs(deps(), { ...period, to: '2026-07-31' });
      assert.equal(later.requests.received, 5);
      assert.equal(later.incidents.reportsLate, 1, 'the BR-3 confirmed report, due 06-30, still owed on 07-10');
    });

    test('a review keeps its inputs as they stood, records decisions, closes; the evidence follows', async () => {
      await assert.rejects(
        createManagementReview(
          deps(),
          { ...period, to: '2026-03-01', heldOn: '2026-07-10', participants: ['ceo'] },
          'carol',
        ),
        {
          code: 'VALIDATION',
        },
      );
      const review = await createManagementReview(
        deps(),
        { ...period, heldOn: '2026-07-10', participants: ['ceo', 'cpo'] },
        'carol',
      );
      assert.equal((review.inputs as { requests: { received: number } }).requests.received, 4);
      const decided = await addReviewDecision(
        deps(),
        review.id,
        { decision: 'Automate the request search for the payroll database', owner: 'it-lead', dueOn: '2026-12-31' },
        'ceo',
      );
      assert.deepEqual(
        decided.decisions.map((d) => [d.category, d.owner, d.recordedBy]),
        [['improvement', 'it-lead', 'ceo']],
      );
      await closeManagementReview(deps(), review.id, 'ceo');
      await assert.rejects(addReviewDecision(deps(), review.id, { decision: 'late' }, 'ceo'), { code: 'CONFLICT' });
      const actions = (await f.store.evidence.list({ type: 'management', limit: 1000 }))
        .filter((e) => e.payload.id === review.id)
        .map((e) => e.payload.action);
      assert.deepEqual(actions, ['management-review-held', 'management-review-decision', 'management-review-closed']);
    });

    test('the ledger review: owners per section, only the owner confirms, overdue after the due date', async () => {
      await assert.rejects(
        planLedgerReview(deps(), { year: 2026, dueOn: '2026-09-30', owners: { purposes: 'dave' } }, 'admin'),
        {
          code: 'VALIDATION',
        },
      );
      const planned = await planLedgerReview(
        deps(),
        { year: 2026, dueOn: '2026-09-30', owners: { purposes: 'dave', dataItems: 'dave' }, defaultOwner: 'carol' },
        'admin',
      );
      assert.deepEqual([planned.confirmed, planned.overdue], [0, 0]);
      assert.equal(planned.sections.find((s) => s.section === 'purposes')?.owner, 'dave');
      await assert.rejects(confirmLedgerSection(deps(), { year: 2026, section: 'purposes', body: {} }, 'carol'), {
        code: 'FORBIDDEN',
      });
      const confirmed = await confirmLedgerSection(
        deps(),
        { year: 2026, section: 'purposes', body: { note: 'ok' } },
        'dave',
      );
      assert.deepEqual([confirmed.confirmedOn, confirmed.ledgerVersion], ['2026-07-10', 1]);
      await assert.rejects(confirmLedgerSection(deps(), { year: 2026, section: 'purposes', body: {} }, 'dave'), {
        code: 'CONFLICT',
      });
      await planLedgerReview(deps(), { year: 2026, dueOn: '2026-10-31', defaultOwner: 'erin' }, 'admin');
      f.clock.set('2026-11-01T01:00:00Z');
      const status = await getLedgerReview(deps(), 2026);
      assert.equal(status.sections.find((s) => s.section === 'purposes')?.owner, 'dave', 'a confirmed section stays');
      assert.equal(
        status.sections.find((s) => s.section === 'dataItems')?.owner,
        'erin',
        'unconfirmed ones re-planned',
      );
      assert.deepEqual([status.confirmed, status.overdue], [1, status.total - 1]);
      const next = await getLedgerReview(deps(), 2027);
      assert.deepEqual([next.confirmed, next.overdue], [0, 0], 'a new year starts unconfirmed, due by its end');
    });
  });
}

describe('management and ledger reviews over HTTP', () => {
  let t: AuthorizedApp;
  before(async () => {
    t = await authorizedApp({ now: () => new Date('2026-07-10T01:00:00Z') });
  });
  after(() => t.close());

  test('staff hold a review of their operator; another operator is not found; owners confirm sections', async () => {
    t.as(user('carol', ['privacy-staff'], ['sakura-staffing']));
    const inputs = await t.call(
      'GET',
      '/api/v1/management-reviews/inputs?operator=sakura-staffing&from=2026-04-01&to=2026-06-30',
    );
    assert.equal(inputs.status, 200);
    assert.equal(
      (await t.call('GET', '/api/v1/management-reviews/inputs?operator=sakura-career&from=2026-04-01&to=2026-06-30'))
        .status,
      404,
    );
    const held = await t.call('POST', '/api/v1/management-reviews', {
      ...period,
      heldOn: '2026-07-10',
      participants: ['ceo'],
    });
    assert.equal(held.status, 200);
    const { id } = (await held.json()) as { id: string };
    assert.equal(
      (await t.call('POST', `/api/v1/management-reviews/${id}/decisions`, { decision: 'more training' })).status,
      200,
    );
    assert.equal((await t.call('POST', `/api/v1/management-reviews/${id}/decisions`, { decision: '' })).status, 400);
    t.as(user('erin', ['privacy-staff'], ['sakura-career']));
    assert.equal((await t.call('GET', `/api/v1/management-reviews/${id}`)).status, 404);
    assert.deepEqual(
      ((await (await t.call('GET', '/api/v1/management-reviews')).json()) as { items: unknown[] }).items,
      [],
    );

    t.as(user('carol', ['privacy-staff']));
    const plan = await t.call('PUT', '/api/v1/ledger-reviews/2026', { dueOn: '2026-09-30', defaultOwner: 'hana' });
    assert.equal(plan.status, 200);
    assert.equal((await t.call('POST', '/api/v1/ledger-reviews/2026/sections/purposes/confirm', {})).status, 403);
    t.as(user('hana', ['request-handler']));
    assert.equal((await t.call('POST', '/api/v1/ledger-reviews/2026/sections/purposes/confirm', {})).status, 200);
    assert.equal((await t.call('POST', '/api/v1/ledger-reviews/2026/sections/nonsense/confirm', {})).status, 400);
    const status = (await (await t.call('GET', '/api/v1/ledger-reviews/2026')).json()) as { confirmed: number };
    assert.equal(status.confirmed, 1);
  });
});
