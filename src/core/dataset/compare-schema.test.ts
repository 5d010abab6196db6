import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareSchema } from './compare-schema.ts';
import { DatasetAnnotationsSchema } from './dataset-annotations.ts';
import type { LiveSchema, LiveTable } from './live-schema.ts';
import { walkPlan } from './walk-plan.ts';

const annotations = DatasetAnnotationsSchema.parse({
  system: 'hr',
  ignoredTables: ['companies'],
  tables: {
    staff: {
      key: 'id',
      identity: { email: 'email' },
      columns: {
        email: { item: 'email', erase: 'hash' },
        birth: { item: 'date-of-birth', erase: 'mask', mask: '1900-01-01' },
      },
    },
    payroll: {
      key: 'id',
      references: [{ column: 'staff_id', table: 'staff' }],
      columns: { pay: { item: 'salary', erase: 'mask' } },
    },
  },
});

const text = { type: 'text', nullable: false, maxLength: 254 } as const;
const int = { type: 'integer', nullable: false } as const;
const live = (change: (tables: Record<string, LiveTable>) => void = () => {}): LiveSchema => {
  const tables: Record<string, LiveTable> = {
    staff: {
      columns: { id: int, email: text, birth: { type: 'date', nullable: false } },
      primaryKey: ['id'],
      foreignKeys: [],
    },
    payroll: {
      columns: { id: int, staff_id: int, pay: { type: 'text', nullable: true } },
      primaryKey: ['id'],
      foreignKeys: [{ column: 'staff_id', refTable: 'staff', refColumn: 'id' }],
    },
    companies: { columns: { id: int }, primaryKey: ['id'], foreignKeys: [] },
  };
  change(tables);
  return { tables };
};

const codes = (schema: LiveSchema) =>
  compareSchema(annotations, schema).map((i) => `${i.severity} ${i.code} ${i.table}${i.column ? `.${i.column}` : ''}`);

test('no drift when the database matches', () => assert.deepEqual(codes(live()), []));

const DRIFT: readonly (readonly [string, (t: Record<string, LiveTable>) => void, string[]])[] = [
  [
    'a dropped column',
    (t) => delete (t.staff!.columns as Record<string, unknown>).birth,
    ['error missing-column staff.birth'],
  ],
  ['a dropped table', (t) => delete t.payroll, ['error missing-table payroll']],
  [
    'a new table referencing an annotated one',
    (t) => {
      t.notes = {
        columns: { id: int, staff_id: int },
        primaryKey: ['id'],
        foreignKeys: [{ column: 'staff_id', refTable: 'staff', refColumn: 'id' }],
      };
    },
    ['warning unannotated-table notes', 'warning unannotated-foreign-key notes.staff_id'],
  ],
  [
    'a new column',
    (t) => ((t.staff!.columns as Record<string, unknown>).phone = text),
    ['warning unannotated-column staff.phone'],
  ],
  [
    'a foreign key dropped',
    (t) => ((t.payroll as unknown as { foreignKeys: unknown[] }).foreignKeys = []),
    ['warning reference-without-foreign-key payroll.staff_id'],
  ],
  [
    'a hash that does not fit',
    (t) => ((t.staff!.columns as Record<string, unknown>).email = { ...text, maxLength: 32 }),
    ['error hash-too-long staff.email'],
  ],
  [
    'a mask on a number',
    (t) => ((t.payroll!.columns as Record<string, unknown>).pay = int),
    ['error erase-type-mismatch payroll.pay'],
  ],
];
for (const [what, change, expected] of DRIFT)
  test(`drift: ${what}`, () => assert.deepEqual(codes(live(change)), expected));

test('walk plan: anchors on identity columns, down edges parents first', () => {
  const plan = walkPlan(annotations, { kind: 'email', email: 'a@example.jp' });
  assert.deepEqual(plan.anchors, [{ table: 'staff', column: 'email', value: 'a@example.jp', caseless: true }]);
  assert.deepEqual(
    plan.down.map((e) => `${e.parent}->${e.child}`),
    ['staff->payroll'],
  );
  assert.deepEqual(plan.columns.get('payroll'), ['id', 'staff_id', 'pay']);
});
