import { z } from 'zod';
import { CountryCodeSchema, DateSchema, IdListSchema, IdSchema, LocalizedTextSchema } from './localized-text.ts';

/** Art. 27(1) exceptions: provision without consent that the law allows. */
export const ProvisionExceptionSchema = z.enum([
  'law',
  'life-body-property',
  'public-health-children',
  'government-cooperation',
  'academic-research',
]);
export type ProvisionException = z.infer<typeof ProvisionExceptionSchema>;

/** Why a provision to a third party is lawful. */
export const ProvisionBasisSchema = z.enum(['consent', 'opt-out', ...ProvisionExceptionSchema.options]);
export type ProvisionBasis = z.infer<typeof ProvisionBasisSchema>;

/** OT-1/OT-2: how a transfer abroad is made lawful. */
export const OverseasRouteSchema = z.enum(['consent', 'equivalent-measures', 'adequate-country']);

/** OT-1: what the person is told before consenting to an overseas provision. */
export const OverseasInformationSchema = z
  .object({
    route: OverseasRouteSchema,
    measures: LocalizedTextSchema.optional(),
    foreignSystemImpact: LocalizedTextSchema.optional(),
    version: z.string().optional(),
  })
  .strict();

/** A third party (第三者) that receives personal data. */
export const RecipientSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    kind: LocalizedTextSchema.optional(),
    operators: IdListSchema.optional(),
    country: CountryCodeSchema.default('JP'),
    categories: IdListSchema.min(1, 'name the subject categories whose data is provided'),
    items: IdListSchema.min(1, 'name the data items provided'),
    purposes: IdListSchema.default([]),
    purposesAtRecipient: z.array(LocalizedTextSchema).default([]),
    basis: ProvisionBasisSchema.optional(),
    basisNote: LocalizedTextSchema.optional(),
    method: LocalizedTextSchema.optional(),
    /** Why: kaonavi 2.4(1)[c] qualifies the items ("the above items do not include data stored by kaonavi"). */
    itemsNote: LocalizedTextSchema.optional(),
    /** Repeated provision to the same party may be recorded in bulk (RC-2), never under opt-out. */
    bulkRecord: z.boolean().default(false),
    /** The recipient links personally referable information to a person (APPI Art. 31). */
    linksReferableInformation: z.boolean().default(false),
    overseas: OverseasInformationSchema.optional(),
    url: z.url().optional(),
    status: z.enum(['active', 'suspended']).default('active'),
    review: z.object({ lastOn: DateSchema.optional(), nextBy: DateSchema }).strict().optional(),
  })
  .strict();
export type Recipient = z.infer<typeof RecipientSchema>;
