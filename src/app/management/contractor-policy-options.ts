import type { Ledger } from '../../core/ledger/ledger.ts';
import { type ContractorReview, effectiveReviewDues } from '../../core/management/contractor-review.ts';
import type { CompileOptions } from '../../core/policy/compiled-policy.ts';
import type { ManagementKind } from '../management-ports.ts';
import type { Store } from '../ports.ts';
import { ContractorReviewSchema, loadSuspensions, suspendedContractors } from './contractor-records.ts';
import { bodyOf } from './management-deps.ts';

export const CONTRACTOR_RECORD_KINDS: readonly ManagementKind[] = [
  'contractor-review',
  'contractor-suspension',
  'contractor-suspension-lift',
];

/** Recorded reviews and suspensions as `compilePolicy` options (the decision engine honours them). */
export async function contractorPolicyOptions(store: Store, ledger: Ledger): Promise<CompileOptions> {
  const [reviewRecords, suspensions] = await Promise.all([
    store.management.list('contractor-review'),
    loadSuspensions(store),
  ]);
  const reviews: ContractorReview[] = reviewRecords.map((r) => bodyOf(ContractorReviewSchema, r));
  const suspended = suspendedContractors(suspensions);
  return { contractorReviewDue: effectiveReviewDues(ledger.contractors, reviews), suspendedContractors: suspended };
}
