import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAuditLedger } from '../../../test/fixtures/audit-ledger.ts';
import type { LedgerColumnKey } from './ledger-columns.ts';
import { ledgerRows } from './ledger-rows.ts';
import type { Cell } from './sheet.ts';

// One row per combination of audit-ledger.yaml worth checking: [category, item, purpose] and the cells (en).
const ROWS: readonly (readonly [string, string, string, Partial<Record<LedgerColumnKey, Cell>>])[] = [
  [
    'employees',
    'name',
    'payroll',
    {
      operators: ['Mamori Holdings K.K.', 'Mamori Staff K.K.'],
      identifying: 'Yes',
      accessRoles: ['HR staff', 'Payroll staff'],
      // Two rules cover the item; the longest applies.
      retention: '7 years from end of employment (Internal rules)',
      recipients: ['Pension office (JP, required by law)', 'Singapore office (SG, consent)'],
      jointUses: ['Group joint use'],
      contractors: ['Payroll BPO K.K. (JP, review due 2026-04-01)'],
      overseas: 'Yes',
      overseasCountries: ['SG', 'US'],
    },
  ],
  [
    'employees',
    'bank-account',
    'payroll',
    {
      financial: 'Yes',
      accessRoles: ['HR staff', 'Payroll staff (masked)'],
      retention: '5 years from end of employment (Labour Standards Act Art. 109, 143)',
      recipients: [],
      overseas: 'No',
      overseasCountries: [],
    },
  ],
  [
    'employees',
    'my-number',
    'tax',
    {
      myNumber: 'Yes',
      accessRoles: ['Payroll staff'],
      retention: '7 years from end of employment',
      disposal: 'erasure of the My Number',
      recipients: ['Pension office (JP, required by law)'],
      stores: ['HR system / hr-db (JP, encrypted at rest)'],
    },
  ],
  [
    'employees',
    'health-check',
    'health',
    {
      specialCare: 'Yes',
      accessRoles: ['HR staff'],
      retention: '5 years from creation (Industrial Safety and Health Rules Art. 51)',
    },
  ],
  [
    'applicants',
    'resume',
    'recruiting',
    {
      operators: ['Mamori Staff K.K.'],
      acquisition: ['from others (Job sites)'],
      stores: ['Applicant tracking system / ats-us (US, not encrypted at rest)'],
      accessRoles: ['Recruiter'],
      retention: '6 months from collection',
      recipients: ['Client companies (JP, consent)'],
      contractors: ['US ATS Inc. (US, review due 2026-06-30)'],
      overseasCountries: ['US'],
    },
  ],
  [
    'applicants',
    'email',
    'newsletter',
    { consent: 'opt-out', operators: ['Mamori Staff K.K.'], accessRoles: ['HR staff', 'Recruiter'] },
  ],
  [
    'client-staff',
    'payroll-data',
    'entrusted-payroll',
    {
      categoryRole: 'processor (Client companies that entrust payroll to us)',
      retention: 'not set',
      disposal: '',
      purposeTags: ['entrusted-processing'],
    },
  ],
];

for (const [category, item, purpose, cells] of ROWS) {
  test(`ledger row ${category} x ${item} x ${purpose}`, () => {
    const row = ledgerRows(loadAuditLedger(), 'en').find(
      (r) => r.categoryId === category && r.itemId === item && r.purposeId === purpose,
    );
    assert.ok(row, 'row exists');
    for (const [key, value] of Object.entries(cells)) assert.deepEqual(row.cells[key as LedgerColumnKey], value, key);
  });
}

test('only combinations the ledger has: none for a purpose that does not use the item or category', () => {
  const rows = ledgerRows(loadAuditLedger(), 'en');
  const has = (c: string, i: string, p: string) =>
    rows.some((r) => r.categoryId === c && r.itemId === i && r.purposeId === p);
  assert.equal(has('applicants', 'name', 'payroll'), false, 'payroll is not for applicants');
  assert.equal(has('employees', 'email', 'payroll'), false, 'payroll does not use e-mail');
  assert.equal(has('employees', 'resume', 'newsletter'), false, 'employees do not have a work history item');
  assert.equal(new Set(rows.map((r) => `${r.categoryId}/${r.itemId}/${r.purposeId}`)).size, rows.length);
});

test('Japanese rows use Japanese labels', () => {
  const row = ledgerRows(loadAuditLedger(), 'ja').find((r) => r.itemId === 'health-check');
  assert.ok(row);
  assert.equal(row.cells.specialCare, '○');
  assert.equal(row.cells.myNumber, '－');
  assert.equal(row.cells.retention, '作成から5年（労働安全衛生規則第51条）');
  assert.equal(row.cells.overseas, 'なし');
});
