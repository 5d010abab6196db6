import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importLedger } from '../../src/app/import-ledger.ts';
import { makeDecisions } from '../../src/app/make-decisions.ts';
import {
  complaintCounts,
  listComplaints,
  recordComplaint,
  respondToComplaint,
} from '../../src/app/management/complaints-desk.ts';
import {
  contractorReviewsDue,
  recordContractorReview,
  suspendContractor,
} from '../../src/app/management/contractor-reviews.ts';
import {
  addCorrectiveAction,
  addFinding,
  auditPlan,
  closeAudit,
  completeCorrectiveAction,
  planAudit,
} from '../../src/app/management/internal-audits.ts';
import type { ManagementDeps } from '../../src/app/management/management-deps.ts';
import { assignCourse, courseStatus, createCourse, importCompletionsCsv } from '../../src/app/management/training.ts';
import { PolicyHolder } from '../../src/app/policy-holder.ts';
import type { Store } from '../../src/app/ports.ts';
import { AppError } from '../../src/core/app-error.ts';
import type { DecisionRequest } from '../../src/core/policy/decision.ts';
import { openStore } from '../../src/store/open-store.ts';
import { MemoryEvidenceLog } from '../support/memory-evidence-log.ts';
import { type TestDatabase, testDialects } from '../support/test-databases.ts';
import { validPolicyLedgerYaml } from '../support/valid-policy-ledger.ts';

const code = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;

for (const dialect of testDialects()) {
  describe(`management records on ${dialect.kind}`, () => {
    let database: TestDatabase;
    let store: Store;
    let now = new Date('2026-06-01T03:00:00Z');
    const clock = { now: () => now };
    let deps: ManagementDeps;
    let policies: PolicyHolder;
    before(async () => {
      database = await dialect.createDatabase();
      store = await openStore(database.config);
      await importLedger(
        { store, clock },
        { sources: [{ file: 'p.yaml', text: validPolicyLedgerYaml() }], author: 't', comment: 'v1' },
      );
      policies = new PolicyHolder(store, { refreshMs: 0 });
      deps = { store, clock, policies };
    });
    after(async () => {
      await store.close();
      await database.drop();
    });

    test('repository: insert, get, list by ref, compare-and-set update, count', async () => {
      const at = new Date('2026-01-01T00:00:00Z');
      await store.management.insert([
        { id: 'x-1', kind: 'course', operator: 'staffing', ref: '2026', recordedAt: at, body: { b: 1, a: '日本語' } },
        { id: 'x-2', kind: 'course', ref: '2027', recordedAt: at, body: { a: 2 } },
      ]);
      assert.deepEqual((await store.management.get('course', 'x-1'))?.body, { a: '日本語', b: 1 });
      assert.deepEqual(
        (await store.management.list('course', { ref: '2027' })).map((r) => r.id),
        ['x-2'],
      );
      assert.equal(await store.management.update('course', 'x-2', { a: 2 }, { a: 3 }), true);
      assert.equal(await store.management.update('course', 'x-2', { a: 2 }, { a: 4 }), false);
      await assert.rejects(
        store.management.insert([{ id: 'x-1', kind: 'course', recordedAt: at, body: {} }]),
        code('CONFLICT'),
      );
      assert.equal(await store.management.count(['course']), 2);
    });

    test('complaints: deadline, response, counts per period', async () => {
      const c = await recordComplaint(
        deps,
        {
          operator: 'staffing',
          kind: 'complaint',
          channel: 'phone',
          receivedAt: '2026-05-01T00:00:00Z',
          summary: 'newsletter after opt-out',
          subjectId: 'p-1',
          requestIds: ['r-1'],
        },
        'u-1',
      );
      // 09:00 on 05-01 in Japan: due by the end of the 14th Japanese day after it.
      assert.equal(c.respondBy, '2026-05-15T14:59:59.999Z');
      assert.deepEqual(
        (await listComplaints(deps, { status: 'overdue' })).map((x) => x.id),
        [c.id],
      );
      const answered = await respondToComplaint(deps, c.id, { response: 'stopped the newsletter', close: true }, 'u-1');
      assert.equal(answered.closedAt, now.toISOString());
      await assert.rejects(respondToComplaint(deps, c.id, { response: 'again' }, 'u-1'), code('CONFLICT'));
      const counts = await complaintCounts(deps, { period: 'month' });
      assert.deepEqual(counts, [
        { period: '2026-05', kind: 'complaint', channel: 'phone', received: 1, answeredLate: 1, open: 0 },
      ]);
      assert.deepEqual(await complaintCounts(deps, { period: 'month', operators: ['other'] }), []);
    });

    test('a recorded passing review lifts a lapsed review; a suspension refuses the contractor', async () => {
      const entrust: DecisionRequest = {
        action: 'entrust',
        actor: { kind: 'user', id: 'u-1', roles: ['coordinator'] },
        operator: 'staffing',
        subject: { id: 'p-1', category: 'staff' },
        items: ['name'],
        purpose: 'matching',
        recipient: 'late-review',
      };
      const decisionDeps = { store, clock, evidence: new MemoryEvidenceLog(), policies };
      const codes = async (recipient = 'late-review') =>
        (await makeDecisions(decisionDeps, [{ ...entrust, recipient }]))[0]?.decision.reasons.map((r) => r.code) ?? [];
      assert.ok((await codes()).includes('CONTRACTOR_REVIEW_LAPSED'));
      assert.equal((await contractorReviewsDue(deps)).find((d) => d.contractor === 'late-review')?.state, 'lapsed');
      await assert.rejects(
        recordContractorReview(
          deps,
          { contractor: 'payroll-bpo', reviewedOn: '2026-05-20', reviewer: 'u-9', result: 'pass' },
          'u-9',
        ),
        code('VALIDATION'),
        'a pass must confirm the PM-4 terms',
      );
      const review = await recordContractorReview(
        deps,
        { contractor: 'late-review', reviewedOn: '2026-05-20', reviewer: 'u-9', result: 'pass' },
        'u-9',
      );
      assert.equal(review.nextReviewBy, '2027-05-20');
      assert.ok(!(await codes()).includes('CONTRACTOR_REVIEW_LAPSED'));
      assert.equal((await contractorReviewsDue(deps)).find((d) => d.contractor === 'late-review')?.state, 'ok');
      await suspendContractor(
        deps,
        { contractor: 'late-review', suspendedOn: '2026-06-01', reason: 'audit refused' },
        'u-9',
      );
      assert.ok((await codes()).includes('CONTRACTOR_SUSPENDED'));
      await assert.rejects(
        suspendContractor(deps, { contractor: 'nobody', suspendedOn: '2026-06-01', reason: 'x' }, 'u-9'),
        code('NOT_FOUND'),
      );
    });

    test('internal audits: independence enforced, findings, corrective actions, closure', async () => {
      const plan = {
        operator: 'staffing',
        year: 2026,
        department: 'sales',
        scope: 'consents',
        plannedOn: '2026-09-01',
      };
      await assert.rejects(
        planAudit(deps, { ...plan, auditors: [{ userId: 'u-2', department: 'sales' }] }, 'u-1'),
        code('VALIDATION'),
      );
      const audit = await planAudit(deps, { ...plan, auditors: [{ userId: 'u-1', department: 'legal' }] }, 'u-1');
      await addFinding(deps, audit.id, { severity: 'minor', description: 'old consent forms in use' }, 'u-1');
      await assert.rejects(closeAudit(deps, audit.id, 'u-1'), code('CONFLICT'));
      await addCorrectiveAction(
        deps,
        audit.id,
        'F1',
        { action: 'replace forms', owner: 'u-3', dueOn: '2026-10-01' },
        'u-1',
      );
      await completeCorrectiveAction(deps, audit.id, 'F1', 0, 'u-3');
      const closed = await closeAudit(deps, audit.id, 'u-1');
      assert.equal(closed.closedOn, '2026-06-01');
      assert.deepEqual(
        (await auditPlan(deps, 2026)).map((a) => a.id),
        [audit.id],
      );
      await assert.rejects(
        addFinding(deps, audit.id, { severity: 'minor', description: 'late' }, 'u-1'),
        code('CONFLICT'),
      );
    });

    test('training: assignments, CSV completions, absentees', async () => {
      const course = await createCourse(
        deps,
        {
          operator: 'staffing',
          year: 2026,
          title: 'APPI basics',
          dueOn: '2026-06-30',
        },
        'u-1',
      );
      assert.equal(await assignCourse(deps, course.id, ['s-1', 's-2', 's-3'], 'u-1'), 3);
      assert.equal(await assignCourse(deps, course.id, ['s-1', 's-4'], 'u-1'), 1);
      await assert.rejects(
        importCompletionsCsv(deps, course.id, 'staff_id,completed_on,score\ns-1,2026-06-01,x\n', 'u-1'),
        (e: unknown) => e instanceof AppError && e.issues[0]?.line === 2,
      );
      await assert.rejects(
        importCompletionsCsv(deps, course.id, 'staff_id,completed_on,score\ns-9,2026-06-01,80\n', 'u-1'),
        code('VALIDATION'),
      );
      assert.equal(
        await importCompletionsCsv(
          deps,
          course.id,
          'staff_id,completed_on,score\ns-1,2026-06-01,80\ns-2,2026-06-02,50\n',
          'u-1',
        ),
        2,
      );
      now = new Date('2026-07-01T00:00:00Z');
      const status = await courseStatus(deps, course.id);
      assert.deepEqual(
        status.staff.map((s) => `${s.staffId}:${s.state}`),
        ['s-1:passed', 's-2:failed', 's-3:absent', 's-4:absent'],
      );
    });
  });
}
