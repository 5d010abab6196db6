import { z } from 'zod';
import type { Ledger } from '../ledger/ledger.ts';
import { LIST_SECTIONS } from '../ledger/ledger.ts';

/** Sections of the ledger reviewed each year (PM-1): every list section plus the provision statement and notice. */
export const REVIEWABLE_SECTIONS = [...LIST_SECTIONS, 'thirdPartyProvision', 'notice'] as const;
export type ReviewableSection = (typeof REVIEWABLE_SECTIONS)[number];

const Id = z.string().min(1).max(200);

/** The year's review plan: who owns each section and by when it is confirmed. */
export const LedgerReviewPlanSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    dueOn: z.iso.date(),
    /** Owner per section; sections not named get `defaultOwner`. */
    owners: z.partialRecord(z.enum(REVIEWABLE_SECTIONS), Id).default({}),
    defaultOwner: Id.optional(),
  })
  .strict();
export type LedgerReviewPlan = z.infer<typeof LedgerReviewPlanSchema>;

export const SectionConfirmationSchema = z.object({ note: z.string().max(2000).optional() }).strict();

/** One section's review in one year. */
export interface SectionReview {
  readonly year: number;
  readonly section: ReviewableSection;
  readonly owner?: string;
  readonly dueOn: string;
  readonly confirmedOn?: string;
  readonly confirmedBy?: string;
  /** The ledger version the owner confirmed. */
  readonly ledgerVersion?: number;
  readonly note?: string;
}

export interface LedgerReviewStatus {
  readonly year: number;
  readonly sections: readonly (SectionReview & { readonly overdue: boolean })[];
  readonly confirmed: number;
  readonly total: number;
  readonly overdue: number;
}

/** The sections this ledger has content in (an empty list has nothing to confirm). */
export function sectionsOf(ledger: Ledger): ReviewableSection[] {
  return REVIEWABLE_SECTIONS.filter((section) => {
    const value: unknown = ledger[section];
    if (Array.isArray(value)) return value.length > 0;
    return value !== undefined;
  });
}

/**
 * Where the year's review stands: every section of the ledger, planned or not (an unplanned section is due by the
 * year's last day, PM-1's "at least yearly"); overdue when unconfirmed after its due date.
 */
export function ledgerReviewStatus(
  sections: readonly ReviewableSection[],
  reviews: readonly SectionReview[],
  year: number,
  today: string,
): LedgerReviewStatus {
  const byKey = new Map(reviews.filter((r) => r.year === year).map((r) => [r.section, r]));
  const rows = sections.map((section) => {
    const review = byKey.get(section) ?? { year, section, dueOn: `${year}-12-31` };
    return { ...review, overdue: review.confirmedOn === undefined && review.dueOn < today };
  });
  return {
    year,
    sections: rows,
    confirmed: rows.filter((r) => r.confirmedOn !== undefined).length,
    total: rows.length,
    overdue: rows.filter((r) => r.overdue).length,
  };
}
