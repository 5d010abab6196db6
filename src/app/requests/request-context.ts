import { AppError } from '../../core/app-error.ts';
import type { RequestProcedure } from '../../core/ledger/request-procedure.ts';
import type { PrivacyRequest, RequestEvent } from '../../core/requests/privacy-request.ts';
import { FINAL_STATUSES } from '../../core/requests/privacy-request.ts';
import { procedureFor } from '../../core/requests/request-scope.ts';
import { type RequestAction, requireNextStatus } from '../../core/requests/request-transitions.ts';
import type { EvidenceEvent } from '../evidence-log.ts';
import { currentLedger } from './current-ledger.ts';
import type { RequestDeps } from './request-deps.ts';
import type { Delivery, RequestDocument } from './request-ports.ts';

export async function loadRequest(deps: RequestDeps, id: string): Promise<PrivacyRequest> {
  const request = await deps.store.requests.get(id);
  if (request === undefined) throw new AppError('NOT_FOUND', `no request ${id}`);
  return request;
}

export async function procedureOf(deps: RequestDeps, operator: string): Promise<RequestProcedure> {
  const version = await currentLedger(deps);
  const procedure = version === undefined ? undefined : procedureFor(version.ledger, operator);
  if (procedure === undefined) {
    throw new AppError('VALIDATION', `the ledger states no request procedure for operator "${operator}"`, {
      issues: [{ path: 'operator', message: 'no request procedure for this operator' }],
    });
  }
  return procedure;
}

/**
 * Applies one step of the state machine: checks it, then writes the request with its audit-trail event, its
 * `request` evidence entry (ids and statuses only) and any documents or delivery of the step, in one transaction
 * (refused, and nothing written, if someone changed the request meanwhile).
 */
export async function applyTransition(
  deps: RequestDeps,
  input: {
    readonly requestId: string;
    readonly actor: string;
    readonly action: RequestAction;
    readonly change?: (request: PrivacyRequest) => Partial<PrivacyRequest>;
    readonly note?: Readonly<Record<string, unknown>>;
    readonly documents?: readonly RequestDocument[];
    readonly delivery?: Delivery;
  },
): Promise<PrivacyRequest> {
  const before = await loadRequest(deps, input.requestId);
  const procedure = await procedureOf(deps, before.operator);
  const now = deps.clock.now();
  const changed = { ...before, ...input.change?.(before) };
  const to = requireNextStatus({ request: changed, stored: before, procedure, actor: input.actor, now }, input.action);
  const after: PrivacyRequest = {
    ...changed,
    status: to,
    updatedAt: now,
    version: before.version + 1,
    ...(FINAL_STATUSES.includes(to) && before.closedAt === undefined ? { closedAt: now } : {}),
  };
  await writeChange(deps, {
    before,
    after,
    actor: input.actor,
    action: input.action.kind,
    note: input.note,
    ...(input.documents ? { documents: input.documents } : {}),
    ...(input.delivery ? { delivery: input.delivery } : {}),
  });
  return after;
}

/** Stores a change with its event and evidence atomically; a concurrent change wins and this one is refused. */
export async function writeChange(
  deps: RequestDeps,
  input: {
    readonly before: PrivacyRequest;
    readonly after: PrivacyRequest;
    readonly actor: string;
    readonly action: string;
    readonly note?: Readonly<Record<string, unknown>> | undefined;
    readonly documents?: readonly RequestDocument[];
    readonly delivery?: Delivery;
  },
): Promise<void> {
  const { before, after } = input;
  const seq = (await deps.store.requests.events(before.id)).length + 1;
  const event: RequestEvent = {
    requestId: before.id,
    seq,
    at: after.updatedAt,
    actor: input.actor,
    action: input.action,
    from: before.status,
    to: after.status,
    ...(input.note ? { note: input.note } : {}),
  };
  const writes = {
    evidence: [requestEvidence(after, event)],
    ...(input.documents ? { documents: input.documents } : {}),
    ...(input.delivery ? { delivery: input.delivery } : {}),
  };
  if (!(await deps.store.requests.update(after, before.version, event, writes))) {
    throw new AppError('CONFLICT', `request ${before.id} was changed by someone else; reload and try again`, {
      details: { rule: 'stale-version' },
    });
  }
}

/** The `request` evidence entry of an audit-trail event: ids, statuses and the step's note, nothing personal. */
export function requestEvidence(request: PrivacyRequest, event: RequestEvent): EvidenceEvent {
  return {
    type: 'request',
    actor: event.actor,
    ...(request.requester.subjectId ? { subject: request.requester.subjectId } : {}),
    at: event.at,
    payload: {
      request: request.id,
      operator: request.operator,
      requestType: request.type,
      action: event.action,
      ...(event.from ? { from: event.from } : {}),
      to: event.to,
      ...(event.note ? { note: event.note } : {}),
    },
  };
}
