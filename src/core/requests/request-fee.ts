import { addJapanDays } from '../japan-time.ts';
import type { RequestProcedure, RequestType } from '../ledger/request-procedure.ts';

export interface FeeDue {
  /** JPY; 0 when the ledger sets no fee for this type. */
  readonly amount: number;
  /** Absent when nothing is due or the fee is enclosed with the request (no deadline to wait for). */
  readonly deadline?: Date;
}

/** The fee the ledger sets for this type and when it must be paid (RQ-9). */
export function feeDue(procedure: RequestProcedure, type: RequestType, receivedAt: Date): FeeDue {
  const amount = procedure.fees[type] ?? 0;
  if (amount === 0 || procedure.payment.enclosedWithRequest === true) return { amount };
  return { amount, deadline: addJapanDays(receivedAt, procedure.payment.deadlineDays) };
}

/** What an unpaid fee past its deadline means under the ledger: deemed not made, or refused for unpaid fee. */
export function unpaidOutcome(procedure: RequestProcedure): 'closed-not-made' | 'refused' {
  return procedure.payment.unpaid === 'deemed-not-made' ? 'closed-not-made' : 'refused';
}
