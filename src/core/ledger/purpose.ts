import { z } from 'zod';
import { IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/** What a purpose is about; drives rules (My Number only for social-security/tax/disaster, marketing consent...). */
export const PurposeTagSchema = z.enum([
  'contract',
  'service',
  'support',
  'communication',
  'marketing',
  'advertising',
  'analytics',
  'statistics',
  'product-development',
  'recruitment',
  'employment',
  'payroll',
  'social-security',
  'tax',
  'disaster',
  'health',
  'security',
  'legal-obligation',
  'shareholders',
  'event',
  'survey',
  'research',
  'entrusted-processing',
  'anonymisation',
  'requests',
]);
export type PurposeTag = z.infer<typeof PurposeTagSchema>;

/** The My Number Act's "number-related work" (MN-1). */
export const MY_NUMBER_TAGS: ReadonlySet<PurposeTag> = new Set<PurposeTag>(['social-security', 'tax', 'disaster']);

/** SC-2: grounds on which special care-required data may be acquired without consent. */
export const SpecialCareBasisSchema = z.enum([
  'consent',
  'law',
  'life-body-property',
  'public-health',
  'government-cooperation',
  'self-published',
  'academic-research',
  'visible-facts',
]);

export const PurposeSchema = z
  .object({
    id: IdSchema,
    text: LocalizedTextSchema,
    categories: IdListSchema.min(1, 'name the subject categories this purpose applies to'),
    items: IdListSchema.min(1, 'name the data items this purpose uses'),
    operators: IdListSchema.optional(),
    tags: z.array(PurposeTagSchema).default([]),
    /** opt-in: needs prior consent; opt-out: used until the person objects (newsletter). */
    consent: z.enum(['not-required', 'opt-in', 'opt-out']).default('not-required'),
    /** Needed when the purpose uses special care-required items (SC-2). */
    specialCareBasis: z
      .object({ kind: SpecialCareBasisSchema, law: LocalizedTextSchema.optional() })
      .strict()
      .optional(),
    /** Purposes added after collection go beyond the original scope and need consent (APPI Art. 18). */
    addedAfterCollection: z.boolean().default(false),
    /** Published with the purpose in the notice (kaonavi 1.2: "deletion shall take place after contract ends"). */
    publishedNote: LocalizedTextSchema.optional(),
    /** The ledger keeper's remark (reasons, cross-references); never published. */
    note: LocalizedTextSchema.optional(),
  })
  .strict();
export type Purpose = z.infer<typeof PurposeSchema>;
