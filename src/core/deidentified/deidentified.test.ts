import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DatasetAnnotationsSchema } from '../dataset/dataset-annotations.ts';
import { DeidentifiedDataSchema } from '../ledger/deidentified-data.ts';
import { deidentifyRow, planExtract, suppressRareRows } from './extract-plan.ts';
import { generaliseValue } from './generalise.ts';
import { PeopleCounter } from './statistics.ts';

test('generalisation, one value at a time', () => {
  const cases: [Parameters<typeof generaliseValue>[0], Parameters<typeof generaliseValue>[1], unknown][] = [
    ['1990-04-17', { to: 'year' }, '1990'],
    ['1990-04-17', { to: 'month' }, '1990-04'],
    ['2026-03-31T15:00:00.000Z', { to: 'month' }, '2026-03'],
    ['not a date', { to: 'year' }, null],
    [1234, { round: 100 }, 1200],
    [1250, { round: 100 }, 1300],
    ['1480', { round: 100 }, 1500],
    [37, { band: 10 }, '30-40'],
    [40, { band: 10 }, '40-50'],
    ['abc', { band: 10 }, null],
    ['100-0001', { prefix: 3 }, '100'],
    ['東京都千代田区', { prefix: 3 }, '東京都'],
    [null, { prefix: 3 }, null],
  ];
  for (const [value, how, expected] of cases)
    assert.equal(generaliseValue(value, how), expected, `${value} ${JSON.stringify(how)}`);
});

test('people per cell, suppressed below the minimum, totals only of what is published', () => {
  const counter = new PeopleCounter([{ column: 'prefecture' }, { column: 'age', generalise: { band: 10 } }]);
  const rows = [
    ...Array.from({ length: 5 }, (_, i) => ({ id: i, person: `p${i}`, prefecture: '東京都', age: 31 + i })),
    { id: 10, person: 'p0', prefecture: '東京都', age: 31 },
    { id: 11, person: 'q1', prefecture: '大阪府', age: 52 },
    { id: 12, person: 'q2', prefecture: '大阪府', age: 55 },
  ];
  counter.add(rows, (r) => String(r.person));
  const table = counter.table(3);
  assert.deepEqual(table.cells, [
    { values: ['大阪府', '50-60'], count: null, suppressed: true },
    { values: ['東京都', '30-40'], count: 5, suppressed: false },
  ]);
  assert.deepEqual([table.publishedTotal, table.suppressedCells], [5, 1]);
});

const annotations = DatasetAnnotationsSchema.parse({
  system: 'hr',
  tables: {
    staff: {
      key: 'id',
      identity: { email: 'email', staffNumber: 'no' },
      columns: {
        email: { item: 'email' },
        no: { item: 'employee-id' },
        skill: { item: 'skills' },
        born: { item: 'birth' },
        wage: { item: 'salary' },
        note: {},
      },
    },
  },
});
const definition = (extra: object) =>
  DeidentifiedDataSchema.parse({
    id: 'd',
    kind: 'pseudonymised',
    name: { ja: 'd', en: 'd' },
    sourceItems: ['skills', 'birth', 'salary', 'email'],
    ...extra,
  });

test('an extract keeps and generalises what the ledger says and removes the rest, identifiers first', () => {
  const result = planExtract(
    definition({
      processing: [
        { item: 'skills', method: 'keep' },
        { item: 'birth', method: 'generalise', to: 'year' },
        { item: 'salary', method: 'generalise', round: 1000 },
      ],
    }),
    annotations,
    'staff',
    5,
  );
  assert.ok(result.ok);
  assert.deepEqual(result.plan.read, ['id', 'skill', 'born', 'wage']);
  const row = deidentifyRow(
    result.plan,
    { id: 7, email: 'a@b.jp', no: 'S7', skill: 'forklift', born: '1988-02-03', wage: 1490, note: 'x' },
    (k) => `ps-${k}`,
  );
  assert.deepEqual(row, { pseudonym: 'ps-7', skill: 'forklift', born: '1988', wage: 1000 });
});

test('refused: identifiers kept, pseudonyms in anonymised data, items outside the sources, statistical data', () => {
  const kept = planExtract(definition({ processing: [{ item: 'email', method: 'keep' }] }), annotations, 'staff', 5);
  assert.equal(kept.ok, false);
  assert.match(kept.ok ? '' : (kept.issues[0]?.message ?? ''), /identifies people/);
  const anon = planExtract(
    definition({ kind: 'anonymised', processing: [{ item: 'skills', method: 'pseudonym' }] }),
    annotations,
    'staff',
    5,
  );
  assert.deepEqual(anon.ok ? [] : anon.issues.map((i) => i.path), ['processing.0.method']);
  const outside = planExtract(
    definition({ processing: [{ item: 'gender', method: 'keep' }] }),
    annotations,
    'staff',
    5,
  );
  assert.deepEqual(outside.ok ? [] : outside.issues.map((i) => i.path), ['processing.0.item']);
  const stats = planExtract(
    definition({ kind: 'statistical', processing: [{ item: 'skills', method: 'keep' }] }),
    annotations,
    'staff',
    5,
  );
  assert.deepEqual(stats.ok ? [] : stats.issues.map((i) => i.path), ['definition']);
});

test('AN-1: rows shared by fewer than k are left out', () => {
  const rows = [{ a: 1 }, { a: 1 }, { a: 1 }, { a: 2 }, { a: 2 }, { a: 3 }];
  assert.deepEqual(suppressRareRows(rows, 3), { rows: [{ a: 1 }, { a: 1 }, { a: 1 }], suppressed: 3 });
  assert.deepEqual(suppressRareRows(rows, 1).suppressed, 0);
});

test('the ledger step says how to generalise exactly once', () => {
  const bad = [
    { item: 'x', method: 'generalise' },
    { item: 'x', method: 'keep', round: 10 },
    { item: 'x', method: 'generalise', round: 10, band: 5 },
  ];
  for (const step of bad) assert.throws(() => definition({ processing: [step] }), JSON.stringify(step));
});
