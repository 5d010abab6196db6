import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type DatasetAnnotationsInput, DatasetAnnotationsSchema } from '../dataset/dataset-annotations.ts';
import type { DatasetRow } from '../dataset/dataset-rows.ts';
import { civilPeriodEnd } from '../japan-time.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { parseLedger } from '../ledger/parse-ledger.ts';
import type { RetentionRule } from '../ledger/retention-rule.ts';
import { buildSchedule } from './build-schedule.ts';
import type { DueCondition } from './due-condition.ts';
import { withHeldKeys } from './due-condition.ts';
import { dueBefore, rulePeriod } from './retention-period.ts';

const DEMO = new URL('../../../examples/demo/', import.meta.url).pathname;
const sources = readdirSync(DEMO)
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.annotations.yaml'))
  .map((f) => ({ file: f, text: readFileSync(`${DEMO}${f}`, 'utf8') }));
const parsed = parseLedger(sources);
if (!parsed.ok) throw new Error('demo ledger invalid');
const demo = parsed.ledger;

/** The demo ledger with these retention rules only (validation is the ledger's job, not this test's). */
const ledgerWith = (rules: Partial<RetentionRule>[]): Ledger => ({
  ...demo,
  retentionRules: rules.map((r) => ({ disposal: 'delete', trigger: 'creation', items: [], ...r }) as RetentionRule),
});

/** Evaluates a condition on rows held in memory (tables by name), as SQL would. */
function holds(c: DueCondition, row: DatasetRow, db: Record<string, DatasetRow[]>): boolean {
  switch (c.kind) {
    case 'true':
      return true;
    case 'false':
      return false;
    case 'and':
      return c.all.every((p) => holds(p, row, db));
    case 'or':
      return c.any.some((p) => holds(p, row, db));
    case 'not':
      return !holds(c.of, row, db);
    case 'is-null':
      return (row[c.column] ?? null) === null;
    case 'before':
      return row[c.column] != null && String(row[c.column]) < c.before;
    case 'equals':
      return row[c.column] != null && row[c.column] === c.value;
    case 'key-in':
      return c.keys.includes(row[c.column] ?? null);
    case 'referenced':
      return (db[c.table] ?? []).some((child) => child[c.column] === row[c.parentKey] && holds(c.where, child, db));
    case 'not-held':
      throw new Error('apply withHeldKeys first');
  }
}

const annotations = (input: DatasetAnnotationsInput['tables']) =>
  DatasetAnnotationsSchema.parse({ system: 'hr-database', tables: input });

describe('retention periods', () => {
  const ends: [string, Parameters<typeof civilPeriodEnd>[1], string][] = [
    ['2020-04-01', { years: 5 }, '2025-04-01'],
    ['2020-01-30', { months: 1 }, '2020-02-29'],
    ['2020-01-28', { months: 1 }, '2020-02-28'],
    ['2019-02-28', { years: 1 }, '2020-02-29'],
    ['2026-03-01', { days: 30 }, '2026-03-31'],
    ['2026-03-31', { days: 0 }, '2026-03-31'],
  ];
  for (const [from, period, end] of ends) {
    test(`a period of ${JSON.stringify(period)} from an event on ${from} ends on ${end} (Civil Code 140, 143)`, () => {
      assert.equal(civilPeriodEnd(from, period), end);
    });
  }
  const firsts: [string, Parameters<typeof dueBefore>[1], string][] = [
    ['2026-04-01', { years: 5 }, '2021-04-01'],
    ['2026-03-01', { months: 1 }, '2026-02-01'],
    ['2026-04-01', { days: 0 }, '2026-04-01'],
    ['2024-03-01', { years: 1 }, '2023-03-01'],
  ];
  for (const [asOf, period, first] of firsts) {
    test(`on ${asOf}, ${JSON.stringify(period)}: trigger dates before ${first} are due`, () => {
      assert.equal(dueBefore(asOf, period), first);
    });
  }
  test('a statutory minimum raises a shorter period; a longer own period stands', () => {
    const base: RetentionRule = { id: 'r', items: ['salary'], trigger: 'employment-end', disposal: 'delete' };
    assert.deepEqual(rulePeriod({ ...base, statutory: 'labour-records', period: { years: 3 } }), {
      period: { years: 5 },
      raisedToStatutory: true,
    });
    assert.deepEqual(rulePeriod({ ...base, statutory: 'corporate-books', period: { years: 10 } }), {
      period: { years: 10 },
      raisedToStatutory: false,
    });
    assert.deepEqual(rulePeriod({ ...base, statutory: 'tax-declarations' }), {
      period: { years: 7 },
      raisedToStatutory: false,
    });
  });
});

describe('the disposal schedule', () => {
  const payroll = annotations({
    wages: {
      key: 'id',
      onErase: 'delete-row',
      columns: { amount: { item: 'salary', erase: 'mask', mask: '0' }, paid_on: {}, ended_on: {} },
      retention: [
        { rule: 'short', from: 'paid_on' },
        { rule: 'long', from: 'ended_on' },
      ],
    },
  });
  const rules: Partial<RetentionRule>[] = [
    { id: 'short', items: ['salary'], period: { years: 1 } },
    { id: 'long', items: ['salary'], period: { years: 3 } },
  ];

  // [what, row, due]: the longest applicable rule wins.
  const cases: [string, DatasetRow, boolean][] = [
    ['past both rules', { id: 1, paid_on: '2020-01-01', ended_on: '2022-01-01' }, true],
    ['past the short rule only', { id: 2, paid_on: '2020-01-01', ended_on: '2024-01-01' }, false],
    ['past the long rule only', { id: 3, paid_on: '2025-06-01', ended_on: '2020-01-01' }, false],
    ['long rule still running (no end date)', { id: 4, paid_on: '2020-01-01', ended_on: null }, false],
    ['on the last day of the period', { id: 5, paid_on: '2025-03-31', ended_on: '2023-03-31' }, true],
    ['the day after', { id: 6, paid_on: '2025-04-01', ended_on: '2023-04-01' }, false],
  ];
  const schedule = buildSchedule({ ledger: ledgerWith(rules), annotations: payroll, asOf: '2026-04-01' });
  const [target] = schedule.targets;
  for (const [what, row, due] of cases) {
    test(`longest rule wins: ${what} -> ${due ? 'due' : 'kept'}`, () => {
      assert.equal(target?.rule, 'long');
      assert.equal(holds(withHeldKeys(target!.due, new Map()), row, {}), due);
    });
  }

  test('MN-3: an erase-my-number rule overwrites only the My Number columns, after every rule guarding them', () => {
    const tables = annotations({
      insurance: {
        key: 'id',
        onErase: 'delete-row',
        columns: {
          my_number_hash: { item: 'my-number', erase: 'mask' },
          pension_number: { item: 'pension-number', erase: 'mask' },
          acquired_on: {},
          lost_on: {},
        },
        retention: [
          { rule: 'tax', from: 'acquired_on' },
          { rule: 'pension', from: 'lost_on' },
        ],
      },
    });
    const s = buildSchedule({
      ledger: ledgerWith([
        { id: 'tax', items: ['my-number'], statutory: 'tax-declarations', disposal: 'erase-my-number' },
        { id: 'pension', items: ['pension-number'], period: { years: 2 } },
      ]),
      annotations: tables,
      asOf: '2026-04-01',
    });
    const byAction = Object.fromEntries(s.targets.map((t) => [t.action, t]));
    const erase = byAction['erase-my-number']!;
    assert.deepEqual(erase.change, { kind: 'update', set: { my_number_hash: '＊＊＊＊' }, hashed: [] });
    const due = (row: DatasetRow) => holds(withHeldKeys(erase.due, new Map()), row, {});
    assert.equal(due({ id: 1, my_number_hash: 'ab', acquired_on: '2018-01-01', lost_on: null }), true, 'still insured');
    assert.equal(
      due({ id: 2, my_number_hash: 'ab', acquired_on: '2020-01-01', lost_on: null }),
      false,
      'within 7 years',
    );
    assert.equal(due({ id: 3, my_number_hash: '＊＊＊＊', acquired_on: '2018-01-01', lost_on: null }), false, 'erased');
    assert.equal(
      due({ id: 4, my_number_hash: 'ab', acquired_on: '2018-01-01', lost_on: '2020-01-01' }),
      false,
      'the whole row goes instead',
    );
    const whole = byAction.delete!;
    assert.equal(
      holds(withHeldKeys(whole.due, new Map()), { id: 4, acquired_on: '2018-01-01', lost_on: '2020-01-01' }, {}),
      true,
    );
  });

  test('a row referenced by a kept row stays; a person hold keeps the row and its parents', () => {
    const tables = annotations({
      people: {
        key: 'id',
        onErase: 'delete-row',
        columns: { salary: { item: 'salary' }, left_on: {} },
        retention: [{ rule: 'r', from: 'left_on' }],
      },
      slips: {
        key: 'id',
        onErase: 'delete-row',
        references: [{ column: 'person_id', table: 'people' }],
        columns: { amount: { item: 'salary' }, paid_on: {} },
        retention: [{ rule: 'r', from: 'paid_on' }],
      },
    });
    const s = buildSchedule({
      ledger: ledgerWith([{ id: 'r', items: ['salary'], period: { years: 1 } }]),
      annotations: tables,
      asOf: '2026-04-01',
    });
    assert.deepEqual(
      s.targets.map((t) => t.id),
      ['hr-database/slips/delete', 'hr-database/people/delete'],
      'children first',
    );
    const db = {
      people: [
        { id: 1, left_on: '2020-01-01' },
        { id: 2, left_on: '2020-01-01' },
      ],
      slips: [
        { id: 10, person_id: 1, paid_on: '2020-02-01' },
        { id: 11, person_id: 2, paid_on: '2026-02-01' },
      ],
    };
    const people = s.targets[1]!;
    const free = withHeldKeys(people.due, new Map());
    assert.deepEqual(
      db.people.filter((p) => holds(free, p, db)).map((p) => p.id),
      [1],
      'person 2 has a recent slip',
    );
    const held = withHeldKeys(people.due, new Map([['slips', [10]]]));
    assert.deepEqual(
      db.people.filter((p) => holds(held, p, db)).map((p) => p.id),
      [],
      'a held slip keeps its person',
    );
    // A run reaches people after slips: a person goes once no slip refers to them any more.
    const now = withHeldKeys(people.dueNow, new Map());
    assert.deepEqual(
      db.people.filter((p) => holds(now, p, db)).map((p) => p.id),
      [],
      'slip 10 is still there',
    );
    const afterSlips = { ...db, slips: db.slips.filter((x) => x.id !== 10) };
    assert.deepEqual(
      afterSlips.people.filter((p) => holds(now, p, afterSlips)).map((p) => p.id),
      [1],
    );
  });

  test('an unmapped legal rule keeps the rows; an unmapped company rule is reported and not applied', () => {
    const tables = annotations({
      people: {
        key: 'id',
        onErase: 'delete-row',
        columns: { salary: { item: 'salary' }, left_on: {} },
        retention: [{ rule: 'mine', from: 'left_on' }],
      },
    });
    const s = buildSchedule({
      ledger: ledgerWith([
        { id: 'mine', items: ['salary'], period: { years: 1 } },
        { id: 'law', items: ['salary'], statutory: 'labour-records' },
        { id: 'other', items: ['salary'], period: { years: 9 } },
      ]),
      annotations: tables,
      asOf: '2026-04-01',
    });
    assert.equal(s.targets[0]!.due.kind, 'false');
    assert.deepEqual(
      s.notes.map((n) => `${n.code}:${n.rule}`),
      ['legal-rule-unmapped:law', 'rule-unmapped:other'],
    );
  });

  test('rows other data depend on are anonymised instead of deleted; My Numbers erased by hash are refused', () => {
    const tables = annotations({
      people: {
        key: 'id',
        onErase: 'update-columns',
        columns: { name: { item: 'name', erase: 'mask' }, email: { item: 'email', erase: 'hash' }, left_on: {} },
        retention: [{ rule: 'r', from: 'left_on' }],
      },
      numbers: {
        key: 'id',
        columns: { my_number: { item: 'my-number', erase: 'hash' }, at: {} },
        retention: [{ rule: 'mn', from: 'at' }],
      },
    });
    const s = buildSchedule({
      ledger: ledgerWith([
        { id: 'r', items: ['name', 'email'], period: { years: 1 } },
        { id: 'mn', items: ['my-number'], period: { years: 7 }, disposal: 'erase-my-number' },
      ]),
      annotations: tables,
      asOf: '2026-04-01',
    });
    const people = s.targets.find((t) => t.table === 'people')!;
    assert.equal(people.action, 'anonymise');
    assert.deepEqual(people.change, { kind: 'update', set: { name: '＊＊＊＊' }, hashed: [{ column: 'email' }] });
    assert.equal(
      s.targets.some((t) => t.table === 'numbers'),
      false,
    );
    assert.deepEqual(s.notes.map((n) => n.code).sort(), ['delete-becomes-anonymise', 'my-number-not-irreversible']);
  });
});
