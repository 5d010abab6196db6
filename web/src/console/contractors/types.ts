// The contractor API's answers as JSON (src/http/routes/contractor-review-routes.ts); domain types type-only from
// src/core. The ledger's contractors arrive parsed (defaults applied), so the core type describes them.
import type { Contractor, ContractTermSchema } from '../../../../src/core/ledger/contractor.ts';
import type { Country } from '../../../../src/core/ledger/country.ts';
import type {
  ContractorReview,
  ContractorReviewInput,
  ReviewDue,
  ReviewState,
} from '../../../../src/core/management/contractor-review.ts';

export type { Contractor, ContractorReview, ContractorReviewInput, Country, ReviewDue, ReviewState };
export type ContractTerm = (typeof ContractTermSchema)['options'][number];

/** GET /api/v1/contractors/reviews/due: one row per contractor not terminated. */
export type DueRow = ReviewDue & { readonly suspendedByRecord: boolean };

/** GET /api/v1/contractors/suspensions (app/management/contractor-records.ts `ContractorSuspension`). */
export interface Suspension {
  readonly id: string;
  readonly contractor: string;
  readonly suspendedOn: string;
  readonly reason: string;
  readonly recordedBy: string;
  readonly lifted?: { readonly liftedOn: string; readonly reason: string; readonly recordedBy: string };
}

export interface Items<T> {
  readonly items: readonly T[];
}
