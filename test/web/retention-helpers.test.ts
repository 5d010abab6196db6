// Pure helpers of the console's retention screens (web/src/console/retention): when a run may be cancelled or
// resumed, how the plan is summed and grouped, what a hold names, file types and base64 for a contractor's
// certificate, the hold form's body, and how a refusal's issues are split between the form's fields.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitIssues } from '../../web/src/console/forms/issues.ts';
import { EMPTY_HOLD, holdBody } from '../../web/src/console/retention/hold-form.ts';
import {
  canCancel,
  canResume,
  certificateMediaType,
  holdTarget,
  progressPercent,
  summarisePlan,
  targetsByRule,
  toBase64,
} from '../../web/src/console/retention/retention-view.ts';
import type { PlannedTarget } from '../../web/src/console/retention/types.ts';

const now = new Date('2026-11-22T05:00:00Z');

test('resume only when the job is active and no unexpired lease holds it; cancel once', () => {
  const cases: [Parameters<typeof canResume>[0], boolean][] = [
    [{ status: 'running', leaseUntil: '2026-11-22T05:00:30Z' }, false],
    [{ status: 'running', leaseUntil: '2026-11-22T04:59:59Z' }, true],
    [{ status: 'running', leaseUntil: '2026-11-22T05:00:00Z' }, true],
    [{ status: 'queued' }, true],
    [{ status: 'completed' }, false],
    [{ status: 'failed', leaseUntil: '2026-11-22T04:00:00Z' }, false],
    [{ status: 'cancelled' }, false],
  ];
  for (const [job, expected] of cases) assert.equal(canResume(job, now), expected, JSON.stringify(job));
  assert.equal(canCancel({ status: 'running', cancelRequested: false }), true);
  assert.equal(canCancel({ status: 'running', cancelRequested: true }), false);
  assert.equal(canCancel({ status: 'completed', cancelRequested: false }), false);
  assert.equal(progressPercent({ totals: { planned: 0, disposed: 0, percent: 100 } }), 100);
  assert.equal(progressPercent({ totals: { planned: 10, disposed: 12, percent: 120 } }), 100);
});

const target = (over: Partial<PlannedTarget>): PlannedTarget => ({
  target: 'hr/t/delete',
  table: 't',
  action: 'delete',
  rule: 'r1',
  rules: ['r1'],
  items: [],
  due: 0,
  held: 0,
  ...over,
});

test('the plan is summed without contractors, and grouped by rule in run order', () => {
  const systems = [
    {
      system: 'hr',
      heldBy: [],
      notes: [],
      targets: [
        target({ target: 'hr/a/delete', rule: 'labour', due: 5, held: 1 }),
        target({ target: 'hr/b/erase-my-number', rule: 'tax', action: 'erase-my-number', due: 2 }),
        target({ target: 'hr/c/delete', rule: 'labour', due: 3 }),
        target({ target: 'hr/c/contractor', rule: 'labour', action: 'contractor', due: 7 }),
      ],
    },
    { system: 'crm', heldBy: ['hold-1'], notes: [], targets: [target({ held: 4 })] },
  ];
  const summary = summarisePlan({ systems, totals: { due: 10, held: 5 } });
  assert.deepEqual(summary, { heldSystems: 1, due: 10, held: 5, contractor: 7, runnable: true });
  assert.equal(summarisePlan({ systems: [], totals: { due: 0, held: 3 } }).runnable, false);
  const groups = targetsByRule(systems[0]!);
  assert.deepEqual(
    groups.map((g) => [g.rule, g.targets.map((t) => t.target), g.due, g.held]),
    [
      ['labour', ['hr/a/delete', 'hr/c/delete', 'hr/c/contractor'], 15, 1],
      ['tax', ['hr/b/erase-my-number'], 2, 0],
    ],
  );
});

test('what a hold names, and which files the API accepts as a certificate', () => {
  assert.deepEqual(holdTarget({ kind: 'system', system: 'hr' }), { kind: 'system', id: 'hr' });
  assert.deepEqual(holdTarget({ kind: 'operator', operator: 'sakura' }), { kind: 'operator', id: 'sakura' });
  assert.deepEqual(holdTarget({ kind: 'person', subject: 'case-1', operator: 'sakura' }), {
    kind: 'person',
    id: 'case-1 (sakura)',
  });
  assert.equal(certificateMediaType({ type: 'application/pdf', name: 'x.bin' }), 'application/pdf');
  assert.equal(certificateMediaType({ type: '', name: 'Scan.JPG' }), 'image/jpeg');
  assert.equal(certificateMediaType({ type: '', name: 'scan.png' }), 'image/png');
  assert.equal(certificateMediaType({ type: 'text/plain', name: 'notes.txt' }), undefined);
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
  assert.equal(toBase64(bytes), Buffer.from(bytes).toString('base64'));
  assert.equal(toBase64(new Uint8Array()), '');
});

test('the hold body carries only the chosen kind, identity only for a person', () => {
  const draft = {
    ...EMPTY_HOLD,
    system: 'hr',
    operator: 'sakura',
    subject: ' case-7 ',
    reason: 'suit',
    owner: 'legal',
  };
  assert.deepEqual(holdBody(draft), { scope: { kind: 'system', system: 'hr' }, reason: 'suit', owner: 'legal' });
  assert.deepEqual(holdBody({ ...draft, kind: 'operator' }), {
    scope: { kind: 'operator', operator: 'sakura' },
    reason: 'suit',
    owner: 'legal',
  });
  assert.deepEqual(
    holdBody({ ...draft, kind: 'person', identityKind: 'name-birth', name: ' 山田 花子', birthDate: '1990-01-02' }),
    {
      scope: { kind: 'person', subject: 'case-7', operator: 'sakura' },
      identity: { kind: 'name-birth', name: '山田 花子', birthDate: '1990-01-02' },
      reason: 'suit',
      owner: 'legal',
    },
  );
  const anyOperator = holdBody({ ...draft, kind: 'person', operator: '', email: 'a@example.jp' });
  assert.deepEqual(anyOperator.scope, { kind: 'person', subject: 'case-7' });
  assert.deepEqual(anyOperator.identity, { kind: 'email', email: 'a@example.jp' });
});

test("a refusal's issues go to the most specific field; the rest stay for the summary", () => {
  // The shape of shared/api.ts's ApiError (status, code, issues).
  const error = Object.assign(new Error('invalid'), {
    status: 400,
    code: 'VALIDATION',
    issues: [
      { path: ['scope', 'system'], message: 'unknown system' },
      { path: 'identity.email', message: 'too short' },
      { path: 'reason', message: 'required' },
      { path: 'reason', message: 'second message' },
      { path: 'elsewhere', message: 'not a field' },
    ],
  });
  const split = splitIssues(error, [
    { path: 'scope', id: 'kind', label: 'Kind' },
    { path: 'scope.system', id: 'system', label: 'System' },
    { path: 'identity', id: 'identity', label: 'Identity' },
    { path: 'reason', id: 'reason', label: 'Reason' },
  ]);
  assert.deepEqual(
    split.fields.map((f) => [f.id, f.message]),
    [
      ['system', 'unknown system'],
      ['identity', 'too short'],
      ['reason', 'required'],
    ],
  );
  assert.deepEqual(
    split.rest.map((i) => i.message),
    ['not a field'],
  );
  assert.deepEqual(splitIssues(new Error('network'), [{ path: 'reason', id: 'r', label: 'R' }]), {
    fields: [],
    rest: [],
  });
});
