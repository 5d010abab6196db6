// The disposal certificate's PDF layout (src/notice/render-disposal-certificate.ts): a run of the demo's size fits
// on one A4 page (the closing note used to spill a single line onto a second page, and a table's header could be
// left at the foot of a page without its rows), and longer certificates flow onto more pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CertifiedTarget, DisposalCertificate } from '../../src/core/retention/disposal-certificate.ts';
import { renderDisposalCertificatePdf } from '../../src/notice/render-disposal-certificate.ts';

const pageCount = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type \/Page\b(?!s)/g) ?? []
  ).length;

const TABLES = [
  'health_checks',
  'social_insurance',
  'social_insurance',
  'payroll',
  'assignments',
  'staff',
  'employees',
];

function target(system: string, table: string, i: number, held: boolean): CertifiedTarget {
  return {
    target: `${system}/${table}/${i}`,
    system,
    table,
    action: i === 2 ? 'erase-my-number' : 'delete',
    rule: i === 1 ? 'employment-insurance' : 'labour-records',
    rules: i === 1 ? ['employment-insurance', 'health-insurance-pension', 'tax-declarations'] : ['labour-records'],
    items: ['name'],
    planned: held ? 0 : 100 + i,
    disposed: held ? 0 : 100 + i,
    held: held ? 40 : 0,
    status: held ? 'held' : 'done',
    remaining: held ? 40 : 0,
    keysSha256: '0'.repeat(64),
  };
}

function certificate(targets: readonly CertifiedTarget[], holds = 0): DisposalCertificate {
  const planned = targets.reduce((n, t) => n + t.planned, 0);
  return {
    id: 'cert-disposal-3f1c2a9e-7d41-4e55-9a0b-2c8d5e6f7a81',
    kind: 'run',
    jobId: 'disposal-3f1c2a9e',
    status: 'completed',
    asOf: '2026-11-22',
    ledgerVersion: 3,
    requestedBy: 'user-0b6c1d2e',
    executedBy: 'node-a:4242',
    startedAt: '2026-11-22T05:00:00.000Z',
    finishedAt: '2026-11-22T05:01:00.000Z',
    targets,
    holds: Array.from({ length: holds }, (_, i) => ({
      id: `hold-${i}`,
      scope: { kind: 'operator' as const, operator: 'sakura-career' },
      rows: 40,
    })),
    totals: { planned, disposed: planned, held: targets.reduce((n, t) => n + t.held, 0), remaining: 0 },
    verification: { ok: true, method: 're-query', checkedAt: '2026-11-22T05:01:00.000Z' },
  };
}

const labels = {
  systems: { 'hr-database': '人事データベース', 'payroll-bpo': '給与計算受託システム' },
  rules: {
    'labour-records': '労働者名簿・賃金台帳',
    'employment-insurance': '雇用保険に関する書類',
    'health-insurance-pension': '健康保険・厚生年金保険に関する書類',
    'tax-declarations': '扶養控除等申告書',
  },
  contractors: {},
};

const render = (c: DisposalCertificate) =>
  renderDisposalCertificatePdf({ certificate: c, certificateSha256: 'a'.repeat(64), labels });

test("a run of the demo's size, held or not, is one page", async () => {
  const done = TABLES.map((table, i) => target('hr-database', table, i, false));
  assert.equal(pageCount(await render(certificate(done))), 1);
  const held = TABLES.map((table, i) => target('hr-database', table, i, true));
  assert.equal(pageCount(await render(certificate(held, 1))), 1);
});

test('several systems and many targets flow onto more pages', async () => {
  const many = ['hr-database', 'payroll-bpo', 'crm'].flatMap((system) =>
    Array.from({ length: 14 }, (_, i) => target(system, `table_${i}`, i, i % 5 === 0)),
  );
  const pdf = await render(certificate(many, 6));
  assert.ok(Buffer.from(pdf).toString('latin1').startsWith('%PDF-'));
  assert.ok(pageCount(pdf) >= 2, `${pageCount(pdf)} pages`);
});
