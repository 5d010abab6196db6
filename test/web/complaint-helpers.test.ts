// The complaints desk's pure helpers: filters kept in the address, the record form's body, totals per period.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applyFilters,
  filtersFrom,
  listPath,
  periodTotals,
} from '../../web/src/console/complaints/complaint-filters.ts';
import { complaintBody, emptyComplaintForm } from '../../web/src/console/complaints/complaint-form.ts';
import type { ComplaintRecord } from '../../web/src/console/complaints/types.ts';

function complaint(over: Partial<ComplaintRecord>): ComplaintRecord {
  return {
    id: 'c',
    operator: 'sakura-hd',
    kind: 'complaint',
    channel: 'phone',
    receivedAt: '2026-11-01T00:00:00.000Z',
    summary: 'Asked why they received mail',
    requestIds: [],
    incidentIds: [],
    recordedBy: 'user-1',
    respondBy: '2026-11-15T14:59:59.999Z',
    status: 'open',
    ...over,
  };
}

test('filters: only known values are kept; the API filters one status, "unanswered" is filtered here', () => {
  assert.deepEqual(filtersFrom(new URLSearchParams('status=overdue&kind=consultation&channel=web&operator=x')), {
    status: 'overdue',
    kind: 'consultation',
    channel: 'web',
    operator: 'x',
  });
  assert.deepEqual(filtersFrom(new URLSearchParams('status=lost&kind=praise&channel=fax')), {});
  assert.equal(listPath({ status: 'overdue' }), '/api/v1/complaints?status=overdue');
  assert.equal(listPath({ status: 'unanswered' }), '/api/v1/complaints');
  assert.equal(listPath({}), '/api/v1/complaints');

  const items = [
    complaint({ id: 'open', status: 'open', receivedAt: '2026-11-01T00:00:00.000Z' }),
    complaint({ id: 'late', status: 'overdue', receivedAt: '2026-10-01T00:00:00.000Z', channel: 'web' }),
    complaint({ id: 'done', status: 'responded', receivedAt: '2026-11-05T00:00:00.000Z', kind: 'consultation' }),
    complaint({ id: 'other-op', status: 'closed', operator: 'sakura-payroll' }),
  ];
  assert.deepEqual(
    applyFilters(items, { status: 'unanswered' }).map((c) => c.id),
    ['open', 'late'],
  );
  assert.deepEqual(
    applyFilters(items, {}).map((c) => c.id),
    ['done', 'open', 'other-op', 'late'],
    'newest received first',
  );
  assert.deepEqual(
    applyFilters(items, { kind: 'consultation' }).map((c) => c.id),
    ['done'],
  );
  assert.deepEqual(
    applyFilters(items, { channel: 'web' }).map((c) => c.id),
    ['late'],
  );
  assert.deepEqual(
    applyFilters(items, { operator: 'sakura-payroll' }).map((c) => c.id),
    ['other-op'],
  );
});

test('record form: links prefilled from the address, Japan time to an instant, blank optional fields left out', () => {
  const now = new Date('2026-11-20T03:00:00Z');
  const form = emptyComplaintForm(now, 'sakura-hd', new URLSearchParams('incident=inc-9&subject=staff-000001'));
  assert.deepEqual(form.incidentIds, ['inc-9']);
  assert.equal(form.subjectId, 'staff-000001');
  assert.equal(form.operator, 'sakura-hd');
  assert.equal(form.receivedAt, '2026-11-20T12:00');
  const body = complaintBody({ ...form, channel: 'email', summary: 'x', subjectId: '  ', responseDays: '' });
  assert.equal(body.receivedAt, '2026-11-20T03:00:00.000Z');
  assert.equal('subjectId' in body, false);
  assert.equal('responseDays' in body, false);
  const withDays = complaintBody({ ...form, responseDays: ' 7 ' });
  assert.equal(withDays.responseDays, 7);
  assert.equal(withDays.subjectId, 'staff-000001');
  assert.equal(
    emptyComplaintForm(now, 'sakura-hd', new URLSearchParams('operator=sakura-payroll')).operator,
    'sakura-payroll',
  );
});

test('totals per period add up kinds, late answers and open cases across channels', () => {
  const totals = periodTotals([
    { period: '2026-11', kind: 'complaint', channel: 'phone', received: 2, answeredLate: 1, open: 0 },
    { period: '2026-10', kind: 'consultation', channel: 'web', received: 3, answeredLate: 0, open: 1 },
    { period: '2026-11', kind: 'consultation', channel: 'email', received: 4, answeredLate: 0, open: 2 },
    { period: '2026-11', kind: 'complaint', channel: 'web', received: 1, answeredLate: 1, open: 1 },
  ]);
  assert.deepEqual(totals, [
    { period: '2026-10', complaints: 0, consultations: 3, answeredLate: 0, open: 1 },
    { period: '2026-11', complaints: 3, consultations: 4, answeredLate: 2, open: 3 },
  ]);
  assert.deepEqual(periodTotals([]), []);
});
