import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Course, parseCompletionsCsv, trainingStatus } from './training.ts';

const course: Course = {
  id: 'k-1',
  operator: 'staffing',
  year: 2026,
  title: 'APPI basics',
  dueOn: '2026-06-30',
  passScore: 70,
};

test('status per assigned person: passed, failed, pending, absent after the due date', () => {
  const completions = [
    { staffId: 's-1', completedOn: '2026-06-01', score: 90 },
    { staffId: 's-2', completedOn: '2026-06-01', score: 40 },
  ];
  const states = (today: string) =>
    trainingStatus(course, ['s-3', 's-1', 's-2', 's-1'], completions, today).map((s) => s.state);
  assert.deepEqual(states('2026-06-15'), ['passed', 'failed', 'pending']);
  assert.deepEqual(states('2026-07-01'), ['passed', 'failed', 'absent']);
});

test('CSV import: strict header, quoting, every bad row with its line number', () => {
  const good = parseCompletionsCsv(
    '\uFEFFstaff_id,completed_on,score\r\ns-1,2026-06-01,90\r\n"s,2",2026-06-02,"75"\r\n',
  );
  assert.deepEqual(good.issues, []);
  assert.deepEqual(good.completions, [
    { staffId: 's-1', completedOn: '2026-06-01', score: 90 },
    { staffId: 's,2', completedOn: '2026-06-02', score: 75 },
  ]);
  const bad = parseCompletionsCsv(
    'staff_id,completed_on,score\ns-1,2026-06-01,90\ns-2,2026-13-01,80\ns-3,2026-06-01\ns-4,2026-06-01,abc\n"s-5,2026-06-01,1\n\ns-6,2026-06-01,101\n',
  );
  assert.deepEqual(bad.completions, []);
  assert.deepEqual([...new Set(bad.issues.map((i) => i.line))], [3, 4, 5, 6, 8]);
  assert.equal(parseCompletionsCsv('id,date,score\n').issues[0]?.line, 1);
});
