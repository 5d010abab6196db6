import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AssignInputSchema, type Course, type TrainingStatus } from './training.ts';
import { planReminders, trainingReminderMail, withReminders } from './training-reminder.ts';

const course: Course = {
  id: 'k-1',
  operator: 'staffing',
  year: 2026,
  title: 'APPI basics',
  dueOn: '2026-06-30',
  passScore: 70,
};
const staff: TrainingStatus[] = [
  { staffId: 's-1', state: 'passed', score: 90 },
  { staffId: 's-2', state: 'absent' },
  { staffId: 's-3', state: 'absent' },
  { staffId: 's-4', state: 'absent' },
  { staffId: 's-5', state: 'pending' },
];
const emails = new Map([
  ['s-1', 's1@example.jp'],
  ['s-2', 's2@example.jp'],
  ['s-3', 's3@example.jp'],
  ['s-5', 's5@example.jp'],
]);
const reminded = (staffId: string, on: string) => ({ course: 'k-1', staffId, on, at: `${on}T01:00:00Z`, by: 'u' });

test('each person: address on file, how many reminders and the last day', () => {
  const rows = withReminders(staff, emails, [
    reminded('s-2', '2026-07-01'),
    reminded('s-2', '2026-07-03'),
    reminded('s-2', '2026-07-02'),
  ]);
  assert.deepEqual(rows[1], {
    staffId: 's-2',
    state: 'absent',
    hasEmail: true,
    reminders: 3,
    lastRemindedOn: '2026-07-03',
  });
  assert.deepEqual(rows[3], { staffId: 's-4', state: 'absent', hasEmail: false, reminders: 0 });
});

test('the chase: absentees with an address, not twice a day; pending only when asked', () => {
  const rows = withReminders(staff, emails, [reminded('s-3', '2026-07-02'), reminded('s-2', '2026-07-01')]);
  const today = planReminders(rows, {}, '2026-07-02');
  assert.deepEqual(
    today.send.map((s) => s.staffId),
    ['s-2'],
  );
  assert.deepEqual(today.alreadyReminded, ['s-3']);
  assert.deepEqual(today.withoutEmail, ['s-4']);
  const withPending = planReminders(rows, { include: 'pending' }, '2026-07-02');
  assert.deepEqual(
    withPending.send.map((s) => s.staffId),
    ['s-2', 's-5'],
  );
  // The next day everyone chased is due again.
  assert.deepEqual(
    planReminders(rows, {}, '2026-07-03').send.map((s) => s.staffId),
    ['s-2', 's-3'],
  );
});

test('the mail names the course, its due date and the operator in Japanese and English', () => {
  const operatorName = { ja: 'さくら株式会社', en: 'Sakura Ltd.' };
  const overdue = trainingReminderMail({ course, state: 'absent', operatorName });
  for (const part of ['APPI basics', '2026年6月30日', 'June 30, 2026']) assert.ok(overdue.subject.includes(part), part);
  for (const part of [
    'さくら株式会社',
    'Sakura Ltd.',
    '「APPI basics」',
    '過ぎています',
    'It was due on June 30, 2026',
  ]) {
    assert.ok(overdue.text.includes(part), part);
  }
  const pending = trainingReminderMail({ course, state: 'pending', operatorName });
  assert.ok(pending.text.includes('It is due on June 30, 2026'));
  assert.ok(!pending.text.includes('過ぎています'));
});

test('roster input: bare ids or entries with a valid address, not both, errors at the entry', () => {
  assert.ok(AssignInputSchema.safeParse({ staffIds: ['s-1'] }).success);
  assert.ok(AssignInputSchema.safeParse({ staff: [{ staffId: 's-1' }, { staffId: 's-2', email: 'a@b.jp' }] }).success);
  const bad = AssignInputSchema.safeParse({
    staff: [
      { staffId: 's-1', email: 'a@b.jp' },
      { staffId: 's-2', email: 'nope' },
    ],
  });
  assert.deepEqual(
    bad.error?.issues.map((i) => [i.path.join('.'), i.message]),
    [['staff.1.email', 'not an e-mail address']],
  );
  assert.equal(AssignInputSchema.safeParse({ staffIds: ['s-1'], staff: [{ staffId: 's-1' }] }).success, false);
  assert.equal(AssignInputSchema.safeParse({}).success, false);
});
