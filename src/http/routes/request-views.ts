import type { Context } from 'hono';
import type { RequestDeps } from '../../app/requests/request-deps.ts';
import type { Delivery, RequestDocument } from '../../app/requests/request-ports.ts';
import { AppError } from '../../core/app-error.ts';
import { maySeeOperator } from '../../core/auth/principal.ts';
import type { PrivacyRequest, RequestEvent } from '../../core/requests/privacy-request.ts';
import { deadlineState } from '../../core/requests/request-deadline.ts';
import { principalOf, setAccessRecord } from '../request-context.ts';
import { feeBody } from './request-public-routes.ts';

/** A request of an operator the caller is not scoped to does not exist for it (404, like a missing one). */
export async function visibleRequest(c: Context, deps: RequestDeps, id: string): Promise<PrivacyRequest> {
  const request = await deps.store.requests.get(id);
  if (request === undefined || !maySeeOperator(principalOf(c), request.operator)) {
    throw new AppError('NOT_FOUND', `no request ${id}`);
  }
  return request;
}

/** For the access log: whose request was read or changed (subject id when known, never the person's data). */
export function recordRequestAccess(c: Context, requests: readonly PrivacyRequest[], detail?: Record<string, string>) {
  setAccessRecord(c, {
    subjects: requests.flatMap((r) => (r.requester.subjectId ? [r.requester.subjectId] : [])),
    operators: [...new Set(requests.map((r) => r.operator))],
    rows: requests.length,
    detail: { of: 'requests', ...detail },
  });
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
/** A stored object as plain JSON (optional fields left out rather than undefined). */
const asJson = (value: object) => JSON.parse(JSON.stringify(value)) as { [key: string]: Json };

const iso = (d: Date | undefined) => (d === undefined ? {} : { at: d.toISOString() });

export function staffBody(r: PrivacyRequest, now: Date) {
  return {
    id: r.id,
    trackingCode: r.trackingCode,
    operator: r.operator,
    type: r.type,
    channel: r.channel,
    status: r.status,
    deadline: deadlineState(r.dueAt, now),
    requester: asJson(r.requester),
    replyMethod: r.replyMethod,
    details: asJson(r.details),
    receivedAt: r.receivedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    fee: feeBody(r),
    ...(r.duplicateOf ? { duplicateOf: r.duplicateOf } : {}),
    ...(r.identityVerifiedBy ? { identityVerifiedBy: r.identityVerifiedBy } : {}),
    ...(r.reviewedBy ? { reviewedBy: r.reviewedBy } : {}),
    ...(r.approvedBy ? { approvedBy: r.approvedBy } : {}),
    ...(r.refusal ? { refusal: { ...r.refusal } } : {}),
    ...(r.execution ? { execution: executionBody(r.execution) } : {}),
    ...(r.customerAuthorisations ? { customerAuthorisations: r.customerAuthorisations.map(asJson) } : {}),
    ...(r.routedToCustomer ? { routedToCustomer: [...r.routedToCustomer] } : {}),
    ...(r.closedAt ? { closedAt: r.closedAt.toISOString() } : {}),
    version: r.version,
  };
}

function executionBody(e: NonNullable<PrivacyRequest['execution']>) {
  return {
    startedBy: e.startedBy,
    startedAt: e.startedAt.toISOString(),
    ...(e.finishedAt ? { finishedAt: e.finishedAt.toISOString() } : {}),
    ...(e.summary ? { summary: asJson(e.summary) } : {}),
  };
}

export function eventBody(e: RequestEvent) {
  return {
    seq: e.seq,
    at: e.at.toISOString(),
    actor: e.actor,
    action: e.action,
    ...(e.from ? { from: e.from } : {}),
    to: e.to,
    ...(e.note ? { note: asJson(e.note) } : {}),
  };
}

/** A delivery without its token hash: the link itself is only in the person's e-mail. */
export function deliveryBody(d: Delivery) {
  return {
    id: d.id,
    kind: d.kind,
    maxDownloads: d.maxDownloads,
    downloads: d.downloads,
    createdAt: d.createdAt.toISOString(),
    createdBy: d.createdBy,
    ...(d.expiresAt ? { expiresAt: d.expiresAt.toISOString() } : {}),
    ...(d.revokedAt ? { revokedAt: d.revokedAt.toISOString() } : {}),
    ...(d.dispatch
      ? { dispatch: { method: d.dispatch.method, reference: d.dispatch.reference, ...iso(d.dispatch.at) } }
      : {}),
  };
}

export function documentBody(d: RequestDocument) {
  return {
    id: d.id,
    kind: d.kind,
    fileName: d.fileName,
    mediaType: d.mediaType,
    size: d.content.byteLength,
    uploadedAt: d.uploadedAt.toISOString(),
  };
}
