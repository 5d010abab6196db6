import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { LEDGER_COLUMNS } from '../../src/core/ledger-export/ledger-columns.ts';
import { exportXlsx } from '../../src/ledger-export/export-xlsx.ts';
import { loadAuditLedger } from '../fixtures/audit-ledger.ts';
import { countCombinations } from './ledger-combinations.ts';

async function workbookOf(lang: 'ja' | 'en'): Promise<ExcelJS.Workbook> {
  const buffer = await exportXlsx(loadAuditLedger(), lang);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const SHEETS = {
  en: [
    'Ledger',
    'Purposes',
    'Data items',
    'Systems & stores',
    'Retention rules',
    'Recipients',
    'Joint uses',
    'Contractors',
    'Roles',
  ],
  ja: [
    '個人情報管理台帳',
    '利用目的',
    '個人データ項目',
    'システム・保管先',
    '保存期間',
    '第三者提供先',
    '共同利用',
    '委託先',
    'ロール',
  ],
};

for (const lang of ['en', 'ja'] as const) {
  test(`xlsx (${lang}): the ledger sheet first, then one sheet per section`, async () => {
    const workbook = await workbookOf(lang);
    assert.deepEqual(
      workbook.worksheets.map((ws) => ws.name),
      SHEETS[lang],
    );
  });
}

test('xlsx: the ledger sheet has the header and one row per combination, like the CSV', async () => {
  const ledger = loadAuditLedger();
  const ws = (await workbookOf('en')).worksheets[0];
  assert.ok(ws);
  assert.equal(ws.rowCount - 1, countCombinations(ledger));
  assert.equal(ws.rowCount - 1, 15);
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  assert.deepEqual(
    header,
    LEDGER_COLUMNS.map((c) => c.header.en),
  );
});

test('xlsx: frozen header, autofilter over the table, widths, wrapped multi-value cells', async () => {
  const ws = (await workbookOf('ja')).worksheets[0];
  assert.ok(ws);
  assert.equal(ws.views[0]?.state, 'frozen');
  assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);
  assert.ok(ws.autoFilter, 'autofilter set');
  assert.equal(ws.getColumn(1).width, LEDGER_COLUMNS[0].width);
  assert.ok(ws.getRow(1).font?.bold);
  const stores = ws.getCell(2, LEDGER_COLUMNS.findIndex((c) => c.key === 'stores') + 1);
  assert.match(String(stores.value), /\n/, 'one store per line');
  assert.equal(stores.alignment?.wrapText, true);
});

test('xlsx: section sheets have a row per element', async () => {
  const ledger = loadAuditLedger();
  const workbook = await workbookOf('en');
  const rows = (name: string) => (workbook.getWorksheet(name)?.rowCount ?? 0) - 1;
  assert.equal(rows('Purposes'), ledger.purposes.length);
  assert.equal(rows('Data items'), ledger.dataItems.length);
  assert.equal(rows('Systems & stores'), ledger.systems.flatMap((s) => s.stores).length);
  assert.equal(rows('Retention rules'), ledger.retentionRules.length);
  assert.equal(rows('Recipients'), ledger.recipients.length);
  assert.equal(rows('Joint uses'), ledger.jointUses.length);
  assert.equal(rows('Contractors'), ledger.contractors.length);
  assert.equal(rows('Roles'), ledger.roles.length);
});
