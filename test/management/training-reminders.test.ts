// Training reminders on every store dialect, mailed through a real SMTP server: assignment rows written before they
// carried an address still read (as people without one), and two chases racing on the same day record each person's
// reminder once (the record id names the person and the day).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assignStaff, createCourse } from '../../src/app/management/training.ts';
import { courseStaffStatus, sendTrainingReminders } from '../../src/app/management/training-reminders.ts';
import { smtpMailer } from '../../src/mail/smtp-mailer.ts';
import { testDialects } from '../support/test-databases.ts';
import { startTestSmtp, type TestSmtp } from '../support/test-smtp.ts';
import { type ManagementFixture, managementFixture } from './management-fixture.ts';

let smtp: TestSmtp;
before(async () => {
  smtp = await startTestSmtp();
});
after(() => smtp.close());

for (const dialect of testDialects()) {
  describe(`training reminders on ${dialect.kind}`, () => {
    let f: ManagementFixture;
    const deps = () => ({ store: f.store, clock: f.clock, mailer: smtpMailer(smtp.url, 'privacy@sakura.example') });
    before(async () => {
      f = await managementFixture(dialect, '2026-07-01T01:00:00Z');
    });
    after(() => f.close());

    test('old assignment rows read as people without an address; the roster adds one', async () => {
      const course = await createCourse(
        deps(),
        { operator: 'sakura-staffing', year: 2026, title: 'APPI', dueOn: '2026-06-30' },
        'hana',
      );
      // As assignCourse stored rows before addresses existed.
      await f.store.management.insert([
        {
          id: `${course.id}:s-old`,
          kind: 'training-assignment',
          operator: course.operator,
          ref: course.id,
          recordedAt: new Date('2026-05-01T00:00:00Z'),
          body: { course: course.id, staffId: 's-old' },
        },
      ]);
      assert.deepEqual(
        await assignStaff(deps(), course.id, { staff: [{ staffId: 's-new', email: 'n@example.jp' }] }, 'hana'),
        {
          assigned: 1,
          emailsUpdated: 0,
        },
      );
      const before = await courseStaffStatus(deps(), course.id);
      assert.deepEqual(
        before.staff.map((s) => [s.staffId, s.state, s.hasEmail]),
        [
          ['s-new', 'absent', true],
          ['s-old', 'absent', false],
        ],
      );
      const outcome = await sendTrainingReminders(deps(), course.id, {}, 'hana');
      assert.deepEqual(outcome.withoutEmail, ['s-old']);
      // Given an address later (a roster line without one leaves it as it is).
      assert.deepEqual(
        await assignStaff(
          deps(),
          course.id,
          { staff: [{ staffId: 's-old', email: 'o@example.jp' }, { staffId: 's-new' }] },
          'hana',
        ),
        { assigned: 0, emailsUpdated: 1 },
      );
      const after = await courseStaffStatus(deps(), course.id);
      assert.deepEqual(
        after.staff.map((s) => [s.staffId, s.hasEmail, s.reminders]),
        [
          ['s-new', true, 1],
          ['s-old', true, 0],
        ],
      );
    });

    test('two chases at once the same day record each reminder once', async () => {
      f.clock.set('2026-07-05T01:00:00Z');
      const course = await createCourse(
        deps(),
        { operator: 'sakura-staffing', year: 2026, title: 'My Number', dueOn: '2026-07-01' },
        'hana',
      );
      const staff = Array.from({ length: 5 }, (_, i) => ({ staffId: `r-${i}`, email: `r${i}@example.jp` }));
      await assignStaff(deps(), course.id, { staff }, 'hana');
      const [a, b] = await Promise.all([
        sendTrainingReminders(deps(), course.id, {}, 'hana'),
        sendTrainingReminders(deps(), course.id, {}, 'kenji'),
      ]);
      // Whoever lost a person's race reports them as already reminded; nobody is lost.
      assert.equal(a.sent + b.sent, 5);
      assert.equal(a.alreadyReminded.length + b.alreadyReminded.length, 5);
      const status = await courseStaffStatus(deps(), course.id);
      assert.ok(status.staff.every((s) => s.reminders === 1 && s.lastRemindedOn === '2026-07-05'));
    });
  });
}
