import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closureProblems, dependentAuditors, type InternalAudit } from './internal-audit.ts';

const audit = (extra: Partial<InternalAudit> = {}): InternalAudit => ({
  id: 'a-1',
  operator: 'staffing',
  year: 2026,
  department: 'sales',
  scope: 'consent records',
  plannedOn: '2026-09-01',
  auditors: [{ userId: 'u-1', department: 'legal' }],
  findings: [],
  ...extra,
});

test('auditors must be independent of the audited department', () => {
  assert.deepEqual(dependentAuditors(audit()), []);
  assert.deepEqual(
    dependentAuditors(
      audit({
        auditors: [
          { userId: 'u-1', department: 'legal' },
          { userId: 'u-2', department: 'sales' },
        ],
      }),
    ),
    ['u-2'],
  );
});

test('closure needs every finding acted on and every action completed', () => {
  const action = { action: 'retrain', owner: 'u-3', dueOn: '2026-10-01' };
  const cases: [string, Partial<InternalAudit>, number][] = [
    ['no findings', {}, 0],
    [
      'observation without actions',
      { findings: [{ id: 'F1', severity: 'observation', description: 'x', actions: [] }] },
      0,
    ],
    ['minor without actions', { findings: [{ id: 'F1', severity: 'minor', description: 'x', actions: [] }] }, 1],
    ['open action', { findings: [{ id: 'F1', severity: 'major', description: 'x', actions: [action] }] }, 1],
    [
      'done',
      {
        findings: [
          { id: 'F1', severity: 'major', description: 'x', actions: [{ ...action, completedOn: '2026-09-30' }] },
        ],
      },
      0,
    ],
    ['already closed', { closedOn: '2026-10-01' }, 1],
  ];
  for (const [name, extra, count] of cases) assert.equal(closureProblems(audit(extra)).length, count, name);
});
