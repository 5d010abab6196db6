import { EMPTY_SUBJECT_STATE, type SubjectState } from '../consent/consent-record.ts';
import type { CompiledPolicy } from './compiled-policy.ts';
import { decideIndexed } from './decide.ts';
import type { Decision, DecisionRequest } from './decision.ts';
import { type PreparedRequest, prepareRequest } from './prepared-request.ts';
import { type SubjectIndex, subjectIndex } from './subject-index.ts';

/** Requests taken through each step together (see below). */
const CHUNK = 32;

/**
 * Decides many requests at one time `now`, with the same answers as `decide` for each, into one preallocated
 * array. A run of requests that differ only in their person (a job deciding the same use for many people) is
 * prepared once (`prepareRequest`); each person's consents and suspensions are indexed once for all their
 * decisions (`subjectIndex`). Faster per decision than `decide` even for unrelated requests (see the chunk loop).
 */
export function decideBatch(
  policy: CompiledPolicy,
  requests: readonly DecisionRequest[],
  states: ReadonlyMap<string, SubjectState>,
  now: Date,
): Decision[] {
  const results = new Array<Decision>(requests.length);
  const found = new Array<SubjectState>(CHUNK);
  const people = new Array<SubjectIndex>(CHUNK);
  const asked = new Array<PreparedRequest>(CHUNK);
  const nowMs = now.getTime();
  let prepared: PreparedRequest | undefined;
  // A chunk at a time, one step for all its requests before the next: each step is a short loop of lookups that
  // do not depend on one another, so the CPU overlaps their cache misses (several people's states, indexes and
  // requests in flight) instead of waiting for each in turn inside one decision.
  for (let from = 0; from < requests.length; from += CHUNK) {
    const to = Math.min(requests.length, from + CHUNK);
    for (let i = from; i < to; i++) {
      found[i - from] = states.get((requests[i] as DecisionRequest).subject.id) ?? EMPTY_SUBJECT_STATE;
    }
    for (let i = from; i < to; i++) people[i - from] = subjectIndex(policy, found[i - from] as SubjectState);
    for (let i = from; i < to; i++) {
      const request = requests[i] as DecisionRequest;
      if (prepared === undefined || !sameButPerson(prepared, request)) prepared = prepareRequest(policy, request);
      asked[i - from] = prepared;
    }
    for (let i = from; i < to; i++) {
      const person = people[i - from] as SubjectIndex;
      const request = asked[i - from] as PreparedRequest;
      results[i] = decideIndexed(request, (requests[i] as DecisionRequest).subject, person, nowMs);
    }
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
