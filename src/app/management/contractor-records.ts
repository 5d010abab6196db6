import { z } from 'zod';
import { ContractorReviewInputSchema } from '../../core/management/contractor-review.ts';
import type { Store } from '../ports.ts';
import { bodyOf } from './management-deps.ts';

/** Stored bodies of contractor reviews and suspensions. */
export const ContractorReviewSchema = ContractorReviewInputSchema.extend({
  id: z.string(),
  nextReviewBy: z.string(),
  recordedBy: z.string(),
});

export const SuspensionInputSchema = z
  .object({
    contractor: z.string().min(1).max(200),
    suspendedOn: z.iso.date(),
    reason: z.string().min(1).max(2000),
  })
  .strict();
/** Lifting a suspension: the decision engine may provision to the contractor again (its review must be in force). */
export const LiftInputSchema = z
  .object({
    liftedOn: z.iso.date(),
    reason: z.string().min(1).max(2000),
  })
  .strict();
export const SuspensionSchema = SuspensionInputSchema.extend({ id: z.string(), recordedBy: z.string() });
/** A lift is its own record, with the id of the suspension it lifts (so a second lift clashes). */
export const LiftSchema = LiftInputSchema.extend({ id: z.string(), contractor: z.string(), recordedBy: z.string() });
export type SuspensionLift = z.infer<typeof LiftSchema>;

/** A suspension as read: the stored record and, once lifted, when, why and by whom. */
export type ContractorSuspension = z.infer<typeof SuspensionSchema> & {
  readonly lifted?: Omit<SuspensionLift, 'id' | 'contractor'>;
};

/** Every recorded suspension, oldest first, with its lift when there is one. */
export async function loadSuspensions(store: Store): Promise<ContractorSuspension[]> {
  const [suspensions, lifts] = await Promise.all([
    store.management.list('contractor-suspension'),
    store.management.list('contractor-suspension-lift'),
  ]);
  const liftOf = new Map(lifts.map((r) => bodyOf(LiftSchema, r)).map((l) => [l.id, l]));
  return suspensions.map((r) => {
    const suspension = bodyOf(SuspensionSchema, r);
    const lift = liftOf.get(suspension.id);
    if (lift === undefined) return suspension;
    const { id: _id, contractor: _contractor, ...lifted } = lift;
    return { ...suspension, lifted };
  });
}

/** Contractors under a suspension not lifted. */
export function suspendedContractors(suspensions: readonly ContractorSuspension[]): Set<string> {
  return new Set(suspensions.filter((s) => s.lifted === undefined).map((s) => s.contractor));
}
