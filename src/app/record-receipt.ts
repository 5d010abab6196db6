import { randomUUID } from 'node:crypto';
import { AppError } from '../core/app-error.ts';
import type { ReceiptRecord } from './consent-ports.ts';
import type { DecisionDeps } from './decision-deps.ts';
import type { EvidenceReceipt } from './evidence-log.ts';
import { addYears } from './years.ts';

export type NewReceipt = Omit<ReceiptRecord, 'id' | 'retainUntil' | 'receivedAt'> & { readonly receivedAt?: Date };

/**
 * Records the receiving side's confirmation (Art. 30, RC-4): who provided the data (name, address,
 * representative), how they obtained it, for whom and which items; kept three years (RC-5).
 */
export async function recordReceipt(
  deps: DecisionDeps,
  input: NewReceipt,
): Promise<{ receipt: ReceiptRecord; evidence: EvidenceReceipt }> {
  const policy = await deps.policies.current();
  const unknown = input.items.filter((item) => !policy.items.has(item));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION', 'unknown data items', {
      issues: unknown.map((item) => ({ path: 'items', message: `unknown data item "${item}"` })),
    });
  }
  const receivedAt = input.receivedAt ?? deps.clock.now();
  const receipt: ReceiptRecord = { ...input, id: randomUUID(), receivedAt, retainUntil: addYears(receivedAt, 3) };
  await deps.store.provisions.recordReceipt(receipt);
  const [evidence] = await deps.evidence.appendMany([
    {
      type: 'receipt',
      actor: receipt.checkedBy,
      subject: receipt.subjectId,
      at: receivedAt,
      payload: {
        receipt: receipt.id,
        operator: receipt.operator,
        items: receipt.items,
        ...(receipt.consentId ? { consent: receipt.consentId } : {}),
      },
    },
  ]);
  return { receipt, evidence: evidence as EvidenceReceipt };
}
