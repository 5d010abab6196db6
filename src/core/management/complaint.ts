import { z } from 'zod';
import { findPersonalData } from '../evidence/personal-data.ts';
import { addJapanDays, japanWallClock } from '../japan-time.ts';

export const COMPLAINT_CHANNELS = ['phone', 'email', 'web', 'letter', 'in-person', 'other'] as const;
export const COMPLAINT_KINDS = ['complaint', 'consultation'] as const;
/** Days to answer when the operator configures nothing. */
export const DEFAULT_RESPONSE_DAYS = 14;

const Id = z.string().min(1).max(200);
const NoPersonalData = z
  .string()
  .min(1)
  .max(2000)
  .refine((text) => findPersonalData(text) === undefined, {
    message: 'write the summary without contact details or My Numbers; link the person by subject id',
  });

/** A complaint or consultation as received (苦情・相談), from any channel; the person only by subject id. */
export const ComplaintInputSchema = z
  .object({
    operator: Id,
    kind: z.enum(COMPLAINT_KINDS),
    channel: z.enum(COMPLAINT_CHANNELS),
    receivedAt: z.iso.datetime().max(40),
    summary: NoPersonalData,
    subjectId: Id.optional(),
    requestIds: z.array(Id).max(50).default([]),
    incidentIds: z.array(Id).max(50).default([]),
    responseDays: z.number().int().min(1).max(90).optional(),
  })
  .strict();
export type ComplaintInput = z.infer<typeof ComplaintInputSchema>;

export const ComplaintResponseSchema = z
  .object({ response: NoPersonalData, close: z.boolean().default(false) })
  .strict();

export interface Complaint extends Omit<ComplaintInput, 'responseDays'> {
  readonly id: string;
  readonly recordedBy: string;
  readonly respondBy: string;
  readonly respondedAt?: string | undefined;
  readonly response?: string | undefined;
  readonly closedAt?: string | undefined;
}

export type ComplaintStatus = 'open' | 'overdue' | 'responded' | 'closed';

/** The end of the Japanese calendar day `days` after the day it was received (the day itself not counted). */
export function complaintDeadline(receivedAt: string, days: number = DEFAULT_RESPONSE_DAYS): string {
  return addJapanDays(new Date(receivedAt), days).toISOString();
}

export function complaintStatus(c: Complaint, now: Date): ComplaintStatus {
  if (c.closedAt !== undefined) return 'closed';
  if (c.respondedAt !== undefined) return 'responded';
  return now.toISOString() > c.respondBy ? 'overdue' : 'open';
}

export type Period = 'month' | 'quarter' | 'year';

/** `2026-04`, `2026-Q2` or `2026` for an instant (UTC). */
export function periodOf(at: string, period: Period): string {
  const year = at.slice(0, 4);
  const month = Number(at.slice(5, 7));
  if (period === 'year') return year;
  if (period === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return at.slice(0, 7);
}

export interface ComplaintCount {
  readonly period: string;
  readonly kind: (typeof COMPLAINT_KINDS)[number];
  readonly channel: (typeof COMPLAINT_CHANNELS)[number];
  readonly received: number;
  readonly answeredLate: number;
  readonly open: number;
}

/** Counts per period, kind and channel for the management review, sorted by period then kind then channel. */
export function countComplaints(complaints: readonly Complaint[], period: Period, now: Date): ComplaintCount[] {
  const rows = new Map<string, { -readonly [K in keyof ComplaintCount]: ComplaintCount[K] }>();
  for (const c of complaints) {
    // Periods are Japan's calendar months, quarters and years.
    const p = periodOf(japanWallClock(new Date(c.receivedAt)).toISOString(), period);
    const key = `${p}|${c.kind}|${c.channel}`;
    const row = rows.get(key) ?? { period: p, kind: c.kind, channel: c.channel, received: 0, answeredLate: 0, open: 0 };
    row.received += 1;
    if (c.respondedAt !== undefined && c.respondedAt > c.respondBy) row.answeredLate += 1;
    const status = complaintStatus(c, now);
    if (status === 'open' || status === 'overdue') row.open += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) =>
    `${a.period}|${a.kind}|${a.channel}`.localeCompare(`${b.period}|${b.kind}|${b.channel}`),
  );
}
