import { randomUUID } from 'node:crypto';
import type { SubjectState } from '../core/consent/consent-record.ts';
import { decideBatch } from '../core/policy/decide-batch.ts';
import type { Decision, DecisionRequest } from '../core/policy/decision.ts';
import type { ProvisionRecord } from './consent-ports.ts';
import type { DecisionDeps } from './decision-deps.ts';
import type { EvidenceEvent, EvidenceReceipt } from './evidence-log.ts';
import type { Store } from './ports.ts';

export interface RecordedDecision {
  readonly decision: Decision;
  /** Where the decision sits in the evidence log; returned only once the entry is durable. */
  readonly evidence: EvidenceReceipt;
  readonly provisionRecord?: ProvisionRecord;
}

/**
 * Decides a batch of requests against the current ledger, fulfils the record obligations (Art. 29 provision
 * records) and records every decision in the evidence log in one group commit. One request is a batch of one.
 */
export async function makeDecisions(
  deps: DecisionDeps,
  requests: readonly DecisionRequest[],
  /** Who asked (the authenticated caller, e.g. `application:matching`); the requests' actors stay in the payload. */
  caller?: string,
): Promise<RecordedDecision[]> {
  const policy = await deps.policies.current();
  const now = deps.clock.now();
  const states = await loadSubjectStates(deps.store, requests);
  // decideBatch: the same answers as decide, with a run of requests for different people prepared once.
  return recordDecisions(deps, { requests, decisions: decideBatch(policy, requests, states, now), now, caller });
}

/**
 * The record obligations and evidence of decisions already made: a provision record for each permitted
 * provision, then every decision (and provision) appended in one call. Resolves once the entries are durable.
 */
export async function recordDecisions(
  deps: DecisionDeps,
  made: {
    readonly requests: readonly DecisionRequest[];
    readonly decisions: readonly Decision[];
    readonly now: Date;
    readonly caller: string | undefined;
  },
): Promise<RecordedDecision[]> {
  const { requests, decisions, now, caller } = made;
  const events: EvidenceEvent[] = [];
  const provisions: (ProvisionRecord | undefined)[] = [];
  for (const [index, decision] of decisions.entries()) {
    const request = requests[index] as DecisionRequest;
    events.push(decisionEvent(request, decision, now, caller));
    let provision: ProvisionRecord | undefined;
    for (const obligation of decision.allowed ? decision.obligations : []) {
      if (obligation.kind === 'record-provision') {
        const consentId = decision.reasons.find((r) => r.code === 'CONSENT_ON_RECORD')?.element?.id;
        provision = await deps.store.provisions.recordProvision({
          id: randomUUID(),
          operator: request.operator,
          recipient: obligation.recipient,
          subjectId: request.subject.id,
          items: obligation.items,
          basis: obligation.basis as ProvisionRecord['basis'],
          bulk: obligation.bulk,
          at: now,
          ...(consentId ? { consentId } : {}),
        });
        events.push({
          type: 'provision',
          actor: caller ?? actorOf(request),
          subject: request.subject.id,
          at: now,
          payload: {
            record: provision.id,
            recipient: provision.recipient,
            items: provision.items,
            basis: provision.basis,
            bulk: provision.bulk,
            count: provision.count,
          },
        });
      }
    }
    provisions.push(provision);
  }
  const receipts = await deps.evidence.appendMany(events);
  // Receipts come back in event order; each decision's own entry is the first of its group.
  const result: RecordedDecision[] = [];
  let cursor = 0;
  for (const [index, decision] of decisions.entries()) {
    const receipt = receipts[cursor] as EvidenceReceipt;
    const provision = provisions[index];
    cursor += provision ? 2 : 1;
    result.push(
      provision ? { decision, evidence: receipt, provisionRecord: provision } : { decision, evidence: receipt },
    );
  }
  return result;
}

/** The consents and suspensions of every person the requests name: two reads, whatever the number of people. */
export async function loadSubjectStates(
  store: Store,
  requests: readonly DecisionRequest[],
): Promise<Map<string, SubjectState>> {
  const ids = [...new Set(requests.map((r) => r.subject.id))];
  const [consents, suspensions] = await Promise.all([
    store.consents.listForSubjects(ids),
    store.suspensions.listForSubjects(ids),
  ]);
  return new Map(ids.map((id) => [id, { consents: consents.get(id) ?? [], suspensions: suspensions.get(id) ?? [] }]));
}

function actorOf(request: DecisionRequest): string {
  return `${request.actor.kind}:${request.actor.id}`;
}

/** Ids, codes and item names only: no personal data values in evidence. */
function decisionEvent(request: DecisionRequest, decision: Decision, at: Date, caller?: string): EvidenceEvent {
  return {
    type: 'decision',
    actor: caller ?? actorOf(request),
    subject: request.subject.id,
    at,
    payload: {
      action: request.action,
      operator: request.operator,
      category: request.subject.category,
      purpose: request.purpose,
      items: request.items,
      // The request's own actor (e.g. the end user behind an application), next to the caller who asked.
      requestActor: actorOf(request),
      roles: request.actor.roles,
      ...(request.recipient ? { recipient: request.recipient } : {}),
      ...(request.exception ? { exception: request.exception.ground } : {}),
      ...(request.deidentifiedData ? { deidentifiedData: request.deidentifiedData } : {}),
      allowed: decision.allowed,
      reasons: decision.reasons.map((r) => r.code),
      obligations: decision.obligations.map((o) => o.kind),
      ledgerVersion: decision.ledgerVersion,
    },
  };
}
