import type { ConsentRecord, ConsentScope, SubjectState, Suspension } from './consent-record.ts';

/**
 * The latest record whose scope covers the asked scope decides: a withdrawal after a consent takes effect
 * for the next decision. Returns undefined when the person never said anything about it.
 */
export function effectiveConsent(
  state: SubjectState,
  asked: ConsentScope,
  items: readonly string[],
  now: Date,
): ConsentRecord | undefined {
  // Times compared as numbers: comparing Date objects goes through ToPrimitive on every test.
  const nowMs = now.getTime();
  let latest: ConsentRecord | undefined;
  let latestMs = 0;
  for (const record of state.consents) {
    // Scope first: most records are about something else, and their dates then need not be read.
    if (!covers(record.scope, asked, items)) continue;
    const atMs = record.at.getTime();
    if (atMs > nowMs) continue;
    if (latest === undefined || atMs >= latestMs) {
      latest = record;
      latestMs = atMs;
    }
  }
  return latest;
}

function covers(scope: ConsentScope, asked: ConsentScope, items: readonly string[]): boolean {
  if (scope.purpose !== undefined && scope.purpose !== asked.purpose) return false;
  if (scope.recipient !== undefined && scope.recipient !== asked.recipient) return false;
  if (scope.country !== undefined && scope.country !== asked.country) return false;
  // A record about nothing in particular must not stand in for a specific purpose or recipient.
  if (scope.purpose === undefined && scope.recipient === undefined && scope.country === undefined) return false;
  if (scope.items !== undefined) {
    for (const item of items) if (!scope.items.includes(item)) return false;
  }
  return true;
}

/** The suspension in force for a use of this purpose or a provision to this recipient, if any. */
export function activeSuspension(
  state: SubjectState,
  kind: 'use' | 'provision',
  target: { readonly purpose?: string; readonly recipient?: string },
  now: Date,
): Suspension | undefined {
  const nowMs = now.getTime();
  for (const s of state.suspensions) {
    if (s.kind !== kind) continue;
    if (kind === 'use' && s.purpose !== undefined && s.purpose !== target.purpose) continue;
    if (kind === 'provision' && s.recipient !== undefined && s.recipient !== target.recipient) continue;
    if (s.since.getTime() > nowMs || (s.liftedAt !== undefined && s.liftedAt.getTime() <= nowMs)) continue;
    return s;
  }
  return undefined;
}
