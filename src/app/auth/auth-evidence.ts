import type { EvidenceLog, EvidenceReceipt } from '../evidence-log.ts';

/** Who did it, as the evidence log names them: ids only, never an e-mail address. */
export const userActor = (userId: string): string => `user:${userId}`;

/**
 * Records an authentication event (login step, account or token change) in the evidence log. Payloads carry ids
 * and outcomes only: never a password, code, token or e-mail address.
 */
export async function recordAuthEvent(
  evidence: EvidenceLog,
  event: { actor: string; at: Date; action: string; payload?: Readonly<Record<string, unknown>> },
): Promise<EvidenceReceipt> {
  return evidence.append({
    type: 'auth',
    actor: event.actor,
    at: event.at,
    payload: { action: event.action, ...event.payload },
  });
}
