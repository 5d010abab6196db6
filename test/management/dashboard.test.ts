import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { recordIncident, updateIncident } from '../../src/app/incidents/record-incident.ts';
import { recordComplaint, respondToComplaint } from '../../src/app/management/complaints-desk.ts';
import { recordContractorReview } from '../../src/app/management/contractor-reviews.ts';
import { getDashboard, japanWeek } from '../../src/app/management/dashboard.ts';
import { confirmLedgerSection, planLedgerReview } from '../../src/app/management/ledger-review.ts';
import { assignCourse, createCourse, recordCompletions } from '../../src/app/management/training.ts';
import { verifyAndRecordEvidence } from '../../src/app/verification-runs.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import { testDialects } from '../support/test-databases.ts';
import { endOfDay, type ManagementFixture, managementFixture, privacyRequest } from './management-fixture.ts';

// Wednesday 2026-04-08, 10:00 in Japan: the week runs Monday 04-06 to Sunday 04-12.
const NOW = '2026-04-08T01:00:00Z';

test('the Japanese week runs Monday to Sunday', () => {
  assert.deepEqual(japanWeek('2026-04-08'), { monday: '2026-04-06', sunday: '2026-04-12' });
  assert.deepEqual(japanWeek('2026-04-06'), { monday: '2026-04-06', sunday: '2026-04-12' });
  assert.deepEqual(japanWeek('2026-04-12'), { monday: '2026-04-06', sunday: '2026-04-12' });
  assert.deepEqual(japanWeek('2026-01-01'), { monday: '2025-12-29', sunday: '2026-01-04' });
});

for (const dialect of testDialects()) {
  describe(`dashboard on ${dialect.kind}`, () => {
    let f: ManagementFixture;
    const deps = () => ({ store: f.store, clock: f.clock });
    before(async () => {
      f = await managementFixture(dialect, NOW);
    });
    after(() => f.close());

    test('an empty system: zeros, the ledger sections to review, no verification yet', async () => {
      const d = await getDashboard(deps());
      assert.deepEqual(d.requests, { open: 0, overdue: 0, dueToday: 0, dueThisWeek: 0, items: [] });
      assert.equal(d.consentsWithdrawnThisWeek, 0);
      assert.deepEqual(d.incidents, { open: 0, deadlines: [] });
      assert.deepEqual(d.complaints, { open: 0, overdue: 0 });
      assert.deepEqual(d.trainingsDue, []);
      assert.deepEqual(d.contractorReviewsDue, [], 'every active demo contractor is reviewed ahead of time');
      assert.equal(d.ledgerReview.year, 2026);
      assert.ok(d.ledgerReview.total > 10, 'every non-empty ledger section is to be confirmed');
      assert.deepEqual([d.ledgerReview.confirmed, d.ledgerReview.overdue], [0, 0], 'due by the year end unplanned');
      assert.equal(d.evidence.lastVerification, null);
    });

    test('what needs action, counted in Japanese days and scoped to the operators', async () => {
      const { store } = f;
      const requests = [
        privacyRequest('a-overdue', endOfDay('2026-04-07')),
        privacyRequest('b-today', endOfDay('2026-04-08'), { type: 'erasure' }),
        privacyRequest('c-sunday', endOfDay('2026-04-12')),
        privacyRequest('d-later', endOfDay('2026-04-20')),
        privacyRequest('e-closed', endOfDay('2026-04-01'), { status: 'closed', closedAt: new Date(NOW) }),
        privacyRequest('f-sent', endOfDay('2026-04-02'), { status: 'response-sent' }),
        privacyRequest('g-career', endOfDay('2026-04-09'), { operator: 'sakura-career' }),
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
      const consent = (id: string, status: 'given' | 'withdrawn', at: string, purpose = 'recruitment-marketing') =>
        store.consents.record({
          id,
          subjectId: `p-${id}`,
          status,
          scope: { purpose },
          method: 'web',
          recordedBy: 't',
          at: new Date(at),
        });
      await consent('w1', 'withdrawn', '2026-04-06T00:30:00+09:00');
      await consent('w0', 'withdrawn', '2026-04-05T23:59:00+09:00');
      await consent('g1', 'given', '2026-04-07T00:00:00+09:00');
      await recordContractorReview(
        deps(),
        {
          contractor: 'aoba-call-center',
          reviewedOn: '2026-04-01',
          reviewer: 'carol',
          result: 'fail',
          reason: 'incident',
        },
        'carol',
      );
      const course = await createCourse(
        deps(),
        {
          operator: 'sakura-staffing',
          year: 2026,
          title: '個人情報保護研修 2026',
          dueOn: '2026-04-30',
        },
        'carol',
      );
      await assignCourse(deps(), course.id, ['s1', 's2', 's3'], 'carol');
      await recordCompletions(deps(), course.id, [{ staffId: 's1', completedOn: '2026-04-02', score: 90 }], 'carol');
      const later = await createCourse(
        deps(),
        {
          operator: 'sakura-staffing',
          year: 2026,
          title: 'later',
          dueOn: '2026-06-30',
        },
        'carol',
      );
      await assignCourse(deps(), later.id, ['s1'], 'carol');
      const careerCourse = await createCourse(
        deps(),
        {
          operator: 'sakura-career',
          year: 2025,
          title: '前年度研修',
          dueOn: '2025-12-31',
        },
        'carol',
      );
      await assignCourse(deps(), careerCourse.id, ['k1'], 'carol');
      const incidentInput = {
        operator: 'sakura-staffing',
        title: 'unauthorised access',
        description: 'synthetic',
        discoveredBy: '情報システム部',
        systems: [],
        facts: {
          // 23:30 on Monday in Japan: the preliminary report is due by the end of Thursday, not 72 hours later.
          discoveredAt: new Date('2026-04-06T14:30:00Z'),
          cause: 'unauthorised-access' as const,
          items: ['name'],
          peopleAffected: 12,
          stronglyEncrypted: false,
          pseudonymisedOnly: false,
          privacyMarkHolder: false,
        },
      };
      const incident = await recordIncident(deps(), incidentInput, 'carol');
      const closed = await recordIncident(deps(), incidentInput, 'carol');
      await updateIncident(deps(), closed.id, { status: 'closed' }, 'carol');
      await recordComplaint(
        deps(),
        {
          operator: 'sakura-staffing',
          kind: 'complaint',
          channel: 'phone',
          receivedAt: '2026-03-01T01:00:00Z',
          summary: 'late reply',
        },
        'carol',
      );
      await recordComplaint(
        deps(),
        {
          operator: 'sakura-career',
          kind: 'consultation',
          channel: 'web',
          receivedAt: '2026-04-07T01:00:00Z',
          summary: 'question',
        },
        'carol',
      );
      const answered = await recordComplaint(
        deps(),
        {
          operator: 'sakura-staffing',
          kind: 'consultation',
          channel: 'web',
          receivedAt: '2026-04-01T01:00:00Z',
          summary: 'answered',
        },
        'carol',
      );
      await respondToComplaint(deps(), answered.id, { response: 'done' }, 'carol');
      await planLedgerReview(
        deps(),
        { year: 2026, dueOn: '2026-03-31', defaultOwner: 'carol', owners: { purposes: 'dave' } },
        'admin',
      );
      await confirmLedgerSection(deps(), { year: 2026, section: 'purposes', body: {} }, 'dave');
      const verification = await verifyAndRecordEvidence(
        { store, keys: TEST_EVIDENCE_KEYS, clock: f.clock },
        {},
        'auditor',
      );
      assert.equal(verification.ok, true);

      const d = await getDashboard(deps());
      assert.deepEqual(
        { ...d.requests, items: d.requests.items.map((i) => [i.id, i.dueOn, i.state]) },
        {
          open: 5,
          overdue: 1,
          dueToday: 1,
          dueThisWeek: 3,
          items: [
            ['a-overdue', '2026-04-07', 'search'],
            ['b-today', '2026-04-08', 'search'],
            ['g-career', '2026-04-09', 'search'],
            ['c-sunday', '2026-04-12', 'search'],
            ['d-later', '2026-04-20', 'search'],
          ],
        },
      );
      assert.equal(d.requests.items[0]?.trackingCode, 'TC-a-overdue');
      assert.equal(
        d.consentsWithdrawnThisWeek,
        1,
        'Monday 00:30 counts, Sunday 23:59 does not, a consent given does not',
      );
      assert.deepEqual(d.contractorReviewsDue, [
        {
          contractorId: 'aoba-call-center',
          name: '株式会社あおばコールセンター（架空）',
          dueOn: '2026-04-01',
          overdue: true,
        },
      ]);
      assert.deepEqual(d.trainingsDue, [
        { courseId: careerCourse.id, title: '前年度研修', dueOn: '2025-12-31', incompleteCount: 1 },
        { courseId: course.id, title: '個人情報保護研修 2026', dueOn: '2026-04-30', incompleteCount: 2 },
      ]);
      assert.deepEqual(d.incidents, {
        open: 1,
        deadlines: [
          { incidentId: incident.id, report: 'ppc-preliminary', dueAt: '2026-04-09T14:59:59.999Z', overdue: false },
          { incidentId: incident.id, report: 'ppc-confirmed', dueAt: '2026-06-05T14:59:59.999Z', overdue: false },
        ],
      });
      assert.deepEqual(d.complaints, { open: 2, overdue: 1 });
      assert.deepEqual(
        { confirmed: d.ledgerReview.confirmed, overdue: d.ledgerReview.overdue },
        { confirmed: 1, overdue: d.ledgerReview.total - 1 },
      );
      assert.deepEqual(d.evidence.lastVerification, {
        at: new Date(NOW).toISOString(),
        ok: true,
        entries: verification.entries,
      });

      const career = await getDashboard(deps(), { operators: ['sakura-career'], visiblePurposes: [] });
      assert.deepEqual([career.requests.open, career.requests.dueThisWeek], [1, 1]);
      assert.deepEqual(
        career.requests.items.map((i) => i.id),
        ['g-career'],
      );
      assert.equal(career.consentsWithdrawnThisWeek, 0, 'consents of purposes the caller cannot see are not counted');
      assert.deepEqual(
        career.trainingsDue.map((t) => t.courseId),
        [careerCourse.id],
      );
      assert.deepEqual(career.incidents, { open: 0, deadlines: [] });
      assert.deepEqual(career.complaints, { open: 1, overdue: 0 });
    });
  });
}
