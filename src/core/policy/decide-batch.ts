import { EMPTY_SUBJECT_STATE, type SubjectState } from '../consent/consent-record.ts';
import type { CompiledPolicy } from './compiled-policy.ts';
import { decidePrepared } from './decide.ts';
import type { Decision, DecisionRequest } from './decision.ts';
import { type PreparedRequest, prepareRequest } from './prepared-request.ts';

/**
 * Decides many requests at one time `now`, with the same answers as `decide` for each, into one preallocated
 * array. A run of requests that differ only in their person (a job deciding the same use for many people) is
 * prepared once (`prepareRequest`); each person's consents and suspensions are indexed once for all their
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
    if (prepared === undefined || !sameButPerson(prepared, request)) prepared = prepareRequest(policy, request);
    results[i] = decidePrepared(prepared, request.subject, states.get(request.subject.id) ?? EMPTY_SUBJECT_STATE, now);
  }
  return results;
}

/** Whether `request` asks exactly what `prepared` asks, but maybe for another person. */
function sameButPerson(prepared: PreparedRequest, request: DecisionRequest): boolean {
  const asked = prepared.request;
  return (
    asked.action === request.action &&
    asked.purpose === request.purpose &&
    asked.operator === request.operator &&
    asked.recipient === request.recipient &&
    asked.country === request.country &&
    asked.deidentifiedData === request.deidentifiedData &&
    asked.linksReferableInformation === request.linksReferableInformation &&
    sameList(asked.items, request.items) &&
    sameList(asked.actor.roles, request.actor.roles) &&
    asked.exception?.ground === request.exception?.ground &&
    asked.exception?.justification === request.exception?.justification &&
    asked.source?.kind === request.source?.kind &&
    asked.source?.provider === request.source?.provider
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
