import { z } from 'zod';
import { IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';
import { STATUTORY_KEYS } from './statutory-retention.ts';

export const RetentionTriggerSchema = z.enum([
  'creation',
  'collection',
  'contract-end',
  'employment-end',
  'registration-end',
  'assignment-end',
  'last-activity',
  'service-completion',
  'purpose-achieved',
  'consent-withdrawal',
  'last-provision',
  'request-closed',
]);
export type RetentionTrigger = z.infer<typeof RetentionTriggerSchema>;

export const PeriodSchema = z
  .object({
    years: z.number().int().min(0).optional(),
    months: z.number().int().min(0).optional(),
    days: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((p) => p.years !== undefined || p.months !== undefined || p.days !== undefined, {
    message: 'give at least one of years, months or days',
  });
export type Period = z.infer<typeof PeriodSchema>;

/** How long items are kept and what disposal means for them. */
export const RetentionRuleSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema.optional(),
    items: IdListSchema.min(1, 'name the data items this rule covers'),
    categories: IdListSchema.optional(),
    systems: IdListSchema.optional(),
    trigger: RetentionTriggerSchema,
    /** Omitted: the statutory period of `statutory` applies. */
    period: PeriodSchema.optional(),
    statutory: z.enum(STATUTORY_KEYS).optional(),
    /** Why: H&R 9.2.1/9.4.1 keep data only while needed, disposed "on a standard schedule", with no fixed period. */
    periodDescription: LocalizedTextSchema.optional(),
    legalBasis: LocalizedTextSchema.optional(),
    disposal: z.enum(['delete', 'anonymise', 'erase-my-number', 'contractor']).default('delete'),
    note: LocalizedTextSchema.optional(),
  })
  .strict()
  .refine((r) => r.period !== undefined || r.statutory !== undefined || r.periodDescription !== undefined, {
    message: 'give a period, a statutory record type whose period applies, or a periodDescription',
    path: ['period'],
  });
export type RetentionRule = z.infer<typeof RetentionRuleSchema>;

/** Period length in days for comparison (a year counts 365, a month 30). */
export function periodDays(period: Period): number {
  return (period.years ?? 0) * 365 + (period.months ?? 0) * 30 + (period.days ?? 0);
}
