import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import {
  type Complaint,
  type ComplaintCount,
  ComplaintInputSchema,
  ComplaintResponseSchema,
  type ComplaintStatus,
  complaintDeadline,
  complaintStatus,
  countComplaints,
  type Period,
} from '../../core/management/complaint.ts';
import type { Store } from '../ports.ts';
import { bodyOf, invalid, type ManagementDeps, managementEvent, updateRecord } from './management-deps.ts';

const StoredComplaintSchema = ComplaintInputSchema.omit({ responseDays: true }).extend({
  id: z.string(),
  recordedBy: z.string(),
  respondBy: z.string(),
  respondedAt: z.string().optional(),
  response: z.string().optional(),
  closedAt: z.string().optional(),
});

const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

/** Records a complaint or consultation with its response deadline (`responseDays`, default 14 days). */
export async function recordComplaint(
  deps: ManagementDeps,
  input: z.input<typeof ComplaintInputSchema>,
  actor: string,
): Promise<Complaint> {
  const parsed = ComplaintInputSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid complaint', issuesOf(parsed.error));
  const { responseDays, ...rest } = parsed.data;
  const complaint: Complaint = {
    ...rest,
    receivedAt: new Date(rest.receivedAt).toISOString(),
    id: randomUUID(),
    recordedBy: actor,
    respondBy: complaintDeadline(rest.receivedAt, responseDays),
  };
  await deps.store.management.insert(
    [
      {
        id: complaint.id,
        kind: 'complaint',
        operator: complaint.operator,
        recordedAt: deps.clock.now(),
        body: complaint,
      },
    ],
    [
      managementEvent(
        deps,
        actor,
        'complaint-recorded',
        {
          kind: 'complaint',
          id: complaint.id,
          operator: complaint.operator,
          complaintKind: complaint.kind,
          channel: complaint.channel,
          respondBy: complaint.respondBy,
        },
        complaint.subjectId,
      ),
    ],
  );
  return complaint;
}

export async function getComplaint(store: Store, id: string): Promise<Complaint> {
  const record = await store.management.get('complaint', id);
  if (!record) throw new AppError('NOT_FOUND', `complaint ${id} not found`);
  return bodyOf(StoredComplaintSchema, record);
}

/** Records the answer given (the first answer stops the clock) and, with `close`, closes the case. */
export async function respondToComplaint(
  deps: ManagementDeps,
  id: string,
  input: z.input<typeof ComplaintResponseSchema>,
  actor: string,
): Promise<Complaint> {
  const parsed = ComplaintResponseSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid response', issuesOf(parsed.error));
  const now = deps.clock.now().toISOString();
  return updateRecord(
    deps.store,
    'complaint',
    id,
    (r) => bodyOf(StoredComplaintSchema, r),
    (c) => {
      if (c.closedAt !== undefined) throw new AppError('CONFLICT', `complaint ${id} is closed`);
      return {
        ...c,
        response: parsed.data.response,
        respondedAt: c.respondedAt ?? now,
        ...(parsed.data.close ? { closedAt: now } : {}),
      };
    },
    (c) => [
      managementEvent(
        deps,
        actor,
        parsed.data.close ? 'complaint-closed' : 'complaint-responded',
        {
          kind: 'complaint',
          id,
          operator: c.operator,
          respondedAt: c.respondedAt,
          late: (c.respondedAt ?? '') > c.respondBy,
        },
        c.subjectId,
      ),
    ],
  );
}

export async function listComplaints(
  deps: ManagementDeps,
  filter: { readonly operators?: readonly string[]; readonly status?: ComplaintStatus },
): Promise<(Complaint & { status: ComplaintStatus })[]> {
  const now = deps.clock.now();
  const all = (await deps.store.management.list('complaint')).map((r) => bodyOf(StoredComplaintSchema, r));
  return all
    .filter((c) => filter.operators === undefined || filter.operators.includes(c.operator))
    .map((c) => ({ ...c, status: complaintStatus(c, now) }))
    .filter((c) => filter.status === undefined || c.status === filter.status);
}

/** Counts per period and channel between `from` and `to` (received dates), for the management review. */
export async function complaintCounts(
  deps: ManagementDeps,
  query: {
    readonly operators?: readonly string[];
    readonly period: Period;
    readonly from?: string;
    readonly to?: string;
  },
): Promise<ComplaintCount[]> {
  const complaints = (await listComplaints(deps, query.operators ? { operators: query.operators } : {})).filter(
    (c) =>
      (query.from === undefined || c.receivedAt >= query.from) && (query.to === undefined || c.receivedAt < query.to),
  );
  return countComplaints(complaints, query.period, deps.clock.now());
}
