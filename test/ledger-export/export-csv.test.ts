import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEDGER_COLUMNS } from '../../src/core/ledger-export/ledger-columns.ts';
import { exportCsv } from '../../src/ledger-export/export-csv.ts';
import { loadAuditLedger } from '../fixtures/audit-ledger.ts';
import { csvRecords } from './csv-records.ts';
import { countCombinations } from './ledger-combinations.ts';

const BOM = '\uFEFF';

test('csv: UTF-8 with a byte-order mark, CRLF line ends, header then one record per combination', () => {
  const ledger = loadAuditLedger();
  const csv = exportCsv(ledger, 'ja');
  assert.ok(csv.startsWith(BOM), 'starts with a BOM so Excel reads Japanese');
  assert.ok(csv.endsWith('\r\n'));
  assert.doesNotMatch(csv.replaceAll('\r\n', ''), /\r/);
  const records = csvRecords(csv.slice(1));
  // Worked out by hand from audit-ledger.yaml: payroll 2, tax 2, health 2, recruiting 3, newsletter 2+2,
  // entrusted-payroll 2.
  assert.equal(records.length - 1, 15);
  assert.equal(records.length - 1, countCombinations(ledger));
  for (const record of records) assert.equal(record.length, LEDGER_COLUMNS.length);
});

for (const lang of ['ja', 'en'] as const) {
  test(`csv: every column has its ${lang} header`, () => {
    const [header] = csvRecords(exportCsv(loadAuditLedger(), lang).slice(1));
    assert.deepEqual(
      header,
      LEDGER_COLUMNS.map((c) => c.header[lang]),
    );
  });
}

test('csv: a row holds the values an auditor checks, several values in one cell', () => {
  const records = csvRecords(exportCsv(loadAuditLedger(), 'en').slice(1));
  const [header = [], ...rows] = records;
  const col = (name: string) => header.indexOf(name);
  const row = rows.find(
    (r) =>
      r[col('Subject category')] === 'Employees' &&
      r[col('Data item')] === 'Name' &&
      r[col('Purpose of use')] === 'To calculate and pay salaries',
  );
  assert.ok(row, 'the Name x Employees x payroll row');
  assert.equal(row[col('Operators')], 'Mamori Holdings K.K.; Mamori Staff K.K.');
  assert.equal(row[col('Identifying')], 'Yes');
  assert.equal(row[col('Special care')], 'No');
  assert.equal(row[col('Access roles')], 'HR staff; Payroll staff');
  assert.equal(row[col('Retention')], '7 years from end of employment (Internal rules)');
  assert.equal(row[col('Overseas')], 'Yes');
  assert.equal(row[col('Overseas countries')], 'SG; US');
});
