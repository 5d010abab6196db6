import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import type { Contractor } from '../../core/ledger/contractor.ts';
import {
  type ContractorReview,
  ContractorReviewInputSchema,
  nextReviewAfter,
  type ReviewDue,
  reviewProblems,
  reviewsDue,
} from '../../core/management/contractor-review.ts';
import { dayOf } from '../../core/management/dates.ts';
import type { Store } from '../ports.ts';
import {
  ContractorReviewSchema,
  type ContractorSuspension,
  LiftInputSchema,
  loadSuspensions,
  SuspensionInputSchema,
  type SuspensionLift,
  SuspensionSchema,
  suspendedContractors,
} from './contractor-records.ts';
import { bodyOf, invalid, type ManagementDeps, managementEvent } from './management-deps.ts';

async function currentContractors(store: Store): Promise<readonly Contractor[]> {
  const version = await store.ledgerVersions.latest();
  if (!version) throw new AppError('NOT_FOUND', 'no ledger has been imported yet');
  return version.ledger.contractors;
}

/** Records a review performed (an operational record; the ledger is not edited) and its next due date. */
export async function recordContractorReview(
  deps: ManagementDeps,
  input: z.input<typeof ContractorReviewInputSchema>,
  actor: string,
): Promise<ContractorReview> {
  const parsed = ContractorReviewInputSchema.safeParse(input);
  if (!parsed.success)
    throw invalid(
      'invalid review',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  const contractor = (await currentContractors(deps.store)).find((c) => c.id === parsed.data.contractor);
  if (!contractor) throw new AppError('NOT_FOUND', `contractor ${parsed.data.contractor} is not in the ledger`);
  const problems = reviewProblems(contractor, parsed.data);
  if (problems.length > 0) {
    throw invalid(
      'the review is incomplete',
      problems.map((p) => ({ path: p.split(':')[0] ?? '', message: p })),
    );
  }
  if (parsed.data.reviewedOn > dayOf(deps.clock.now()))
    throw invalid('invalid review', [{ path: 'reviewedOn', message: 'a review cannot be in the future' }]);
  const review: ContractorReview = {
    ...parsed.data,
    id: randomUUID(),
    nextReviewBy: nextReviewAfter(contractor, parsed.data.reviewedOn),
    recordedBy: actor,
  };
  await deps.store.management.insert(
    [{ id: review.id, kind: 'contractor-review', ref: review.contractor, recordedAt: deps.clock.now(), body: review }],
    [
      managementEvent(deps, actor, 'contractor-reviewed', {
        kind: 'contractor-review',
        id: review.id,
        contractor: review.contractor,
        reviewedOn: review.reviewedOn,
        result: review.result,
        nextReviewBy: review.nextReviewBy,
      }),
    ],
  );
  deps.policies?.invalidate();
  return review;
}

/** Records a contractor's suspension: from now on the decision engine refuses provision to it. */
export async function suspendContractor(
  deps: ManagementDeps,
  input: z.input<typeof SuspensionInputSchema>,
  actor: string,
): Promise<ContractorSuspension> {
  const parsed = SuspensionInputSchema.safeParse(input);
  if (!parsed.success)
    throw invalid(
      'invalid suspension',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  if (!(await currentContractors(deps.store)).some((c) => c.id === parsed.data.contractor)) {
    throw new AppError('NOT_FOUND', `contractor ${parsed.data.contractor} is not in the ledger`);
  }
  const suspension = SuspensionSchema.parse({ ...parsed.data, id: randomUUID(), recordedBy: actor });
  await deps.store.management.insert(
    [
      {
        id: suspension.id,
        kind: 'contractor-suspension',
        ref: suspension.contractor,
        recordedAt: deps.clock.now(),
        body: suspension,
      },
    ],
    [
      managementEvent(deps, actor, 'contractor-suspended', {
        kind: 'contractor-suspension',
        id: suspension.id,
        contractor: suspension.contractor,
        suspendedOn: suspension.suspendedOn,
      }),
    ],
  );
  deps.policies?.invalidate();
  return suspension;
}

export async function listContractorReviews(store: Store, contractor?: string): Promise<ContractorReview[]> {
  const records = await store.management.list('contractor-review', contractor === undefined ? {} : { ref: contractor });
  return records.map((r) => bodyOf(ContractorReviewSchema, r));
}

/** Reviews due or lapsed, from the ledger and the recorded reviews; suspended ones are marked. */
export async function contractorReviewsDue(
  deps: ManagementDeps,
  soonDays?: number,
): Promise<(ReviewDue & { suspendedByRecord: boolean })[]> {
  const [contractors, reviews, suspensions] = await Promise.all([
    currentContractors(deps.store),
    listContractorReviews(deps.store),
    loadSuspensions(deps.store),
  ]);
  const suspended = suspendedContractors(suspensions);
  return reviewsDue(contractors, reviews, dayOf(deps.clock.now()), soonDays).map((due) => ({
    ...due,
    suspendedByRecord: suspended.has(due.contractor),
  }));
}

/** Recorded suspensions, oldest first (lifted ones included, with when and why). */
export async function listContractorSuspensions(store: Store): Promise<ContractorSuspension[]> {
  return loadSuspensions(store);
}

/**
 * Lifts a suspension: the decision engine no longer refuses the contractor for it (a lapsed review still does). The
 * lift is appended as its own record under the suspension's id, so lifting twice clashes (CONFLICT).
 */
export async function liftContractorSuspension(
  deps: ManagementDeps,
  id: string,
  input: z.input<typeof LiftInputSchema>,
  actor: string,
): Promise<ContractorSuspension> {
  const parsed = LiftInputSchema.safeParse(input);
  if (!parsed.success)
    throw invalid(
      'invalid lift',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  const suspension = (await loadSuspensions(deps.store)).find((s) => s.id === id);
  if (suspension === undefined) throw new AppError('NOT_FOUND', `contractor-suspension ${id} not found`);
  if (suspension.lifted !== undefined) throw new AppError('CONFLICT', `suspension ${id} is already lifted`);
  if (parsed.data.liftedOn < suspension.suspendedOn)
    throw invalid('invalid lift', [{ path: 'liftedOn', message: 'a suspension cannot be lifted before it began' }]);
  if (parsed.data.liftedOn > dayOf(deps.clock.now()))
    throw invalid('invalid lift', [{ path: 'liftedOn', message: 'a lift cannot be in the future' }]);
  const lift: SuspensionLift = { ...parsed.data, id, contractor: suspension.contractor, recordedBy: actor };
  await deps.store.management.insert(
    [{ id, kind: 'contractor-suspension-lift', ref: suspension.contractor, recordedAt: deps.clock.now(), body: lift }],
    [
      managementEvent(deps, actor, 'contractor-suspension-lifted', {
        kind: 'contractor-suspension-lift',
        id,
        contractor: suspension.contractor,
        liftedOn: lift.liftedOn,
      }),
    ],
  );
  deps.policies?.invalidate();
  const { id: _id, contractor: _contractor, ...lifted } = lift;
  return { ...suspension, lifted };
}
