import { EMPTY_SUBJECT_STATE, type SubjectState } from '../consent/consent-record.ts';
import type { CompiledPolicy } from './compiled-policy.ts';
import { decidePrepared } from './decide.ts';
import type { Decision, DecisionRequest } from './decision.ts';
import { PreparedRequest } from './prepared-request.ts';

/**
 * Decides many requests at one time `now`, with the same answers as `decide` for each, into one preallocated
 * array. A run of requests that differ only in their person (a job deciding the same use for many people) is
 * prepared once (`PreparedRequest`); each person's consents and suspensions are indexed once for all their
 * decisions (`subjectIndex`).
 */
export function decideBatch(
  policy: CompiledPolicy,
  requests: readonly DecisionRequest[],
  states: ReadonlyMap<string, SubjectState>,
  now: Date,
): Decision[] {
  const results = new Array<Decision>(requests.length);
  let prepared: PreparedRequest | undefined;
  for (let i = 0; i < requests.length; i++) {
    const request = requests[i] as DecisionRequest;
    if (prepared === undefined || !sameButPerson(prepared, request)) prepared = new PreparedRequest(policy, request);
    results[i] = decidePrepared(prepared, request.subject, states.get(request.subject.id) ?? EMPTY_SUBJECT_STATE, now);
  }
  return results;
}

/** Whether `request` asks exactly what `prepared` asks, but maybe for another person. */
function sameButPerson(prepared: PreparedRequest, request: DecisionRequest): boolean {
  return (
    prepared.action === request.action &&
    prepared.purposeId === request.purpose &&
    prepared.operatorId === request.operator &&
    prepared.recipientId === request.recipient &&
    prepared.country === request.country &&
    prepared.deidentifiedData === request.deidentifiedData &&
    prepared.linksReferableInformation === (request.linksReferableInformation === true) &&
    sameList(prepared.itemIds, request.items) &&
    sameList(prepared.roles, request.actor.roles) &&
    prepared.exception?.ground === request.exception?.ground &&
    prepared.exception?.justification === request.exception?.justification &&
    prepared.source?.kind === request.source?.kind &&
    prepared.source?.provider === request.source?.provider
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
