import type { Contractor, ContractorReviewInput, ContractTerm, ReviewState } from './types.ts';

/** PM-4's contract terms in the order the checklist shows them (a Record keeps it complete when terms are added). */
const TERM_ORDER: Record<ContractTerm, number> = {
  responsibilities: 0,
  'security-measures': 1,
  subcontracting: 2,
  reporting: 3,
  'audit-right': 4,
  remedies: 5,
  'incident-reporting': 6,
  'after-termination': 7,
  'purpose-limitation': 8,
  'no-third-party-provision': 9,
};
export const CONTRACT_TERMS = (Object.keys(TERM_ORDER) as ContractTerm[]).sort((a, b) => TERM_ORDER[a] - TERM_ORDER[b]);

export type Result = ContractorReviewInput['result'];
export type Reason = ContractorReviewInput['reason'];
export const RESULTS: readonly Result[] = ['pass', 'conditional', 'fail'];
export const REASONS: readonly Reason[] = ['periodic', 'terms-change', 'selection', 'incident'];

/** The review form as typed. `foreignLaw` is '' until the reviewer answers (the API needs an answer overseas). */
export interface ReviewDraft {
  readonly reviewedOn: string;
  readonly reviewer: string;
  readonly termsConfirmed: readonly ContractTerm[];
  readonly foreignLaw: '' | 'yes' | 'no';
  readonly result: Result | '';
  readonly reason: Reason;
  readonly note: string;
}

export function emptyReview(today: string): ReviewDraft {
  return {
    reviewedOn: today,
    reviewer: '',
    termsConfirmed: [],
    foreignLaw: '',
    result: '',
    reason: 'periodic',
    note: '',
  };
}

/** POST /api/v1/contractors/reviews's body: the API checks completeness (PM-4 terms, OT-3) and answers per field. */
export function reviewBody(contractor: string, draft: ReviewDraft): Record<string, unknown> {
  return {
    contractor,
    reviewedOn: draft.reviewedOn,
    reviewer: draft.reviewer.trim(),
    termsConfirmed: CONTRACT_TERMS.filter((t) => draft.termsConfirmed.includes(t)),
    ...(draft.foreignLaw === '' ? {} : { foreignLawChecked: draft.foreignLaw === 'yes' }),
    ...(draft.result === '' ? {} : { result: draft.result }),
    reason: draft.reason,
    ...(draft.note.trim() === '' ? {} : { note: draft.note.trim() }),
  };
}

/** Terms of the contract a pass must confirm and the draft has not ticked yet (none when terms of use stand). */
export function termsStillToConfirm(
  contractor: Pick<Contractor, 'contract'>,
  confirmed: readonly ContractTerm[],
): ContractTerm[] {
  if (contractor.contract.termsOfUse) return [];
  return contractor.contract.terms.filter((t) => !confirmed.includes(t));
}

/** Terms PM-4 lists that the contract itself lacks (shown on the checklist as gaps of the contract). */
export function termsMissingFromContract(contractor: Pick<Contractor, 'contract'>): ContractTerm[] {
  return CONTRACT_TERMS.filter((t) => !contractor.contract.terms.includes(t));
}

/** The due list's filter kept in the address: a known state, or every contractor. */
export function stateFilter(value: string | null): ReviewState | undefined {
  return value === 'lapsed' || value === 'due-soon' || value === 'ok' ? value : undefined;
}

/** The Japanese calendar day of an instant, YYYY-MM-DD (the API's dates are Japan days). */
export function japanDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
