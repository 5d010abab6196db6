import type { ConsentRecord, SubjectState } from '../../src/core/consent/consent-record.ts';

/** A person's records as of `now`: those already made, latest first (a later entry wins a tie, as in Mamori). */
export function recordsAsOf(state: SubjectState, now: Date): ConsentRecord[] {
  const nowMs = now.getTime();
  return state.consents
    .map((record, index) => ({ record, index, at: record.at.getTime() }))
    .filter((r) => r.at <= nowMs)
    .sort((a, b) => b.at - a.at || b.index - a.index)
    .map((r) => r.record);
}

export interface ActiveSuspensions {
  readonly useAll: boolean;
  readonly usePurposes: ReadonlySet<string>;
  readonly provisionAll: boolean;
  readonly provisionRecipients: ReadonlySet<string>;
}

/** Suspensions in force at `now`, as sets. */
export function suspensionsAsOf(state: SubjectState, now: Date): ActiveSuspensions {
  const nowMs = now.getTime();
  const usePurposes = new Set<string>();
  const provisionRecipients = new Set<string>();
  let useAll = false;
  let provisionAll = false;
  for (const s of state.suspensions) {
    if (s.since.getTime() > nowMs || (s.liftedAt !== undefined && s.liftedAt.getTime() <= nowMs)) continue;
    if (s.kind === 'use') {
      if (s.purpose === undefined) useAll = true;
      else usePurposes.add(s.purpose);
    } else if (s.recipient === undefined) provisionAll = true;
    else provisionRecipients.add(s.recipient);
  }
  return { useAll, usePurposes, provisionAll, provisionRecipients };
}

/** The deciding record for an ask, from records latest first; items limit a record only when it names them. */
export function effectiveRecord(
  records: readonly ConsentRecord[],
  ask: { purpose?: string; recipient?: string; country?: string },
  items: readonly string[],
): ConsentRecord | undefined {
  for (const r of records) {
    const s = r.scope;
    if (s.purpose === undefined && s.recipient === undefined && s.country === undefined) continue;
    if (s.purpose !== undefined && s.purpose !== ask.purpose) continue;
    if (s.recipient !== undefined && s.recipient !== ask.recipient) continue;
    if (s.country !== undefined && s.country !== ask.country) continue;
    if (s.items !== undefined && !items.every((i) => s.items?.includes(i))) continue;
    return r;
  }
  return undefined;
}
