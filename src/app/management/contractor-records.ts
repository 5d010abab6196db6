import { z } from 'zod';
import { ContractorReviewInputSchema } from '../../core/management/contractor-review.ts';

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
export const SuspensionSchema = SuspensionInputSchema.extend({ id: z.string(), recordedBy: z.string() });
export type ContractorSuspension = z.infer<typeof SuspensionSchema>;
