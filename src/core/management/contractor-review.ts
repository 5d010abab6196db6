import { z } from 'zod';
import type { Contractor } from '../ledger/contractor.ts';
import { CONTRACT_TERMS, ContractTermSchema } from '../ledger/contractor.ts';
import { addMonths, laterDate } from './dates.ts';

const IsoDate = z.iso.date();

/** A periodic review of a contractor (PM-4 supervision; OT-3 at least yearly for overseas ones). */
export const ContractorReviewInputSchema = z
  .object({
    contractor: z.string().min(1).max(200),
    reviewedOn: IsoDate,
    reviewer: z.string().min(1).max(200),
    termsConfirmed: z.array(ContractTermSchema).max(CONTRACT_TERMS.length).default([]),
    /** OT-3: the foreign country's laws and the contractor's measures were re-checked (overseas contractors). */
    foreignLawChecked: z.boolean().optional(),
    result: z.enum(['pass', 'conditional', 'fail']),
    reason: z.enum(['periodic', 'terms-change', 'selection', 'incident']).default('periodic'),
    note: z.string().max(2000).optional(),
  })
  .strict();
export type ContractorReviewInput = z.infer<typeof ContractorReviewInputSchema>;

export interface ContractorReview extends ContractorReviewInput {
  readonly id: string;
  readonly nextReviewBy: string;
  readonly recordedBy: string;
}

/** What is wrong with a review for this contractor, as field messages (empty: acceptable). */
export function reviewProblems(contractor: Contractor, review: ContractorReviewInput): string[] {
  const problems: string[] = [];
  if (contractor.country !== 'JP' && review.foreignLawChecked === undefined) {
    problems.push('foreignLawChecked: an overseas contractor needs the OT-3 check of the foreign laws');
  }
  if (review.result === 'pass') {
    const missing = contractor.contract.termsOfUse
      ? []
      : contractor.contract.terms.filter((t) => !review.termsConfirmed.includes(t));
    if (missing.length > 0)
      problems.push(`termsConfirmed: a pass confirms every contract term; missing ${missing.join(', ')}`);
    if (review.foreignLawChecked === false) problems.push('result: a pass needs the foreign-law check done');
  }
  return problems;
}

/** The next review due: the review date plus the contractor's interval (OT-3 caps overseas ones at a year). */
export function nextReviewAfter(contractor: Contractor, reviewedOn: string): string {
  const months =
    contractor.country === 'JP'
      ? contractor.supervision.intervalMonths
      : Math.min(12, contractor.supervision.intervalMonths);
  return addMonths(reviewedOn, months);
}

/**
 * The review due date in force: the ledger's `nextReviewBy`, extended by the newest recorded review that passed
 * (pass or conditional) after the ledger's `lastReviewOn`. A failed review after that makes it due at once.
 */
export function effectiveReviewDue(contractor: Contractor, reviews: readonly ContractorReview[]): string {
  const mine = reviews
    .filter((r) => r.contractor === contractor.id)
    .filter(
      (r) => contractor.supervision.lastReviewOn === undefined || r.reviewedOn > contractor.supervision.lastReviewOn,
    )
    .sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn));
  const newest = mine.at(-1);
  if (newest === undefined) return contractor.supervision.nextReviewBy;
  if (newest.result === 'fail') return newest.reviewedOn;
  return laterDate(contractor.supervision.nextReviewBy, newest.nextReviewBy) ?? newest.nextReviewBy;
}

/** Every contractor's effective due date, for `compilePolicy`'s `contractorReviewDue` option. */
export function effectiveReviewDues(
  contractors: readonly Contractor[],
  reviews: readonly ContractorReview[],
): Map<string, string> {
  return new Map(contractors.map((c) => [c.id, effectiveReviewDue(c, reviews)]));
}

export type ReviewState = 'ok' | 'due-soon' | 'lapsed';
export interface ReviewDue {
  readonly contractor: string;
  readonly status: Contractor['status'];
  readonly dueBy: string;
  readonly state: ReviewState;
  readonly lastReviewOn?: string;
}

/** Active contractors' reviews: lapsed (due date passed), due within `soonDays`, or ok; soonest first. */
export function reviewsDue(
  contractors: readonly Contractor[],
  reviews: readonly ContractorReview[],
  today: string,
  soonDays = 30,
): ReviewDue[] {
  const soon = new Date(Date.parse(today) + soonDays * 86_400_000).toISOString().slice(0, 10);
  return contractors
    .filter((c) => c.status !== 'terminated')
    .map((c) => {
      const dueBy = effectiveReviewDue(c, reviews);
      const last = laterDate(
        c.supervision.lastReviewOn,
        reviews
          .filter((r) => r.contractor === c.id)
          .reduce<string | undefined>((a, r) => laterDate(a, r.reviewedOn), undefined),
      );
      const state: ReviewState = dueBy < today ? 'lapsed' : dueBy <= soon ? 'due-soon' : 'ok';
      return {
        contractor: c.id,
        status: c.status,
        dueBy,
        state,
        ...(last === undefined ? {} : { lastReviewOn: last }),
      };
    })
    .sort((a, b) => a.dueBy.localeCompare(b.dueBy) || a.contractor.localeCompare(b.contractor));
}
