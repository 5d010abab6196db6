import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RetentionRule } from '../ledger/retention-rule.ts';
import { DatasetAnnotationsSchema } from './dataset-annotations.ts';
import type { DatasetRow, FoundRows } from './dataset-rows.ts';
import { addPeriod, retentionHolds } from './legal-retention.ts';
import { planCorrection } from './plan-correction.ts';
import { DEFAULT_MASK, planErasure } from './plan-erasure.ts';

const annotations = DatasetAnnotationsSchema.parse({
  system: 'hr',
  tables: {
    staff: {
      key: 'id',
      categories: ['dispatched-staff'],
      onErase: 'delete-row',
      columns: {
        name: { item: 'name', erase: 'mask' },
        email: { item: 'email', erase: 'hash', length: 16 },
        phone: { item: 'phone' },
        ended: {},
      },
      retention: [{ rule: 'labour', from: 'ended', ongoingIfNull: false }],
    },
    payroll: {
      key: 'id',
      onErase: 'delete-row',
      references: [{ column: 'staff_id', table: 'staff' }],
      columns: { pay: { item: 'salary', erase: 'mask', mask: '0' }, paid: {} },
      retention: [{ rule: 'labour', from: 'paid' }],
    },
    notes: {
      key: 'id',
      onErase: 'delete-row',
      references: [{ column: 'staff_id', table: 'staff' }],
      columns: { text: { item: 'assessment' } },
    },
  },
});

const rules: RetentionRule[] = [
  {
    id: 'labour',
    items: ['name', 'salary'],
    trigger: 'employment-end',
    statutory: 'labour-records',
    disposal: 'delete',
  },
  // Not a legal obligation (no statutory record type, no legal basis): never keeps data from erasure.
  { id: 'policy', items: ['email'], trigger: 'collection', period: { years: 9 }, disposal: 'delete' },
];

const now = new Date('2026-04-01T00:00:00Z');
const keyedHash = (value: string) => `h(${value})`.padEnd(64, '_');

function found(tables: Record<string, DatasetRow[]>): FoundRows {
  return new Map(Object.entries(tables).map(([t, rows]) => [t, new Map(rows.map((r) => [String(r.id), r]))]));
}

test('nothing retained: children deleted before parents, one delete per table', () => {
  const plan = planErasure({
    annotations,
    found: found({
      staff: [{ id: 1, name: '山田太郎', email: 'a@example.jp', phone: '090', ended: null }],
      payroll: [{ id: 10, staff_id: 1, pay: 300000, paid: '2019-01-25' }],
      notes: [{ id: 20, staff_id: 1, text: 'x' }],
    }),
    retentionRules: rules,
    now,
    keyedHash,
  });
  assert.deepEqual(
    plan.steps.map((s) => `${s.kind} ${s.table}`),
    ['delete notes', 'delete payroll', 'delete staff'],
  );
});

test('a legal rule keeps the item with the rule and its end; other columns are overwritten; the parent stays for the kept child', () => {
  const plan = planErasure({
    annotations,
    found: found({
      staff: [{ id: 1, name: '山田太郎', email: 'a@example.jp', phone: '090', ended: '2025-03-31' }],
      payroll: [{ id: 10, staff_id: 1, pay: 300000, paid: '2025-03-25' }],
    }),
    retentionRules: rules,
    now,
    keyedHash,
  });
  const staff = plan.rows.find((r) => r.table === 'staff')!;
  assert.equal(staff.action, 'update');
  assert.deepEqual(staff.retained, [
    {
      rule: 'labour',
      statutory: 'labour-records',
      until: '2030-03-31',
      reason: 'within-period',
      item: 'name',
      columns: ['name'],
    },
  ]);
  assert.deepEqual(
    staff.changes.map((c) => [c.column, c.after]),
    [
      ['email', keyedHash('a@example.jp').slice(0, 16)],
      ['phone', null],
    ],
  );
  const payroll = plan.rows.find((r) => r.table === 'payroll')!;
  assert.equal(payroll.action, 'keep');
  assert.equal(payroll.retained[0]?.until, '2030-03-25');
  assert.deepEqual(
    plan.steps.map((s) => s.kind),
    ['update'],
  );
});

test('a parent whose children are all deleted is deleted; one whose child is kept is overwritten and says why', () => {
  const plan = planErasure({
    annotations,
    found: found({
      staff: [{ id: 1, name: 'n', email: 'e', phone: null, ended: null }],
      payroll: [{ id: 10, staff_id: 1, pay: 1, paid: null }],
    }),
    retentionRules: rules,
    now,
    keyedHash,
  });
  // payroll.paid NULL: the wage ledger is still open, so it is kept; staff never ended (rule off for NULL).
  const staff = plan.rows.find((r) => r.table === 'staff')!;
  assert.equal(staff.referencedByKeptRows, true);
  assert.equal(staff.action, 'update');
  assert.deepEqual(
    staff.changes.map((c) => [c.column, c.after]),
    [
      ['name', DEFAULT_MASK],
      ['email', keyedHash('e').slice(0, 16)],
    ],
  );
  assert.equal(plan.rows.find((r) => r.table === 'payroll')?.retained[0]?.reason, 'trigger-pending');
});

test('a partial request erases only the named items and never deletes rows', () => {
  const plan = planErasure({
    annotations,
    found: found({ staff: [{ id: 1, name: 'n', email: 'e', phone: '090', ended: null }] }),
    retentionRules: rules,
    now,
    keyedHash,
    items: ['phone'],
  });
  assert.deepEqual(plan.steps, [{ kind: 'update', table: 'staff', keyColumn: 'id', key: 1, set: { phone: null } }]);
});

test('a legal rule without a mapped trigger column keeps the item (we cannot prove the period ended)', () => {
  const holds = retentionHolds(
    {
      system: 'hr',
      table: annotations.tables.notes!,
      rules: [{ ...rules[0]!, items: ['assessment'] }],
      today: '2026-04-01',
    },
    'assessment',
    { id: 1, text: 'x' },
  );
  assert.deepEqual(holds, [{ rule: 'labour', statutory: 'labour-records', until: null, reason: 'trigger-unknown' }]);
});

test('periods add calendar years, months and days', () => {
  assert.equal(addPeriod('2020-02-29', { years: 1 }), '2021-03-01');
  assert.equal(addPeriod('2025-01-31', { months: 1 }), '2025-03-03');
  assert.equal(addPeriod('2025-12-25', { days: 30 }), '2026-01-24');
});

test('correction writes the new values into every row holding the item, and rejects unknown columns', () => {
  const rows = found({ staff: [{ id: 1, name: '山田太郎', email: 'e', phone: '090', ended: null }] });
  const result = planCorrection(annotations, rows, [{ item: 'phone', values: { phone: '080-0000-0000' } }]);
  assert.ok(result.ok);
  assert.deepEqual(result.plan.steps, [
    { kind: 'update', table: 'staff', keyColumn: 'id', key: 1, set: { phone: '080-0000-0000' } },
  ]);
  const wrong = planCorrection(annotations, rows, [{ item: 'phone', values: { name: 'x' } }]);
  assert.equal(wrong.ok, false);
});
