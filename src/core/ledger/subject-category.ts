import { z } from 'zod';
import { IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/**
 * A kind of person the group holds data about. `processor` marks data entrusted by a customer
 * (SmartHR 2(ii), kaonavi 1.2): the customer is controller, requests route to it.
 */
export const SubjectCategorySchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    operators: IdListSchema.optional(),
    role: z.enum(['controller', 'processor']).default('controller'),
    entrustedBy: LocalizedTextSchema.optional(),
    /** Why: kaonavi 1 and 3 list two categories each (1.1/1.2, 3.1/3.2) under one shared heading. */
    group: LocalizedTextSchema.optional(),
    /** Retained personal data (保有個人データ) is what requests from individuals apply to. */
    retainedPersonalData: z.boolean().optional(),
    includesMinors: z.boolean().default(false),
    /** Why: SmartHR 6(i) answers requests about entrusted data only with the entrusting customer's authorisation. */
    requestHandling: z.enum(['direct', 'controller-authorisation', 'refer-to-controller']).optional(),
  })
  .strict();
export type SubjectCategory = z.infer<typeof SubjectCategorySchema>;

export function isRetained(category: SubjectCategory): boolean {
  return category.retainedPersonalData ?? category.role === 'controller';
}
