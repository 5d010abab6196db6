import { randomUUID } from 'node:crypto';
import { AppError } from '../core/app-error.ts';
import type { Suspension } from '../core/consent/consent-record.ts';
import type { DecisionDeps } from './decision-deps.ts';
import type { EvidenceReceipt } from './evidence-log.ts';

export type NewSuspension = Omit<Suspension, 'id' | 'since' | 'liftedAt'> & { readonly actor: string };

/** Marks a person so the engine denies that use or provision from now on (RQ-6); recorded as evidence. */
export async function suspendUse(
  deps: DecisionDeps,
  input: NewSuspension,
): Promise<{ suspension: Suspension; evidence: EvidenceReceipt }> {
  const policy = await deps.policies.current();
  if (input.purpose !== undefined && !policy.purposes.has(input.purpose)) {
    throw new AppError('VALIDATION', 'unknown purpose', {
      issues: [{ path: 'purpose', message: `unknown purpose "${input.purpose}"` }],
    });
  }
  if (input.recipient !== undefined && !policy.recipients.has(input.recipient)) {
    throw new AppError('VALIDATION', 'unknown recipient', {
      issues: [{ path: 'recipient', message: `unknown recipient "${input.recipient}"` }],
    });
  }
  const { actor, ...rest } = input;
  const suspension: Suspension = { ...rest, id: randomUUID(), since: deps.clock.now() };
  await deps.store.suspensions.add(suspension);
  const [evidence] = await deps.evidence.appendMany([
    {
      type: 'suspension',
      actor,
      subject: suspension.subjectId,
      at: suspension.since,
      payload: {
        suspension: suspension.id,
        kind: suspension.kind,
        ...(suspension.purpose ? { purpose: suspension.purpose } : {}),
        ...(suspension.recipient ? { recipient: suspension.recipient } : {}),
        ...(suspension.requestId ? { request: suspension.requestId } : {}),
      },
    },
  ]);
  return { suspension, evidence: evidence as EvidenceReceipt };
}
