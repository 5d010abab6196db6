// Pure helpers of the management-system screens: the year choice, the staff roster, the CSV import's problems,
// training counts, where an audit stands, the review inputs' rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditState, openActions } from '../../web/src/console/management/audit-state.ts';
import { csvRowProblems } from '../../web/src/console/management/csv-problems.ts';
import { countRows, percent } from '../../web/src/console/management/review-inputs.ts';
import { parseStaffList } from '../../web/src/console/management/staff-list.ts';
import { absenteesCsv, countStates } from '../../web/src/console/management/training-summary.ts';
import type { InternalAudit } from '../../web/src/console/management/types.ts';
import { yearChoices, yearFrom } from '../../web/src/console/management/year-choice.ts';

test('yearFrom takes only a year the API accepts', () => {
  for (const [value, expected] of [
    ['2025', 2025],
    ['2100', 2100],
    [null, 2026],
    ['', 2026],
    ['1999', 2026],
    ['2101', 2026],
    ['20x5', 2026],
    ['02025', 2026],
  ] as const) {
    assert.equal(yearFrom(value, 2026), expected, String(value));
  }
});

test('yearChoices offers recent years, next year, and the one shown, newest first without repeats', () => {
  assert.deepEqual(yearChoices(2026, 2026), [2027, 2026, 2025, 2024, 2023]);
  assert.deepEqual(yearChoices(2026, 2019), [2027, 2026, 2025, 2024, 2023, 2019]);
});

test('parseStaffList reads pasted ids and roster files', () => {
  assert.deepEqual(parseStaffList('s-1\ns-2\r\n\n s-3 \ns-1\n'), ['s-1', 's-2', 's-3']);
  assert.deepEqual(parseStaffList('s-1 s-2\ts-3'), ['s-1', 's-2', 's-3']);
  assert.deepEqual(parseStaffList('\uFEFFstaff_id,name\n"s-10",Sato\ns-11,Suzuki\n'), ['s-10', 's-11']);
  assert.deepEqual(parseStaffList('Staff ID\nE001\n'), ['E001']);
  assert.deepEqual(parseStaffList('\n  \n'), []);
});

test('csvRowProblems lists the API issues by line with the file’s column names', () => {
  const rows = csvRowProblems([
    { path: 'line 4.score', line: 4, message: 'Too big: expected number to be <=100' },
    { path: 'line 3.completedOn', line: 3, message: 'Invalid ISO date' },
    { path: 'line 5', line: 5, message: 'expected 3 fields' },
    { path: 'line 6.staffId', message: 's-9 is not assigned this course' },
  ]);
  assert.deepEqual(rows, [
    { line: 3, column: 'completed_on', message: 'Invalid ISO date' },
    { line: 4, column: 'score', message: 'Too big: expected number to be <=100' },
    { line: 5, column: undefined, message: 'expected 3 fields' },
    { line: 6, column: 'staff_id', message: 's-9 is not assigned this course' },
  ]);
  assert.deepEqual(csvRowProblems([{ path: 'header', line: 1, message: 'the header must be x' }]), [
    { line: 1, column: undefined, message: 'the header must be x' },
  ]);
});

test('countStates counts each state; absenteesCsv quotes what needs quoting', () => {
  assert.deepEqual(
    countStates([
      { staffId: 'a', state: 'passed', score: 90 },
      { staffId: 'b', state: 'absent' },
      { staffId: 'c', state: 'absent' },
      { staffId: 'd', state: 'failed', score: 40 },
    ]),
    { assigned: 4, passed: 1, failed: 1, pending: 0, absent: 2 },
  );
  assert.equal(absenteesCsv(['s-1', 'a,b', 'q"x']), '\uFEFFstaff_id\r\ns-1\r\n"a,b"\r\n"q""x"\r\n');
  assert.equal(absenteesCsv([]), '\uFEFFstaff_id\r\n');
});

const audit = (findings: InternalAudit['findings'], closedOn?: string): InternalAudit => ({
  id: 'a-1',
  operator: 'op',
  year: 2026,
  department: 'sales',
  scope: 'consents',
  plannedOn: '2026-09-01',
  auditors: [{ userId: 'dave', department: 'legal' }],
  findings,
  ...(closedOn ? { closedOn } : {}),
});

test('auditState follows the closing rule: actions for every nonconformity, all completed', () => {
  const act = (completedOn?: string) => ({
    action: 'x',
    owner: 'o',
    dueOn: '2026-10-01',
    ...(completedOn ? { completedOn } : {}),
  });
  assert.equal(auditState(audit([])), 'planned');
  assert.equal(auditState(audit([{ id: 'F1', severity: 'major', description: 'd', actions: [] }])), 'in-progress');
  assert.equal(
    auditState(audit([{ id: 'F1', severity: 'observation', description: 'd', actions: [] }])),
    'ready-to-close',
  );
  const mixed = audit([
    { id: 'F1', severity: 'minor', description: 'd', actions: [act('2026-09-10'), act()] },
    { id: 'F2', severity: 'major', description: 'd', actions: [act()] },
  ]);
  assert.equal(auditState(mixed), 'in-progress');
  assert.equal(openActions(mixed), 2);
  assert.equal(
    auditState(audit([{ id: 'F1', severity: 'minor', description: 'd', actions: [act('2026-09-10')] }])),
    'ready-to-close',
  );
  assert.equal(auditState(audit([], '2026-09-30')), 'closed');
});

test('countRows drops zeros and sorts by count then name; percent clamps and rounds', () => {
  assert.deepEqual(countRows({ deletion: 1, disclosure: 3, correction: 1, erasure: 0 }), [
    ['disclosure', 3],
    ['correction', 1],
    ['deletion', 1],
  ]);
  assert.equal(percent(0.667), 67);
  assert.equal(percent(1), 100);
  assert.equal(percent(0), 0);
  assert.equal(percent(1.2), 100);
});
