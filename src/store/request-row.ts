import type { Insertable, Selectable } from 'kysely';
import { z } from 'zod';
import { AppError } from '../core/app-error.ts';
import { RequestTypeSchema } from '../core/ledger/request-procedure.ts';
import {
  CustomerAuthorisationSchema,
  ExecutionSummarySchema,
  IntakeChannelSchema,
  type PrivacyRequest,
  REQUEST_STATUSES,
  RefusalSchema,
  RequestDetailsSchema,
  type RequestEvent,
  RequesterSchema,
} from '../core/requests/privacy-request.ts';
import type { RequestEventsTable, RequestsTable } from './request-tables.ts';
import { compact, optionalDate, toDate } from './row-values.ts';

const StatusSchema = z.enum(REQUEST_STATUSES);
const IsoDate = z.iso.datetime().transform((s) => new Date(s));

/** The part of a request kept as JSON (the columns hold what lists filter and sort on). */
const DataSchema = z
  .object({
    channel: IntakeChannelSchema,
    requester: RequesterSchema,
    replyMethod: z.enum(['electronic', 'paper']),
    details: RequestDetailsSchema,
    fee: z.object({ amount: z.number().int().min(0), deadline: IsoDate.optional(), paidAt: IsoDate.optional() }),
    duplicateOf: z.string().optional(),
    identityVerifiedBy: z.string().optional(),
    reviewedBy: z.string().optional(),
    approvedBy: z.string().optional(),
    refusal: RefusalSchema.optional(),
    execution: z
      .object({
        startedBy: z.string(),
        startedAt: IsoDate,
        finishedAt: IsoDate.optional(),
        summary: ExecutionSummarySchema.optional(),
      })
      .strict()
      .optional(),
    customerAuthorisations: z
      .array(CustomerAuthorisationSchema.extend({ id: z.string(), recordedBy: z.string(), recordedAt: z.string() }))
      .optional(),
    routedToCustomer: z.array(z.string()).optional(),
    packageDocument: z.string().optional(),
    reply: z
      .object({
        lang: z.enum(['ja', 'en']),
        preparedBy: z.string(),
        preparedAt: IsoDate,
        documents: z.object({ json: z.string().optional(), csv: z.string().optional(), pdf: z.string() }).strict(),
      })
      .strict()
      .optional(),
  })
  .strict();

export function toRequestRow(r: PrivacyRequest): Insertable<RequestsTable> & { id: string; tracking_code: string } {
  const data = {
    channel: r.channel,
    requester: r.requester,
    replyMethod: r.replyMethod,
    details: r.details,
    fee: compact({
      amount: r.fee.amount,
      deadline: r.fee.deadline?.toISOString(),
      paidAt: r.fee.paidAt?.toISOString(),
    }),
    ...compact({
      duplicateOf: r.duplicateOf,
      identityVerifiedBy: r.identityVerifiedBy,
      reviewedBy: r.reviewedBy,
      approvedBy: r.approvedBy,
      refusal: r.refusal,
      execution:
        r.execution === undefined
          ? undefined
          : compact({
              startedBy: r.execution.startedBy,
              startedAt: r.execution.startedAt.toISOString(),
              finishedAt: r.execution.finishedAt?.toISOString(),
              summary: r.execution.summary,
            }),
      customerAuthorisations: r.customerAuthorisations,
      routedToCustomer: r.routedToCustomer,
      packageDocument: r.packageDocument,
      reply:
        r.reply === undefined
          ? undefined
          : { ...r.reply, preparedAt: r.reply.preparedAt.toISOString(), documents: compact({ ...r.reply.documents }) },
    }),
  };
  return {
    id: r.id,
    tracking_code: r.trackingCode,
    operator: r.operator,
    type: r.type,
    status: r.status,
    duplicate_key: r.duplicateKey,
    received_at: r.receivedAt.toISOString(),
    due_at: r.dueAt.toISOString(),
    closed_at: r.closedAt?.toISOString() ?? null,
    updated_at: r.updatedAt.toISOString(),
    version: r.version,
    data_json: JSON.stringify(data),
  };
}

export function fromRequestRow(row: Selectable<RequestsTable>): PrivacyRequest {
  const data = DataSchema.safeParse(JSON.parse(row.data_json));
  const status = StatusSchema.safeParse(row.status);
  const type = RequestTypeSchema.safeParse(row.type);
  if (!data.success || !status.success || !type.success) {
    throw new AppError('INTERNAL', `stored request ${row.id} is unreadable`);
  }
  const { fee, execution, reply, ...rest } = data.data;
  return compact({
    id: row.id,
    trackingCode: row.tracking_code,
    operator: row.operator,
    type: type.data,
    status: status.data,
    duplicateKey: row.duplicate_key,
    receivedAt: toDate(row.received_at, 'requests.received_at'),
    dueAt: toDate(row.due_at, 'requests.due_at'),
    closedAt: optionalDate(row.closed_at, 'requests.closed_at'),
    updatedAt: toDate(row.updated_at, 'requests.updated_at'),
    version: Number(row.version),
    ...rest,
    ...(execution ? { execution: compact(execution) } : {}),
    ...(reply ? { reply: { ...reply, documents: compact(reply.documents) } } : {}),
    fee: compact(fee),
  }) as PrivacyRequest;
}

export function toEventRow(e: RequestEvent): Insertable<RequestEventsTable> {
  return {
    request_id: e.requestId,
    seq: e.seq,
    at: e.at.toISOString(),
    actor: e.actor,
    action: e.action,
    from_status: e.from ?? null,
    to_status: e.to,
    note_json: e.note === undefined ? null : JSON.stringify(e.note),
  };
}

export function fromEventRow(row: Selectable<RequestEventsTable>): RequestEvent {
  const to = StatusSchema.safeParse(row.to_status);
  const from = row.from_status === null ? undefined : StatusSchema.safeParse(row.from_status);
  if (!to.success || (from !== undefined && !from.success)) {
    throw new AppError('INTERNAL', `stored event ${row.request_id}#${row.seq} has an unknown status`);
  }
  return compact({
    requestId: row.request_id,
    seq: Number(row.seq),
    at: toDate(row.at, 'request_events.at'),
    actor: row.actor,
    action: row.action,
    from: from?.data,
    to: to.data,
    note: row.note_json === null ? undefined : (JSON.parse(row.note_json) as Record<string, unknown>),
  });
}
