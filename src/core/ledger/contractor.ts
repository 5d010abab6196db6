import { z } from 'zod';
import { CountryCodeSchema, DateSchema, IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/** PM-4: what a contract with a contractor must cover. */
export const ContractTermSchema = z.enum([
  'responsibilities',
  'security-measures',
  'subcontracting',
  'reporting',
  'audit-right',
  'remedies',
  'incident-reporting',
  'after-termination',
  'purpose-limitation',
  'no-third-party-provision',
]);
export const CONTRACT_TERMS = ContractTermSchema.options;

/** A contractor (委託先) that handles personal data on the operator's behalf, and how it is supervised. */
export const ContractorSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    operators: IdListSchema.optional(),
    country: CountryCodeSchema.default('JP'),
    scope: LocalizedTextSchema,
    categories: IdListSchema.default([]),
    items: IdListSchema.min(1, 'name the data items the contractor handles'),
    purposes: IdListSchema.default([]),
    systems: IdListSchema.default([]),
    contract: z
      .object({
        reference: z.string().optional(),
        signedOn: DateSchema.optional(),
        terms: z.array(ContractTermSchema).default([]),
        /** The provider's terms of use stand as the contract (cloud services). */
        termsOfUse: z.boolean().default(false),
      })
      .strict(),
    selection: z.object({ assessedOn: DateSchema, criteriaMet: z.boolean() }).strict().optional(),
    supervision: z
      .object({
        checks: z.array(LocalizedTextSchema).default([]),
        lastReviewOn: DateSchema.optional(),
        nextReviewBy: DateSchema,
        intervalMonths: z.number().int().min(1).max(24).default(12),
      })
      .strict(),
    /** OT-2/OT-3, kaonavi 4.1: the equivalent-measures route for an overseas contractor. */
    overseas: z
      .object({
        route: z.enum(['equivalent-measures', 'consent', 'adequate-country']),
        establishment: LocalizedTextSchema,
        measures: LocalizedTextSchema,
        confirmation: LocalizedTextSchema,
        foreignSystems: LocalizedTextSchema,
        obstacles: LocalizedTextSchema,
        responseToObstacles: LocalizedTextSchema,
      })
      .strict()
      .optional(),
    subcontractors: z
      .array(z.object({ name: LocalizedTextSchema, approvedOn: DateSchema.optional() }).strict())
      .default([]),
    disposalCertificate: z.boolean().default(false),
    status: z.enum(['active', 'suspended', 'terminated']).default('active'),
  })
  .strict();
export type Contractor = z.infer<typeof ContractorSchema>;
