// Every change to a management record is evidence, committed in the same transaction as the change: a refused or
// lost change leaves no entry, and the chain verifies afterwards.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { recordComplaint, respondToComplaint } from '../../src/app/management/complaints-desk.ts';
import { recordContractorReview, suspendContractor } from '../../src/app/management/contractor-reviews.ts';
import {
  addCorrectiveAction,
  addFinding,
  closeAudit,
  completeCorrectiveAction,
  planAudit,
} from '../../src/app/management/internal-audits.ts';
import { assignCourse, createCourse, importCompletionsCsv } from '../../src/app/management/training.ts';
import { verifyEvidence } from '../../src/app/verify-evidence.ts';
import { AppError } from '../../src/core/app-error.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import { testDialects } from '../support/test-databases.ts';
import { type ManagementFixture, managementFixture } from './management-fixture.ts';

const code = (c: string) => (e: unknown) => e instanceof AppError && e.code === c;

for (const dialect of testDialects()) {
  describe(`management evidence on ${dialect.kind}`, () => {
    let f: ManagementFixture;
    const deps = () => ({ store: f.store, clock: f.clock });
    const entries = async () =>
      (await f.store.evidence.list({ type: 'management', limit: 10_000 })).map((e) => ({
        action: e.payload.action,
        id: e.payload.id,
        actor: e.actor,
        subject: e.subject,
      }));
    before(async () => {
      f = await managementFixture(dialect, '2026-06-01T01:00:00Z');
    });
    after(() => f.close());

    test('each change of each kind is one entry naming the record; refused changes record nothing', async () => {
      const complaint = await recordComplaint(
        deps(),
        {
          operator: 'sakura-staffing',
          kind: 'complaint',
          channel: 'phone',
          receivedAt: '2026-06-01T00:00:00Z',
          summary: 'newsletter after opting out',
          subjectId: 'p-17',
        },
        'hana',
      );
      await respondToComplaint(deps(), complaint.id, { response: 'stopped', close: true }, 'hana');
      await assert.rejects(respondToComplaint(deps(), complaint.id, { response: 'again' }, 'hana'), code('CONFLICT'));
      const review = await recordContractorReview(
        deps(),
        {
          contractor: 'aoba-call-center',
          reviewedOn: '2026-05-30',
          reviewer: 'carol',
          result: 'conditional',
        },
        'carol',
      );
      const suspension = await suspendContractor(
        deps(),
        { contractor: 'aoba-call-center', suspendedOn: '2026-06-01', reason: 'audit pending' },
        'carol',
      );
      const audit = await planAudit(
        deps(),
        {
          operator: 'sakura-staffing',
          year: 2026,
          department: 'sales',
          scope: 'consent forms',
          plannedOn: '2026-09-01',
          auditors: [{ userId: 'u-1', department: 'legal' }],
        },
        'carol',
      );
      await addFinding(deps(), audit.id, { severity: 'minor', description: 'old forms' }, 'u-1');
      await assert.rejects(closeAudit(deps(), audit.id, 'u-1'), code('CONFLICT'));
      await addCorrectiveAction(
        deps(),
        audit.id,
        'F1',
        { action: 'replace', owner: 'u-3', dueOn: '2026-10-01' },
        'u-1',
      );
      await completeCorrectiveAction(deps(), audit.id, 'F1', 0, 'u-3');
      await closeAudit(deps(), audit.id, 'u-1');
      const course = await createCourse(
        deps(),
        { operator: 'sakura-staffing', year: 2026, title: 'APPI basics', dueOn: '2026-06-30' },
        'carol',
      );
      await assignCourse(deps(), course.id, ['s-1', 's-2'], 'carol');
      assert.equal(await assignCourse(deps(), course.id, ['s-1'], 'carol'), 0, 'nothing new: no entry');
      await assert.rejects(
        importCompletionsCsv(deps(), course.id, 'staff_id,completed_on,score\ns-9,2026-06-01,80\n', 'carol'),
        code('VALIDATION'),
      );
      await importCompletionsCsv(deps(), course.id, 'staff_id,completed_on,score\ns-1,2026-06-01,80\n', 'carol');

      assert.deepEqual(await entries(), [
        { action: 'complaint-recorded', id: complaint.id, actor: 'hana', subject: 'p-17' },
        { action: 'complaint-closed', id: complaint.id, actor: 'hana', subject: 'p-17' },
        { action: 'contractor-reviewed', id: review.id, actor: 'carol', subject: undefined },
        { action: 'contractor-suspended', id: suspension.id, actor: 'carol', subject: undefined },
        { action: 'audit-planned', id: audit.id, actor: 'carol', subject: undefined },
        { action: 'audit-finding-added', id: audit.id, actor: 'u-1', subject: undefined },
        { action: 'audit-action-added', id: audit.id, actor: 'u-1', subject: undefined },
        { action: 'audit-action-completed', id: audit.id, actor: 'u-3', subject: undefined },
        { action: 'audit-closed', id: audit.id, actor: 'u-1', subject: undefined },
        { action: 'course-created', id: course.id, actor: 'carol', subject: undefined },
        { action: 'course-assigned', id: course.id, actor: 'carol', subject: undefined },
        { action: 'training-completions-recorded', id: course.id, actor: 'carol', subject: undefined },
      ]);
      const all = await f.store.evidence.list({ type: 'management', limit: 100 });
      assert.ok(
        all.every(
          (e) => !JSON.stringify(e.payload).includes('newsletter') && !JSON.stringify(e.payload).includes('old forms'),
        ),
        'texts stay in the records, not in the evidence',
      );
      assert.equal((await verifyEvidence({ store: f.store, keys: TEST_EVIDENCE_KEYS })).ok, true);
    });

    test('a compare-and-set that loses records neither the change nor its evidence', async () => {
      const before = (await entries()).length;
      const record = { id: 'cas-1', kind: 'complaint' as const, operator: 'x', recordedAt: new Date(), body: { v: 1 } };
      const event = (action: string) => ({
        type: 'management' as const,
        actor: 't',
        at: new Date(),
        payload: { action, kind: 'complaint', id: 'cas-1' },
      });
      await f.store.management.insert([record], [event('inserted')]);
      await assert.rejects(f.store.management.insert([record], [event('inserted-again')]), code('CONFLICT'));
      const [first, second] = await Promise.all([
        f.store.management.update('complaint', 'cas-1', { v: 1 }, { v: 2 }, [event('first')]),
        f.store.management.update('complaint', 'cas-1', { v: 1 }, { v: 3 }, [event('second')]),
      ]);
      assert.deepEqual([first, second].sort(), [false, true], 'exactly one wins');
      const after = (await entries()).slice(before).map((e) => e.action);
      assert.equal(after.length, 2, 'the duplicate insert and the losing update left no entry');
      assert.equal(after[0], 'inserted');
      assert.equal(after[1], first ? 'first' : 'second');
      assert.deepEqual((await f.store.management.get('complaint', 'cas-1'))?.body, { v: first ? 2 : 3 });
      assert.equal((await verifyEvidence({ store: f.store, keys: TEST_EVIDENCE_KEYS })).ok, true);
    });
  });
}
