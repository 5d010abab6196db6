import { z } from 'zod';
import type { PrivacyRequest } from '../requests/privacy-request.ts';

const Id = z.string().min(1).max(200);
const Text = z.string().trim().min(1).max(4000);

/** A management review (PM-3, マネジメントレビュー) of one operator's system over a period of Japanese days. */
export const ManagementReviewInputSchema = z
  .object({
    operator: Id,
    from: z.iso.date(),
    to: z.iso.date(),
    heldOn: z.iso.date(),
    participants: z.array(Id).min(1).max(50),
  })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'the period ends before it starts', path: ['to'] });
export type ManagementReviewInput = z.infer<typeof ManagementReviewInputSchema>;

/** A decision of the top management: what is to change, by whom, by when. */
export const ReviewDecisionSchema = z
  .object({
    decision: Text,
    category: z.enum(['improvement', 'resources', 'policy', 'objectives', 'other']).default('improvement'),
    owner: Id.optional(),
    dueOn: z.iso.date().optional(),
  })
  .strict();
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/** Requests in the period: per type, how they ended, and the overdue ones. */
export interface RequestSummary {
  readonly received: number;
  readonly byType: Readonly<Record<string, number>>;
  /** answered (response sent or closed), refused, not made (fee unpaid), open. */
  readonly byOutcome: {
    readonly answered: number;
    readonly refused: number;
    readonly notMade: number;
    readonly open: number;
  };
  /** Open past their due date at the end of the period (or now, when earlier). */
  readonly overdue: number;
  /** Answered or refused after their due date. */
  readonly answeredLate: number;
}

const ANSWERED = new Set(['response-sent', 'closed']);

/** Counts the requests received in [from, to] (Japanese days, given as instants) as of `asOf`. */
export function summariseRequests(
  requests: readonly PrivacyRequest[],
  period: { readonly from: Date; readonly to: Date },
  asOf: Date,
): RequestSummary {
  const inPeriod = requests.filter((r) => r.receivedAt >= period.from && r.receivedAt <= period.to);
  const byType: Record<string, number> = {};
  const byOutcome = { answered: 0, refused: 0, notMade: 0, open: 0 };
  let overdue = 0;
  let answeredLate = 0;
  for (const r of inPeriod) {
    byType[r.type] = (byType[r.type] ?? 0) + 1;
    const finishedAt = r.closedAt ?? (ANSWERED.has(r.status) || r.status === 'refused' ? r.updatedAt : undefined);
    if (ANSWERED.has(r.status)) byOutcome.answered += 1;
    else if (r.status === 'refused') byOutcome.refused += 1;
    else if (r.status === 'closed-not-made') byOutcome.notMade += 1;
    else {
      byOutcome.open += 1;
      if (r.dueAt < asOf) overdue += 1;
    }
    if (finishedAt !== undefined && r.status !== 'closed-not-made' && finishedAt > r.dueAt) answeredLate += 1;
  }
  return { received: inPeriod.length, byType, byOutcome, overdue, answeredLate };
}

/** What the review looks at (PM-3, PM-5), gathered from the records for the operator and period. */
export interface ReviewInputs {
  readonly operator: string;
  readonly from: string;
  readonly to: string;
  readonly gatheredAt: string;
  readonly requests: RequestSummary;
  readonly incidents: {
    readonly recorded: number;
    readonly reportable: number;
    readonly byGround: Readonly<Record<string, number>>;
    readonly open: number;
    /** Reports filed after their deadline, or still owed past it. */
    readonly reportsLate: number;
  };
  readonly complaints: {
    readonly received: number;
    readonly byKind: Readonly<Record<string, number>>;
    readonly answeredLate: number;
    readonly open: number;
  };
  readonly audits: {
    readonly planned: number;
    readonly closed: number;
    readonly findings: { readonly major: number; readonly minor: number; readonly observation: number };
    readonly openActions: number;
  };
  readonly training: readonly {
    readonly courseId: string;
    readonly title: string;
    readonly dueOn: string;
    readonly assigned: number;
    readonly passed: number;
    readonly completionRate: number;
  }[];
  readonly ledgerReview: {
    readonly year: number;
    readonly confirmed: number;
    readonly total: number;
    readonly overdue: number;
  };
  readonly contractorReviews: { readonly lapsed: number; readonly dueSoon: number };
}
