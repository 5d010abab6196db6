import { z } from 'zod';

/**
 * Thresholds and periods of the breach rules that the requirement notes mark as "check": configurable per operator,
 * with the notes' defaults. Periods are Japanese calendar days after the day of discovery (BR-8).
 */
export const BreachRulesSchema = z
  .object({
    /** BR-6: the working figure for the preliminary report (速報), in days from discovery (PPC: about 3-5). */
    preliminaryDays: z.number().int().min(1).max(30),
    /** BR-7: confirmed report (確報) within 30 days, 60 when BR-3 applies. */
    confirmedDays: z.number().int().min(1).max(90),
    confirmedDaysWrongfulPurpose: z.number().int().min(1).max(180),
    /** BR-4: more than this many people makes a breach reportable. */
    peopleThreshold: z.number().int().min(0).max(10_000_000),
    /** MN-5: My Number leaks over about this many people are reportable under the My Number rules. */
    myNumberPeopleThreshold: z.number().int().min(0).max(10_000_000),
    /** BR-13: whether individual notification may be skipped for low-risk cases (not yet in force). */
    lowRiskNotificationRelief: z.boolean(),
  })
  .strict()
  .refine((r) => r.confirmedDays >= r.preliminaryDays, {
    message: 'the confirmed report cannot be due before the preliminary one',
    path: ['confirmedDays'],
  })
  .refine((r) => r.confirmedDaysWrongfulPurpose >= r.confirmedDays, {
    message: 'BR-7: the wrongful-purpose period is not shorter than the ordinary one',
    path: ['confirmedDaysWrongfulPurpose'],
  });
export type BreachRules = z.infer<typeof BreachRulesSchema>;

export const DEFAULT_BREACH_RULES: BreachRules = {
  preliminaryDays: 3,
  confirmedDays: 30,
  confirmedDaysWrongfulPurpose: 60,
  peopleThreshold: 1000,
  myNumberPeopleThreshold: 100,
  lowRiskNotificationRelief: false,
};
