import { randomUUID } from 'node:crypto';
import { AppError, type FieldIssue } from '../core/app-error.ts';
import type { ConsentRecord } from '../core/consent/consent-record.ts';
import type { DecisionDeps } from './decision-deps.ts';
import type { EvidenceReceipt } from './evidence-log.ts';

export type NewConsent = Omit<ConsentRecord, 'id' | 'at'> & { readonly at?: Date };

/**
 * Records a consent, withdrawal or refusal after checking its scope names real ledger elements. The next
 * decision sees it: records are read fresh for every decision.
 */
export async function recordConsent(
  deps: DecisionDeps,
  input: NewConsent,
): Promise<{ consent: ConsentRecord; evidence: EvidenceReceipt }> {
  const policy = await deps.policies.current();
  const issues: FieldIssue[] = [];
  const { scope } = input;
  if (scope.purpose === undefined && scope.recipient === undefined && scope.country === undefined) {
    issues.push({ path: 'scope', message: 'name at least a purpose, a recipient or a country' });
  }
  if (scope.purpose !== undefined && !policy.purposes.has(scope.purpose)) {
    issues.push({ path: 'scope.purpose', message: `unknown purpose "${scope.purpose}"` });
  }
  if (
    scope.recipient !== undefined &&
    !policy.recipients.has(scope.recipient) &&
    !policy.contractors.has(scope.recipient)
  ) {
    issues.push({ path: 'scope.recipient', message: `unknown recipient "${scope.recipient}"` });
  }
  scope.items?.forEach((item, index) => {
    if (!policy.items.has(item)) issues.push({ path: `scope.items.${index}`, message: `unknown data item "${item}"` });
  });
  if (issues.length > 0) throw new AppError('VALIDATION', 'the consent scope does not match the ledger', { issues });

  const consent: ConsentRecord = { ...input, id: randomUUID(), at: input.at ?? deps.clock.now() };
  await deps.store.consents.record(consent);
  const [evidence] = await deps.evidence.appendMany([
    {
      type: 'consent',
      actor: consent.recordedBy,
      subject: consent.subjectId,
      at: consent.at,
      payload: {
        consent: consent.id,
        status: consent.status,
        scope: consent.scope,
        method: consent.method,
        ...(consent.informationVersion ? { informationVersion: consent.informationVersion } : {}),
        ledgerVersion: policy.version,
      },
    },
  ]);
  return { consent, evidence: evidence as EvidenceReceipt };
}
