import type { PrivacyRequest, Refusal } from '../../core/requests/privacy-request.ts';
import { unpaidOutcome } from '../../core/requests/request-fee.ts';
import { applyTransition, loadRequest, procedureOf } from './request-context.ts';
import type { RequestDeps } from './request-deps.ts';

// The small steps of the workflow: each one transition of the state machine with its audit event and evidence.

export function beginIdentityCheck(deps: RequestDeps, requestId: string, actor: string): Promise<PrivacyRequest> {
  return applyTransition(deps, { requestId, actor, action: { kind: 'begin-identity-check' } });
}

/**
 * Identity checked against the documents the ledger names (for the person, or the agent's kind). The checker may
 * link the request to Mamori's subject id for the person (suspensions and provision records need it).
 */
export async function verifyIdentity(
  deps: RequestDeps,
  input: {
    readonly requestId: string;
    readonly actor: string;
    readonly documents: readonly string[];
    readonly subjectId?: string | undefined;
  },
): Promise<PrivacyRequest> {
  const request = await loadRequest(deps, input.requestId);
  if (request.status === 'received') await beginIdentityCheck(deps, input.requestId, input.actor);
  const subjectId = input.subjectId;
  return applyTransition(deps, {
    requestId: input.requestId,
    actor: input.actor,
    action: { kind: 'verify-identity' },
    change: (r) => ({
      identityVerifiedBy: input.actor,
      ...(subjectId === undefined ? {} : { requester: { ...r.requester, subjectId } }),
    }),
    note: { documentsChecked: input.documents.length, ...(subjectId === undefined ? {} : { subjectLinked: true }) },
  });
}

export function recordPayment(
  deps: RequestDeps,
  input: { readonly requestId: string; readonly actor: string; readonly method: string },
): Promise<PrivacyRequest> {
  const paidAt = deps.clock.now();
  return applyTransition(deps, {
    requestId: input.requestId,
    actor: input.actor,
    action: { kind: 'record-payment' },
    change: (r) => ({ fee: { ...r.fee, paidAt } }),
    note: { method: input.method },
  });
}

/** The reviewer's sign-off; the approver must be someone else. */
export function completeReview(deps: RequestDeps, requestId: string, actor: string): Promise<PrivacyRequest> {
  return applyTransition(deps, {
    requestId,
    actor,
    action: { kind: 'complete-review' },
    change: () => ({ reviewedBy: actor }),
  });
}

export function approveResponse(deps: RequestDeps, requestId: string, actor: string): Promise<PrivacyRequest> {
  return applyTransition(deps, {
    requestId,
    actor,
    action: { kind: 'approve' },
    change: () => ({ approvedBy: actor }),
  });
}

/** Refusal on one of the ledger's grounds; the reason text is what the person is told. */
export function refuseRequest(
  deps: RequestDeps,
  input: { readonly requestId: string; readonly actor: string; readonly refusal: Refusal },
): Promise<PrivacyRequest> {
  return applyTransition(deps, {
    requestId: input.requestId,
    actor: input.actor,
    action: { kind: 'refuse', refusal: input.refusal },
    change: () => ({ refusal: input.refusal }),
    note: { ground: input.refusal.ground },
  });
}

export function closeRequest(deps: RequestDeps, requestId: string, actor: string): Promise<PrivacyRequest> {
  return applyTransition(deps, { requestId, actor, action: { kind: 'close' } });
}

/**
 * Requests waiting for a fee past its deadline: closed as not made, or refused for the unpaid fee, as the
 * operator's procedure says. Run daily; returns the requests it changed.
 */
export async function lapseUnpaidRequests(deps: RequestDeps, actor: string): Promise<readonly PrivacyRequest[]> {
  const now = deps.clock.now();
  const waiting = await deps.store.requests.list({ status: ['fee'] }, { limit: 1000, offset: 0 });
  const changed: PrivacyRequest[] = [];
  for (const request of waiting.items) {
    if (request.fee.deadline === undefined || request.fee.deadline.getTime() >= now.getTime()) continue;
    const procedure = await procedureOf(deps, request.operator);
    const refusal: Refusal = {
      ground: 'unpaid-fee',
      reason: `The fee of JPY ${request.fee.amount} was not paid by ${request.fee.deadline.toISOString().slice(0, 10)}.`,
    };
    changed.push(
      await applyTransition(deps, {
        requestId: request.id,
        actor,
        action: { kind: 'lapse-unpaid' },
        ...(unpaidOutcome(procedure) === 'refused' ? { change: () => ({ refusal }) } : {}),
        note: { outcome: unpaidOutcome(procedure) },
      }),
    );
  }
  return changed;
}
