// One disposal suite, every engine: plan, holds, MN-3, the longest rule, a run interrupted after a batch changed the
// company database but before Mamori recorded it, the resumed run, and the certificate checked against the evidence.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { ConnectorEngine } from '../../src/app/connector.ts';
import { placeHold, releaseHold } from '../../src/app/retention/legal-holds.ts';
import { planDisposal } from '../../src/app/retention/plan-disposal.ts';
import { runDisposalJob } from '../../src/app/retention/run-disposal-job.ts';
import { startDisposalRun } from '../../src/app/retention/start-disposal-run.ts';
import { verifyEvidence } from '../../src/app/verify-evidence.ts';
import { demoPerson } from '../../src/connectors/demo/demo-person.ts';
import { canonicalJson } from '../../src/core/canonical-json.ts';
import { SETTINGS } from '../connectors/demo-fixture.ts';
import { TEST_EVIDENCE_KEYS } from '../support/evidence-keys.ts';
import type { TestDialect } from '../support/test-databases.ts';
import { createRetentionFixture, type RetentionFixture } from './retention-fixture.ts';

// Trigger dates before these are past the rule on 2026-04-01 (a period ends on its civil last day).
const BEFORE = { y1: '2025-04-01', y3: '2023-04-01', y4: '2022-04-01', y5: '2021-04-01', y7: '2019-04-01' };
const MASK = '＊＊＊＊';

export function disposalSuite(engine: ConnectorEngine, dialect: TestDialect): void {
  describe(`retention disposal: ${engine} database, ${dialect.kind} store`, () => {
    let r: RetentionFixture;
    let heldStaff: { id: number; number: string; payrollDue: number };
    before(async () => {
      r = await createRetentionFixture(engine, dialect);
    });
    after(() => r?.close());

    const target = (plan: Awaited<ReturnType<typeof planDisposal>>['plan'], id: string) =>
      plan.systems.flatMap((s) => s.targets).find((t) => t.target === `hr-database/${id}`)!;

    test('the plan counts each table by its rules: leaf tables agree with direct queries, the longest rule wins', async () => {
      const { plan } = await planDisposal(r.deps);
      assert.equal(plan.asOf, '2026-04-01');
      assert.equal(
        target(plan, 'health_checks/delete').due,
        await r.count('health_checks', 'checked_on < ?', [BEFORE.y5]),
      );
      assert.equal(target(plan, 'payroll/delete').due, await r.count('payroll', 'paid_on < ?', [BEFORE.y5]));
      // Assignments: dispatch ledgers keep 3 years, labour records 5 from the same date; the 5 years decide.
      const assignments = target(plan, 'assignments/delete');
      assert.equal(assignments.rule, 'labour-records');
      assert.deepEqual([...assignments.rules].sort(), ['dispatch-ledgers', 'labour-records']);
      assert.equal(assignments.due, await r.count('assignments', 'end_on < ?', [BEFORE.y5]));
      const onlyShorter = await r.count('assignments', 'end_on >= ? AND end_on < ?', [BEFORE.y5, BEFORE.y3]);
      assert.ok(onlyShorter > 0, 'some assignments are past the 3-year rule only');
      // Social insurance rows go when the tax declaration (7y), pension (2y) and insurance (4y) rules are all past.
      const deleteDue = 'acquired_on < ? AND lost_on IS NOT NULL AND lost_on < ?';
      assert.equal(
        target(plan, 'social_insurance/delete').due,
        await r.count('social_insurance', deleteDue, [BEFORE.y7, BEFORE.y4]),
      );
      // MN-3: the rest past the 7-year rule keep their row but lose the My Number.
      const mnDue = 'acquired_on < ? AND (lost_on IS NULL OR lost_on >= ?)';
      const mn = target(plan, 'social_insurance/erase-my-number');
      assert.equal(mn.due, await r.count('social_insurance', mnDue, [BEFORE.y7, BEFORE.y4]));
      assert.ok(mn.due > 0, 'the demo has My Numbers past their period on current rows');
      assert.deepEqual(mn.items, ['my-number']);
      const codes = plan.systems[0]!.notes.map((n) => `${n.code}:${n.table}:${n.rule}`);
      assert.ok(codes.includes('nothing-to-erase:family_members:tax-declarations'));
      assert.ok(plan.unconnected.includes('staffing-platform'));
    });

    test('a person hold keeps their due rows and is reported; a system hold stops the whole system', async () => {
      // A dispatched staff member with wage-ledger rows past their period.
      for (let i = 0; ; i++) {
        const p = demoPerson(SETTINGS, i);
        if (p.kind !== 'staff' || !p.dispatched) continue;
        const [row] = await r.fx.raw('SELECT id FROM staff WHERE staff_number = ?', [p.number]);
        const id = Number(row!.id);
        const payrollDue = await r.count('payroll', 'staff_id = ? AND paid_on < ?', [id, BEFORE.y5]);
        if (payrollDue > 0) {
          heldStaff = { id, number: p.number!, payrollDue };
          break;
        }
      }
      const before = await planDisposal(r.deps);
      const hold = await placeHold(
        r.deps,
        {
          scope: { kind: 'person', subject: 'staff-hold-1', operator: 'sakura-staffing' },
          identity: { kind: 'staff-number', staffNumber: heldStaff.number },
          reason: 'labour tribunal case',
          owner: 'legal department',
        },
        'legal-user',
      );
      const { plan } = await planDisposal(r.deps);
      const payroll = target(plan, 'payroll/delete');
      assert.equal(payroll.held, heldStaff.payrollDue);
      assert.equal(payroll.due, target(before.plan, 'payroll/delete').due - heldStaff.payrollDue);
      assert.equal(plan.holds.find((h) => h.id === hold.id)!.rows >= heldStaff.payrollDue, true);

      const system = await placeHold(
        r.deps,
        { scope: { kind: 'system', system: 'hr-database' }, reason: 'audit freeze', owner: 'internal audit' },
        'legal-user',
      );
      const frozen = await planDisposal(r.deps);
      assert.deepEqual(frozen.plan.systems[0]!.heldBy, [system.id]);
      assert.equal(frozen.plan.totals.due, 0);
      const snapshot = await r.fx.snapshot();
      const job = await startDisposalRun(r.deps, { actor: 'privacy-officer' });
      const done = await runDisposalJob(r.deps, job.id, { owner: 'node-a' });
      assert.equal(done.status, 'completed');
      assert.ok(done.progress.every((p) => p.state === 'held' || p.state === 'contractor'));
      assert.equal(await r.fx.snapshot(), snapshot, 'nothing was touched');
      const certificate = await r.store.retention.certificate(done.certificateId!);
      assert.equal(certificate!.body.totals.disposed, 0);
      assert.ok(certificate!.body.holds.some((h) => h.id === system.id));
      await releaseHold(r.deps, system.id, 'audit finished', 'legal-user');
    });

    test('a run interrupted after a batch was disposed but not recorded resumes and counts every row once', async () => {
      const counts = async () => ({
        health: await r.count('health_checks'),
        payroll: await r.count('payroll'),
        assignments: await r.count('assignments'),
        insurance: await r.count('social_insurance'),
        staff: await r.count('staff'),
        employees: await r.count('employees'),
        candidates: await r.count('candidates'),
        masked: await r.count('social_insurance', 'my_number_hash = ?', [MASK]),
      });
      const start = await counts();
      const pensions = await r.fx.raw(
        'SELECT id, pension_number FROM social_insurance WHERE acquired_on < ? AND lost_on IS NULL ORDER BY id',
        [BEFORE.y7],
      );
      const job = await startDisposalRun(r.deps, { actor: 'privacy-officer' });
      const planned = job.targets.filter((t) => t.target.action !== 'contractor').reduce((n, t) => n + t.planned, 0);
      assert.ok(planned > 50);
      await assert.rejects(
        runDisposalJob(r.deps, job.id, {
          owner: 'node-a',
          batchSize: 7,
          afterDispose: (seq) => {
            if (seq === 4) throw new Error('power cut');
          },
        }),
        /power cut/,
      );
      const stopped = (await r.store.retention.job(job.id))!;
      assert.equal(stopped.status, 'running');
      assert.equal(stopped.lease, undefined, 'the failed runner gave its lease up');
      assert.equal((await r.store.retention.pendingBatch(job.id))?.seq, 4, 'batch 4 ran but was never recorded');
      assert.ok((await counts()).health < start.health, 'rows are already gone');

      const done = await runDisposalJob(r.deps, job.id, { owner: 'node-b', batchSize: 7 });
      assert.equal(done.status, 'completed');
      const end = await counts();
      const gone =
        start.health -
        end.health +
        start.payroll -
        end.payroll +
        start.assignments -
        end.assignments +
        start.insurance -
        end.insurance +
        start.staff -
        end.staff +
        start.employees -
        end.employees +
        start.candidates -
        end.candidates;
      const cert = (await r.store.retention.certificate(done.certificateId!))!;
      const byTarget = Object.fromEntries(cert.body.targets.map((t) => [t.target.replace('hr-database/', ''), t]));
      assert.equal(cert.body.totals.disposed, gone + (end.masked - start.masked), 'every row counted once');
      assert.equal(cert.body.totals.disposed, planned);
      for (const t of cert.body.targets) {
        if (t.action !== 'contractor') assert.equal(t.disposed, t.planned, t.target);
      }
      assert.equal(byTarget['health_checks/delete']!.disposed, start.health - end.health);
      assert.equal(byTarget['social_insurance/erase-my-number']!.disposed, end.masked - start.masked);
      assert.equal(cert.body.verification.ok, true);
      assert.equal(cert.body.totals.remaining, 0);

      // The longest rule: assignments past only the 3-year rule are all still there.
      assert.equal(await r.count('assignments', 'end_on < ? AND staff_id <> ?', [BEFORE.y5, heldStaff.id]), 0);
      assert.ok((await r.count('assignments', 'end_on >= ? AND end_on < ?', [BEFORE.y5, BEFORE.y3])) > 0);
      // The held person's rows are untouched.
      assert.equal(
        await r.count('payroll', 'staff_id = ? AND paid_on < ?', [heldStaff.id, BEFORE.y5]),
        heldStaff.payrollDue,
      );
      // MN-3: only the My Number columns of current rows were erased; the rows and their pension numbers remain.
      const after = await r.fx.raw(
        'SELECT id, staff_id, pension_number, my_number_hash, my_number_masked FROM social_insurance WHERE acquired_on < ? AND lost_on IS NULL ORDER BY id',
        [BEFORE.y7],
      );
      assert.equal(after.length, pensions.length);
      after.forEach((row, i) => {
        assert.equal(row.pension_number, pensions[i]!.pension_number);
        const erased = [row.my_number_hash, row.my_number_masked].map((v) => v === MASK);
        assert.deepEqual(erased, Number(row.staff_id) === heldStaff.id ? [false, false] : [true, true]);
      });
    });

    test('the certificate verifies: its digest and PDF are in the evidence log, the chain holds, and a re-plan finds nothing due', async () => {
      const [job] = await r.store.retention.jobs(1);
      const cert = (await r.store.retention.certificate(job!.certificateId!))!;
      assert.equal(Buffer.from(cert.pdf).subarray(0, 4).toString(), '%PDF');
      assert.equal(cert.pdfSha256, createHash('sha256').update(cert.pdf).digest('hex'));
      assert.equal(cert.bodySha256, createHash('sha256').update(canonicalJson(cert.body)).digest('hex'));
      const [entry] = await r.store.evidence.list({ type: 'disposal', subject: cert.id, limit: 5 });
      assert.equal(entry?.payload.certificateSha256, cert.bodySha256);
      assert.equal(entry?.payload.pdfSha256, cert.pdfSha256);
      assert.equal(entry?.actor, 'privacy-officer');
      const check = await verifyEvidence({ store: r.store, keys: TEST_EVIDENCE_KEYS });
      assert.equal(check.ok, true);
      const { plan } = await planDisposal(r.deps);
      assert.equal(plan.totals.due, 0);
      assert.ok(plan.totals.held >= heldStaff.payrollDue, 'what the person hold keeps is still reported');
    });
  });
}
