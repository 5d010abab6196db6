import { z } from 'zod';
import { IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/** Kinds of sensitive information named by SC-1 (APPI special care-required), JIS Q 15001 and SC-4. */
export const SensitiveKindSchema = z.enum([
  'race',
  'ethnicity',
  'creed',
  'social-status',
  'family-lineage',
  'registered-domicile',
  'birthplace',
  'medical-history',
  'criminal-record',
  'crime-victim',
  'disability',
  'health-check',
  'health-guidance',
  'criminal-procedure',
  'juvenile-procedure',
  'sex-life',
  'sexual-orientation',
  'union-membership',
]);
export type SensitiveKind = z.infer<typeof SensitiveKindSchema>;

/** SC-1 plus JIS Q 15001:2023: these kinds make an item special care-required. */
export const SPECIAL_CARE_KINDS: ReadonlySet<SensitiveKind> = new Set<SensitiveKind>([
  'race',
  'creed',
  'social-status',
  'medical-history',
  'criminal-record',
  'crime-victim',
  'disability',
  'health-check',
  'health-guidance',
  'criminal-procedure',
  'juvenile-procedure',
  'sex-life',
  'sexual-orientation',
  'union-membership',
]);

/** SC-4: what recruiters and staffing agencies must not collect. */
export const STAFFING_FORBIDDEN_KINDS: ReadonlySet<SensitiveKind> = new Set<SensitiveKind>([
  'race',
  'ethnicity',
  'social-status',
  'family-lineage',
  'registered-domicile',
  'birthplace',
  'creed',
  'union-membership',
]);

export const AcquisitionSchema = z
  .object({
    method: z.enum(['direct', 'indirect', 'generated', 'observed']),
    source: LocalizedTextSchema.optional(),
    categories: IdListSchema.optional(),
  })
  .strict();

export const DataItemSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    categories: IdListSchema.min(1, 'name at least one subject category that holds this item'),
    flags: z
      .object({
        specialCare: z.boolean().default(false),
        myNumber: z.boolean().default(false),
        financial: z.boolean().default(false),
        identifying: z.boolean().default(false),
        /** Cookie ids, browsing history: personally referable information (APPI Art. 31). */
        personallyReferable: z.boolean().default(false),
      })
      .strict()
      .default({
        specialCare: false,
        myNumber: false,
        financial: false,
        identifying: false,
        personallyReferable: false,
      }),
    sensitiveKinds: z.array(SensitiveKindSchema).default([]),
    acquisition: z.array(AcquisitionSchema).default([]),
    /** Why: SmartHR 6(ii) stops using items the service requires only when the customer terminates the service. */
    prerequisiteForService: z.boolean().optional(),
  })
  .strict();
export type DataItem = z.infer<typeof DataItemSchema>;
