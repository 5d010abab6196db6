import { EMPTY_SUBJECT_STATE, type SubjectState } from '../consent/consent-record.ts';
import type { CompiledPolicy } from './compiled-policy.ts';
import { decide } from './decide.ts';
import type { Decision, DecisionRequest } from './decision.ts';

/** A person's history this long is trimmed once per batch; shorter ones are cheaper to scan than to trim. */
const TRIM_FROM = 8;

/**
 * Decides many requests at one time `now`, with the same answers as `decide` for each, into one preallocated
 * array. A person with a long history (consents, withdrawals, suspensions) gets it trimmed once per batch to
 * what is in force at `now`, so each of their decisions scans only that.
 */
export function decideBatch(
  policy: CompiledPolicy,
  requests: readonly DecisionRequest[],
  states: ReadonlyMap<string, SubjectState>,
  now: Date,
): Decision[] {
  const nowMs = now.getTime();
  let trimmed: Map<SubjectState, SubjectState> | undefined;
  const results = new Array<Decision>(requests.length);
  for (let i = 0; i < requests.length; i++) {
    const request = requests[i] as DecisionRequest;
    let state = states.get(request.subject.id) ?? EMPTY_SUBJECT_STATE;
    if (state.consents.length + state.suspensions.length >= TRIM_FROM) {
      trimmed ??= new Map();
      let inForce = trimmed.get(state);
      if (inForce === undefined) {
        inForce = stateInForce(state, nowMs);
        trimmed.set(state, inForce);
      }
      state = inForce;
    }
    results[i] = decide(policy, request, state, now);
  }
  return results;
}

/** Drops what cannot count at `now`: records made later, suspensions not begun or already lifted. */
function stateInForce(state: SubjectState, nowMs: number): SubjectState {
  const consents = state.consents.filter((r) => r.at.getTime() <= nowMs);
  const suspensions = state.suspensions.filter(
    (s) => s.since.getTime() <= nowMs && (s.liftedAt === undefined || s.liftedAt.getTime() > nowMs),
  );
  return { consents, suspensions };
}
