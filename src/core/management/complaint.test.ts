import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type Complaint,
  ComplaintInputSchema,
  complaintDeadline,
  complaintStatus,
  countComplaints,
  periodOf,
} from './complaint.ts';

const complaint = (extra: Partial<Complaint> = {}): Complaint => ({
  id: 'c-1',
  operator: 'staffing',
  kind: 'complaint',
  channel: 'phone',
  receivedAt: '2026-04-10T01:00:00.000Z',
  summary: 'asked why a newsletter still arrives',
  requestIds: [],
  incidentIds: [],
  recordedBy: 'u-1',
  respondBy: '2026-04-24T14:59:59.999Z',
  ...extra,
});

test('the summary refuses contact details; the person is linked by subject id', () => {
  const base = { operator: 'staffing', kind: 'complaint', channel: 'email', receivedAt: '2026-04-10T01:00:00Z' };
  for (const [summary, ok] of [
    ['newsletter after opting out', true],
    ['reply to taro@example.com', false],
    ['call back on 090-1234-5678', false],
    ['My Number 1234 5678 9012 shown', false],
  ] as const) {
    assert.equal(ComplaintInputSchema.safeParse({ ...base, summary }).success, ok, summary);
  }
});

test('deadline and status', () => {
  // Japanese calendar days: the end of the 14th day after the day received, whatever the hour.
  for (const [receivedAt, days, due] of [
    ['2026-04-10T01:00:00Z', 14, '2026-04-24T14:59:59.999Z'],
    ['2026-04-10T01:00:00Z', 7, '2026-04-17T14:59:59.999Z'],
    // 01:00 on 04-10 in Japan (still 04-09 in UTC): counted from the Japanese day, not 14 x 24 hours.
    ['2026-04-09T16:00:00Z', 14, '2026-04-24T14:59:59.999Z'],
    // 23:59 on 04-09 in Japan: a day earlier.
    ['2026-04-09T14:59:00Z', 14, '2026-04-23T14:59:59.999Z'],
  ] as const) {
    assert.equal(complaintDeadline(receivedAt, days), due, `${receivedAt} + ${days}`);
  }
  const cases: [Partial<Complaint>, string, string][] = [
    [{}, '2026-04-20T00:00:00Z', 'open'],
    [{}, '2026-04-25T00:00:00Z', 'overdue'],
    [{ respondedAt: '2026-04-30T00:00:00Z' }, '2026-05-01T00:00:00Z', 'responded'],
    [{ respondedAt: '2026-04-12T00:00:00Z', closedAt: '2026-04-12T00:00:00Z' }, '2026-05-01T00:00:00Z', 'closed'],
  ];
  for (const [extra, now, status] of cases) assert.equal(complaintStatus(complaint(extra), new Date(now)), status);
});

test('periods and counts per period, kind and channel', () => {
  assert.deepEqual(
    ['month', 'quarter', 'year'].map((p) => periodOf('2026-05-03T00:00:00Z', p as 'month')),
    ['2026-05', '2026-Q2', '2026'],
  );
  const all = [
    complaint(),
    complaint({ id: 'c-2', respondedAt: '2026-04-30T00:00:00Z' }),
    complaint({
      id: 'c-3',
      channel: 'web',
      kind: 'consultation',
      receivedAt: '2026-07-01T00:00:00.000Z',
      respondBy: '2026-07-15T00:00:00.000Z',
    }),
  ];
  assert.deepEqual(countComplaints(all, 'quarter', new Date('2026-07-02T00:00:00Z')), [
    { period: '2026-Q2', kind: 'complaint', channel: 'phone', received: 2, answeredLate: 1, open: 1 },
    { period: '2026-Q3', kind: 'consultation', channel: 'web', received: 1, answeredLate: 0, open: 1 },
  ]);
});
